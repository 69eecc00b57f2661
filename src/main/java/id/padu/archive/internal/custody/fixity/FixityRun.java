package id.padu.archive.internal.custody.fixity;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** One verification of every stored file of the pemda; kept as the run history the fixity page shows. */
@Entity
@Table(name = "fixity_run")
public class FixityRun extends TenantScopedEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "run_trigger")
	private FixityTrigger trigger;
	private String startedBy;
	private Instant startedAt;
	private Instant finishedAt;
	private long checked;
	private int mismatches;

	protected FixityRun() {
	}

	FixityRun(FixityTrigger trigger, String startedBy, Instant startedAt) {
		this.trigger = trigger;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	void finish(long checkedFiles, int mismatchCount, Instant at) {
		this.checked = checkedFiles;
		this.mismatches = mismatchCount;
		this.finishedAt = at;
	}

	public FixityTrigger trigger() {
		return trigger;
	}

	public String startedBy() {
		return startedBy;
	}

	public Instant startedAt() {
		return startedAt;
	}

	/** Null while the run is still going (or if it broke off). */
	public Instant finishedAt() {
		return finishedAt;
	}

	public long checked() {
		return checked;
	}

	public int mismatches() {
		return mismatches;
	}
}
