package id.padu.services.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task as the queue shows it: the step, the application (tracking number, service), the SLA (due,
 * working days left, escalated) and who has claimed it ({@code assignee} null while nobody has).
 */
record TaskView(String id, UUID applicationId, String trackingNumber, String serviceCode, String serviceName,
		String name, StepKind kind, Instant dueAt, int workingDaysLeft, boolean escalated, String assignee) {

	/** The step's kind as written in the BPMN: verify, approve or sign. */
	String category() {
		return kind.category();
	}

	/** The decisions this step allows, by wire name. */
	List<String> decisions() {
		return kind.decisions().stream().map(Decision::wireName).toList();
	}

	boolean signs() {
		return kind == StepKind.SIGN;
	}

	boolean overdue() {
		return workingDaysLeft < 0;
	}
}
