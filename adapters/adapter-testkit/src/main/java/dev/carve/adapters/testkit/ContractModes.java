package dev.carve.adapters.testkit;

import java.util.Arrays;
import java.util.stream.Stream;

import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The modes a gateway's contract tests run in, each named as
 * {@code carve.modules.<module>.mode} spells it, so that a run reads {@code [grpc]}. A
 * mode added to {@link ModuleMode} is run by every contract test without a change here.
 * <pre>
 * &#64;ParameterizedClass(name = ContractModes.NAME)
 * &#64;MethodSource(ContractModes.EVERY)
 * class InventoryGatewayContractTests { … }
 * </pre>
 */
public final class ContractModes {

	/** The display name of a run: the mode, e.g. {@code [in-process]}. */
	public static final String NAME = "[{argumentSetName}]";

	/** The method source of every mode, each one {@link ModuleMode} argument. */
	public static final String EVERY = "dev.carve.adapters.testkit.ContractModes#every";

	/**
	 * The method source of the modes whose calls leave the process (all but
	 * {@code in-process}), each one {@link ModuleMode} argument.
	 */
	public static final String REMOTE = "dev.carve.adapters.testkit.ContractModes#remote";

	private ContractModes() {
	}

	/**
	 * Every mode, in declaration order.
	 * @return one named argument set per mode
	 */
	public static Stream<Arguments> every() {
		return Arrays.stream(ModuleMode.values()).map(ContractModes::named);
	}

	/**
	 * The modes whose calls leave the process.
	 * @return one named argument set per remote mode
	 */
	public static Stream<Arguments> remote() {
		return Arrays.stream(ModuleMode.values())
			.filter((mode) -> mode != ModuleMode.IN_PROCESS)
			.map(ContractModes::named);
	}

	private static Arguments named(ModuleMode mode) {
		return Arguments.argumentSet(mode.value(), mode);
	}

}
