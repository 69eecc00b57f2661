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
 * One line of an application's timeline: submitted, a step started or decided, sent back, resubmitted,
 * paid, escalated, completed. {@code step} is the step's name from the BPMN; {@code note} and {@code actor}
 * are for the applicant and staff only, the public tracking page shows neither.
 */
@Entity
@Table(name = "service_application_event")
class ApplicationEvent extends TenantScopedEntity {

	enum Type { SUBMITTED, STEP_STARTED, STEP_DECIDED, RESUBMITTED, BILLED, PAID, RESUMED, ESCALATED, COMPLETED }

	@Column(name = "application_id")
	private UUID applicationId;
	@Enumerated(EnumType.STRING)
	private Type type;
	private String step;
	private String decision;
	private String note;
	private String actor;
	@Column(name = "happened_at")
	private Instant happenedAt;

	protected ApplicationEvent() {
	}

	ApplicationEvent(UUID applicationId, Type type, String step, String decision, String note, String actor,
			Instant happenedAt) {
		this.applicationId = applicationId;
		this.type = type;
		this.step = step;
		this.decision = decision;
		this.note = note;
		this.actor = actor;
		this.happenedAt = happenedAt;
	}

	Type type() {
		return type;
	}

	String step() {
		return step;
	}

	String decision() {
		return decision;
	}

	String note() {
		return note;
	}

	String actor() {
		return actor;
	}

	Instant happenedAt() {
		return happenedAt;
	}
}
