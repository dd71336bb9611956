package dev.carve.contracts.notifications.v1;

import java.time.Instant;

import com.google.protobuf.Timestamp;
import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications proto compiles into messages that survive the wire and a real gRPC
 * service.
 */
class NotificationsProtoTests {

	private static final String CUSTOMER_ID = "3f1c2a9e-6b1d-4c8e-9a7f-2d5e8b0c4a11";

	@Test
	void pageOfNotificationsSurvivesTheWire() throws Exception {
		Timestamp createdAt = Timestamp.newBuilder()
			.setSeconds(Instant.parse("2026-03-01T10:15:30Z").getEpochSecond())
			.build();
		ListNotificationsResponse sent = ListNotificationsResponse.newBuilder()
			.addNotifications(Notification.newBuilder()
				.setId("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
				.setCustomerId(CUSTOMER_ID)
				.setKind(NotificationKind.NOTIFICATION_KIND_ORDER_CONFIRMED)
				.setSubject("Your order is confirmed")
				.setBody("Thank you for your order.")
				.setCreatedAt(createdAt)
				.setOrderId("5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"))
			.addNotifications(Notification.newBuilder()
				.setId("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a")
				.setCustomerId(CUSTOMER_ID)
				.setKind(NotificationKind.NOTIFICATION_KIND_CUSTOMER_REGISTERED)
				.setSubject("Welcome")
				.setCreatedAt(createdAt))
			.setPage(0)
			.setSize(20)
			.setTotalItems(2)
			.build();
		ListNotificationsResponse received = ListNotificationsResponse.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getNotificationsList()).extracting(Notification::getKind)
			.containsExactly(NotificationKind.NOTIFICATION_KIND_ORDER_CONFIRMED,
					NotificationKind.NOTIFICATION_KIND_CUSTOMER_REGISTERED);
		assertThat(received.getNotifications(0).hasOrderId()).isTrue();
		assertThat(received.getNotifications(1).hasOrderId()).isFalse();
		assertThat(received.getTotalItems()).isEqualTo(2);
	}

	@Test
	void requestSurvivesTheWire() throws Exception {
		ListNotificationsRequest sent = ListNotificationsRequest.newBuilder()
			.setCustomerId(CUSTOMER_ID)
			.setPage(2)
			.setSize(50)
			.build();
		ListNotificationsRequest received = ListNotificationsRequest.parseFrom(sent.toByteArray());
		assertThat(received).isEqualTo(sent);
		assertThat(received.getPage()).isEqualTo(2);
		assertThat(received.getSize()).isEqualTo(50);
	}

	@Test
	void serviceListsNotifications() {
		assertThat(NotificationServiceGrpc.getServiceDescriptor().getName())
			.isEqualTo("carve.notifications.v1.NotificationService");
		assertThat(NotificationServiceGrpc.getServiceDescriptor().getMethods())
			.extracting(MethodDescriptor::getBareMethodName)
			.containsExactlyInAnyOrder("ListNotifications");
	}

}
