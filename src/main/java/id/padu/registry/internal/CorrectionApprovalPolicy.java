package id.padu.registry.internal;

import id.padu.shared.BusinessRuleViolation;

import java.util.Collection;

/**
 * Who may decide a change request, checked in this order:
 * <ol>
 * <li>the decider has the role HEAD;</li>
 * <li>four eyes: the decider is not the requester;</li>
 * <li>the decider holds today, definitively or acting (Plt/Plh), a position in the requester's chain of
 * command: a position the requester's position reports to, directly or further up. For an officer of
 * Disdukcapil that is the heads of the seksi, bidang and dinas, then the Sekda and the head of the
 * pemda; a head of another OPD is never in it.</li>
 * </ol>
 * Only the requester may withdraw a request.
 */
final class CorrectionApprovalPolicy {

	private CorrectionApprovalPolicy() {
	}

	static void checkDecider(boolean head, String decider, String requester, Collection<String> deciderPositions,
			Collection<String> requesterChain) {
		if (!head) {
			throw new BusinessRuleViolation("registry.correction.notHead");
		}
		if (decider.equals(requester)) {
			throw new BusinessRuleViolation("registry.correction.fourEyes");
		}
		if (deciderPositions.stream().noneMatch(requesterChain::contains)) {
			throw new BusinessRuleViolation("registry.correction.notInChain");
		}
	}

	static boolean mayDecide(boolean head, String decider, String requester, Collection<String> deciderPositions,
			Collection<String> requesterChain) {
		try {
			checkDecider(head, decider, requester, deciderPositions, requesterChain);
			return true;
		} catch (BusinessRuleViolation refused) {
			return false;
		}
	}

	static void checkWithdrawal(String who, String requester) {
		if (!who.equals(requester)) {
			throw new BusinessRuleViolation("registry.correction.withdraw.notRequester");
		}
	}
}
