package id.padu.services.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Padu's side of a BPMN user task: the application, the step, its SLA due date (working days, the pemda's
 * holidays), and whether it was escalated to the head. Flowable keeps who may and who did claim it.
 */
@Entity
@Table(name = "service_task")
class TaskRecord extends TenantScopedEntity {

	@Column(name = "task_id")
	private String taskId;
	@Column(name = "application_id")
	private UUID applicationId;
	@Column(name = "step_id")
	private String stepId;
	@Column(name = "step_name")
	private String stepName;
	@Enumerated(EnumType.STRING)
	private StepKind kind;
	@Column(name = "opd_code")
	private String opdCode;
	@Column(name = "started_at")
	private Instant startedAt;
	@Column(name = "due_at")
	private Instant dueAt;
	@Column(name = "escalated_at")
	private Instant escalatedAt;
	@Column(name = "ended_at")
	private Instant endedAt;

	protected TaskRecord() {
	}

	TaskRecord(String taskId, UUID applicationId, String stepId, String stepName, StepKind kind, String opdCode,
			Instant startedAt, Instant dueAt) {
		this.taskId = taskId;
		this.applicationId = applicationId;
		this.stepId = stepId;
		this.stepName = stepName;
		this.kind = kind;
		this.opdCode = opdCode;
		this.startedAt = startedAt;
		this.dueAt = dueAt;
	}

	void escalate(Instant at) {
		escalatedAt = at;
	}

	void end(Instant at) {
		endedAt = at;
	}

	String taskId() {
		return taskId;
	}

	UUID applicationId() {
		return applicationId;
	}

	String stepId() {
		return stepId;
	}

	String stepName() {
		return stepName;
	}

	StepKind kind() {
		return kind;
	}

	String opdCode() {
		return opdCode;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant dueAt() {
		return dueAt;
	}

	Instant escalatedAt() {
		return escalatedAt;
	}

	boolean isEscalated() {
		return escalatedAt != null;
	}
}
