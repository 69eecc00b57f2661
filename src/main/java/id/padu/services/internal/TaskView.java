package id.padu.services.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A task as the queue shows it: the step, the application (tracking number, service), the SLA (due,
 * working days left, escalated) and who has claimed it ({@code assignee} null while nobody has).
 */
record TaskView(String id, UUID applicationId, String trackingNumber, String serviceCode, String serviceName,
		String name, StepKind kind, Instant dueAt, int workingDaysLeft, boolean escalated, String assignee) {

	boolean overdue() {
		return workingDaysLeft < 0;
	}
}
