package dev.carve.shop.orders.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Checks a {@link PlaceOrderRequest} against the module's settings: at most
 * {@code shop.orders.max-lines} lines, and at most {@code shop.orders.max-quantity} units
 * of a SKU, per line and for all lines of that SKU together. Each problem names its
 * field, such as {@code lines[2].quantity}.
 */
@Component
class OrderLimits implements Validator {

	private final OrdersProperties properties;

	OrderLimits(OrdersProperties properties) {
		this.properties = properties;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PlaceOrderRequest.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		List<PlaceOrderRequest.@Nullable Line> lines = ((PlaceOrderRequest) target).lines();
		if (lines == null) {
			return;
		}
		if (lines.size() > this.properties.maxLines()) {
			reject(errors, "lines", lines.size(), "must have at most " + this.properties.maxLines() + " lines");
		}
		int max = this.properties.maxQuantity();
		Map<String, Integer> totals = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			PlaceOrderRequest.Line line = lines.get(i);
			if (line == null || line.sku() == null || line.sku().isBlank() || line.quantity() == null) {
				continue;
			}
			int quantity = line.quantity();
			int total = totals.merge(line.trimmedSku(), quantity, Integer::sum);
			if (quantity > max) {
				reject(errors, "lines[" + i + "].quantity", quantity, "must be less than or equal to " + max);
			}
			else if (total > max && total - quantity <= max) {
				reject(errors, "lines[" + i + "].quantity", quantity, "together with the earlier lines of SKU "
						+ line.trimmedSku() + " must be less than or equal to " + max);
			}
		}
	}

	private static void reject(Errors errors, String field, Object value, String message) {
		if (errors instanceof BindingResult result) {
			result.addError(new FieldError(result.getObjectName(), field, value, false, null, null, message));
		}
		else {
			errors.reject("limit", message);
		}
	}

}
