package dev.carve.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports a test hands to a server it starts later, typically a process of its own that
 * must be told its port up front.
 * <p>
 * A port the kernel chose for {@code new ServerSocket(0)} comes from the ephemeral range
 * ({@code net.ipv4.ip_local_port_range}, 32768–60999 by default), the same range every
 * outgoing connection takes its local port from: between closing that socket and the
 * server binding the port, one of the many connections a test opens (JDBC, Kafka, HTTP)
 * can take it, and the server then fails to start. The ports handed out here lie below
 * that range, so no outgoing connection takes them, were free when handed out, and are
 * never handed out twice in one JVM.
 */
public final class FreePorts {

	private static final int LOWEST = 20_000;

	private static final int BELOW_EPHEMERAL = 32_768;

	private static final int ATTEMPTS = 1_000;

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private FreePorts() {
	}

	/**
	 * A port no server in this machine listens on and no outgoing connection will take;
	 * also the port to name where a test expects a connection to be refused.
	 * @return the port
	 * @throws IllegalStateException when none was found after many attempts
	 */
	public static int next() {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL);
			if (HANDED_OUT.add(port)) {
				if (bindable(port)) {
					return port;
				}
				HANDED_OUT.remove(port);
			}
		}
		throw new IllegalStateException("no free port between " + LOWEST + " and " + (BELOW_EPHEMERAL - 1) + " after "
				+ ATTEMPTS + " attempts");
	}

	private static boolean bindable(int port) {
		return bindable(new InetSocketAddress(port))
				&& bindable(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
	}

	private static boolean bindable(InetSocketAddress address) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(address);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
