package dev.carve.shop.notifications.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications. */
@RestController
@Tag(name = "Notifications")
class NotificationController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "The caller's notifications, newest first")
	@ApiResponse(responseCode = "200", description = "One page; empty when the caller has none")
	@ApiResponse(responseCode = "400",
			description = "page below 0 or size outside 1 to 100 (problem validation-failed naming the parameter)")
	NotificationPage list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		UUID customerId = UUID.fromString(jwt.getSubject());
		return NotificationPage
			.of(this.notifications.findByCustomerId(customerId, PageRequest.of(page, size, NEWEST_FIRST)));
	}

}
