package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.Berkas;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Component;

import java.util.List;

/** A berkas under a legal hold is never proposed, approved or executed; the message names the case. */
@Component
public class LegalHoldPolicy {

	private final LegalHoldRepository holds;

	LegalHoldPolicy(LegalHoldRepository holds) {
		this.holds = holds;
	}

	/** @throws BusinessRuleViolation ({@code messageKey} with the berkas number and case) when it is held */
	public void requireFree(Berkas berkas, String messageKey) {
		List<LegalHold> active = holds.findByBerkasIdAndReleasedAtIsNull(berkas.getId());
		if (!active.isEmpty()) {
			throw new BusinessRuleViolation(messageKey, berkas.berkasNumber(), active.get(0).caseReference());
		}
	}
}
