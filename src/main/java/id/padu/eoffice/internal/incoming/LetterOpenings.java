package id.padu.eoffice.internal.incoming;

import id.padu.audit.AuditTrail;
import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Every opening of an incoming letter (page, scan, attachment, API) goes to the audit chain with who, how and the
 * letter's security class, and so does every refused attempt. The refusal is answered as "not found", so a letter
 * the user may not open does not even show that it exists; the entry is committed before that answer is thrown.
 */
@Component
class LetterOpenings {

	/** What is kept in the audit entry's digest. */
	record Opening(String username, String channel, String securityClass, boolean allowed) {
	}

	/** The letter as opened; {@code letter} and {@code tree} are detached after the call. */
	record Opened(IncomingLetter letter, List<Disposition> tree, IncomingLetterView view) {
	}

	private final IncomingLetterRepository letters;
	private final DispositionRepository dispositions;
	private final IncomingLetterAccess access;
	private final IncomingLetterViews views;
	private final AuditTrail audit;
	private final TransactionTemplate tx;

	LetterOpenings(IncomingLetterRepository letters, DispositionRepository dispositions, IncomingLetterAccess access,
			IncomingLetterViews views, AuditTrail audit, TransactionTemplate tx) {
		this.letters = letters;
		this.dispositions = dispositions;
		this.access = access;
		this.views = views;
		this.audit = audit;
		this.tx = tx;
	}

	/**
	 * @param channel how it was opened: {@code PAGE}, {@code SCAN}, {@code ATTACHMENT}, {@code API}
	 * @throws NotFoundException {@code disposition.letter.notFound} when absent or not cleared
	 */
	Opened open(UUID letterId, PaduUser user, String channel) {
		Opened opened = tx.execute(status -> {
			IncomingLetter letter = letters.findById(letterId).orElse(null);
			if (letter == null) {
				return null;
			}
			List<Disposition> tree = dispositions.findByLetterIdOrderByCreatedAt(letterId);
			boolean allowed = access.mayOpen(user, letter, tree);
			audit.record(allowed ? "OPEN" : "OPEN_REFUSED", "IncomingLetter", letterId.toString(),
					new Opening(user == null ? null : user.getUsername(), channel, letter.securityClass().name(), allowed));
			return allowed ? new Opened(letter, tree, views.of(letter, tree)) : null;
		});
		if (opened == null) {
			throw new NotFoundException("disposition.letter.notFound");
		}
		return opened;
	}
}
