package id.padu.archive.internal.digitization;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The OCR of one record. Claimed by a node with a conditional update ({@link OcrJobRepository#claim}); the lease
 * lets another node take over the record when the claiming node died mid-way.
 */
@Entity
@Table(name = "ocr_job")
public class OcrJob extends TenantScopedEntity {

	public enum State {
		WAITING, RUNNING, DONE, FAILED
	}

	private UUID recordId;
	@Enumerated(EnumType.STRING)
	private State state;
	private int attempts;
	private String claimedBy;
	private Instant leaseUntil;
	private String failureReason;
	private Instant finishedAt;

	protected OcrJob() {
	}

	OcrJob(UUID recordId) {
		this.recordId = recordId;
		this.state = State.WAITING;
	}

	void done(Instant now) {
		finish(State.DONE, null, now);
	}

	void failed(String reason, Instant now) {
		finish(State.FAILED, reason.length() > 1000 ? reason.substring(0, 1000) : reason, now);
	}

	/** Back in the queue: a retry after a failure, or a new scan of the record. */
	void again() {
		this.state = State.WAITING;
		this.failureReason = null;
		this.finishedAt = null;
		this.leaseUntil = null;
		this.claimedBy = null;
	}

	private void finish(State end, String reason, Instant now) {
		this.state = end;
		this.failureReason = reason;
		this.finishedAt = now;
		this.leaseUntil = null;
	}

	public UUID recordId() {
		return recordId;
	}

	public State state() {
		return state;
	}

	public int attempts() {
		return attempts;
	}

	public String claimedBy() {
		return claimedBy;
	}

	public String failureReason() {
		return failureReason;
	}

	public Instant finishedAt() {
		return finishedAt;
	}
}
