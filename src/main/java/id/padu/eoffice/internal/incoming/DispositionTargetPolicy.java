package id.padu.eoffice.internal.incoming;

import id.padu.shared.BusinessRuleViolation;

import java.util.Collection;
import java.util.List;

/**
 * Who may be disposed to: a position anywhere below the disposer's position in the reporting line (the national
 * e-office lets a head skip a level, e.g. straight to a kepala seksi), never the disposer's own position, a peer,
 * a superior or a position in another line.
 */
final class DispositionTargetPolicy {

	private DispositionTargetPolicy() {
	}

	/**
	 * @param recipientChain the recipient position's superiors, direct one first, up to the head of the pemda
	 * @throws BusinessRuleViolation {@code disposition.recipient.outsideHierarchy}
	 */
	static void check(String disposerPosition, String recipientPosition, List<String> recipientChain) {
		if (!allowed(disposerPosition, recipientPosition, recipientChain)) {
			throw new BusinessRuleViolation("disposition.recipient.outsideHierarchy", recipientPosition);
		}
	}

	static boolean allowed(String disposerPosition, String recipientPosition, Collection<String> recipientChain) {
		return !disposerPosition.equals(recipientPosition) && recipientChain.contains(disposerPosition);
	}
}
