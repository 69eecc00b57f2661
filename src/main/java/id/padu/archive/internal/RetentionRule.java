package id.padu.archive.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** The retention of one classification code (a line of the JRA). */
@Entity
@Table(name = "retention_rule")
public class RetentionRule extends TenantScopedEntity {

	private String classificationCode;
	private int activeYears;
	private int inactiveYears;
	@Enumerated(EnumType.STRING)
	private FinalAction finalAction;
	private String note;
	private String updatedBy;
	private Instant updatedAt;

	protected RetentionRule() {
	}

	RetentionRule(String classificationCode, Retention retention, String note, String updatedBy, Instant updatedAt) {
		this.classificationCode = classificationCode;
		change(retention, note, updatedBy, updatedAt);
	}

	void change(Retention retention, String note, String updatedBy, Instant updatedAt) {
		this.activeYears = retention.activeYears();
		this.inactiveYears = retention.inactiveYears();
		this.finalAction = retention.finalAction();
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	public String classificationCode() {
		return classificationCode;
	}

	public Retention retention() {
		return new Retention(activeYears, inactiveYears, finalAction);
	}

	public String note() {
		return note;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
