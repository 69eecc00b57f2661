package id.padu.eoffice.internal;

import id.padu.audit.AuditTrail;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Opening a letter: the security class decides who may ({@link ClearancePolicy}); anybody else gets the same 404
 * as for a letter that does not exist. Every opening is written to the audit chain, and the first opening by a
 * recipient (a holder of the addressed position) is its read receipt.
 */
@Service
@Transactional
class LetterAccess {

	private final LetterRepository letters;
	private final LetterReviewRepository reviews;
	private final LetterRecipientRepository recipients;
	private final People people;
	private final AuditTrail audit;
	private final Clock clock;

	LetterAccess(LetterRepository letters, LetterReviewRepository reviews, LetterRecipientRepository recipients,
			People people, AuditTrail audit, Clock clock) {
		this.letters = letters;
		this.reviews = reviews;
		this.recipients = recipients;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	static NotFoundException notFound() {
		return new NotFoundException("eoffice.letter.notFound");
	}

	/** The letter for this reader, the opening audited and, for a recipient of a sent letter, receipted. */
	Letter open(UUID id, String username, String purpose) {
		Letter letter = letters.findById(id).orElseThrow(LetterAccess::notFound);
		ClearancePolicy.Viewer viewer = people.viewer(username);
		if (!ClearancePolicy.mayOpen(parties(letter), viewer)) {
			throw notFound();
		}
		audit.record("OPEN", "Letter", id.toString(), Map.of("reader", username, "purpose", purpose));
		if (letter.getStatus() == LetterStatus.SIGNED) {
			Instant now = clock.instant();
			for (LetterRecipient recipient : recipients.findByLetterIdOrderBySeqAsc(id)) {
				if (recipient.getPositionCode() != null && viewer.positionCodes().contains(recipient.getPositionCode())) {
					recipient.read(username, now);
				}
			}
		}
		return letter;
	}

	/** @throws NotFoundException when this account may not open the letter */
	void requireCleared(Letter letter, String username) {
		if (!ClearancePolicy.mayOpen(parties(letter), people.viewer(username))) {
			throw notFound();
		}
	}

	/** @throws NotFoundException when the letter does not exist in this pemda or this account may not open it */
	@Transactional(readOnly = true)
	void requireCleared(UUID id, String username) {
		requireCleared(letters.findById(id).orElseThrow(LetterAccess::notFound), username);
	}

	ClearancePolicy.LetterParties parties(Letter letter) {
		Set<String> named = new HashSet<>();
		named.add(letter.getDrafterUsername());
		if (letter.getSignedByUsername() != null) {
			named.add(letter.getSignedByUsername());
		}
		reviews.findByLetterIdOrderByReviewRoundAscSeqAsc(letter.getId()).forEach(review -> named.add(review.getUsername()));
		Set<String> recipientUsers = new HashSet<>();
		Set<String> recipientPositions = new HashSet<>();
		List<LetterRecipient> all = recipients.findByLetterIdOrderBySeqAsc(letter.getId());
		for (LetterRecipient recipient : all) {
			if (recipient.getUsername() != null) {
				recipientUsers.add(recipient.getUsername());
			}
			if (recipient.getPositionCode() != null) {
				recipientPositions.add(recipient.getPositionCode());
			}
		}
		return new ClearancePolicy.LetterParties(letter.getSecurityClass(), letter.getIssuingUnitCode(),
				people.headPositionOf(letter.getIssuingUnitCode()).orElse(null), named,
				Set.of(letter.getSignerPositionCode()), recipientUsers, recipientPositions,
				letter.getStatus() == LetterStatus.SIGNED);
	}
}
