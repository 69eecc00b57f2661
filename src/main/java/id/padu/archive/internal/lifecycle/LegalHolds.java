package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.audit.AuditTrail;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Placing and releasing legal holds; both need a reason, a hold also the case it is for. */
@Service
@Transactional
public class LegalHolds {

	private final LegalHoldRepository holds;
	private final BerkasRepository berkas;
	private final AuditTrail audit;
	private final Clock clock;

	LegalHolds(LegalHoldRepository holds, BerkasRepository berkas, AuditTrail audit, Clock clock) {
		this.holds = holds;
		this.berkas = berkas;
		this.audit = audit;
		this.clock = clock;
	}

	public LegalHold place(UUID berkasId, String reason, String caseReference, String actor) {
		Berkas held = berkas.findById(berkasId).orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
		if (held.stage() == ArchiveStage.MUSNAH) {
			throw new BusinessRuleViolation("archive.lifecycle.hold.destroyed", held.berkasNumber());
		}
		if (reason == null || reason.isBlank() || caseReference == null || caseReference.isBlank()) {
			throw new BusinessRuleViolation("archive.lifecycle.hold.reasonRequired");
		}
		LegalHold hold = holds.save(new LegalHold(berkasId, reason.strip(), caseReference.strip(), actor,
				clock.instant()));
		audit.record("HOLD", "Berkas", berkasId.toString(),
				Map.of("case", hold.caseReference(), "reason", hold.reason()));
		return hold;
	}

	public LegalHold release(UUID holdId, String reason, String actor) {
		LegalHold hold = holds.findById(holdId)
			.orElseThrow(() -> new NotFoundException("archive.lifecycle.hold.notFound"));
		if (!hold.isActive()) {
			throw new BusinessRuleViolation("archive.lifecycle.hold.released");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("archive.lifecycle.hold.releaseReasonRequired");
		}
		hold.release(actor, clock.instant(), reason.strip());
		audit.record("RELEASE_HOLD", "Berkas", hold.berkasId().toString(),
				Map.of("case", hold.caseReference(), "reason", hold.releaseReason()));
		return hold;
	}

	@Transactional(readOnly = true)
	public List<LegalHold> of(UUID berkasId) {
		return holds.findByBerkasIdOrderByPlacedAtDesc(berkasId);
	}
}
