package id.padu.eoffice.internal;

import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reviewers decide in order. An approval is the reviewer's paraf; after the last one the letter waits for the
 * signer. A return (with a note) closes the round and gives the letter back to the drafter, whose resubmission
 * starts a new round from the first reviewer.
 */
@Service
@Transactional
class LetterReviews {

	static final int MAX_NOTE = 1000;

	private final LetterRepository letters;
	private final LetterReviewRepository reviews;
	private final LetterAccess access;
	private final Clock clock;

	LetterReviews(LetterRepository letters, LetterReviewRepository reviews, LetterAccess access, Clock clock) {
		this.letters = letters;
		this.reviews = reviews;
		this.access = access;
		this.clock = clock;
	}

	/** The reviewer whose turn it is, if the letter is with its reviewers. */
	@Transactional(readOnly = true)
	Optional<LetterReview> current(Letter letter) {
		if (letter.getStatus() != LetterStatus.IN_REVIEW) {
			return Optional.empty();
		}
		return reviews.findByLetterIdAndReviewRoundOrderBySeqAsc(letter.getId(), letter.getReviewRound()).stream()
			.filter(review -> review.getDecision() == LetterReview.Decision.PENDING).findFirst();
	}

	void decide(UUID id, String reviewer, String decision, String note) {
		Letter letter = letters.lock(id).orElseThrow(LetterAccess::notFound);
		access.requireCleared(letter, reviewer);
		boolean approve = "approve".equals(decision == null ? null : decision.strip().toLowerCase(Locale.ROOT));
		boolean giveBack = "return".equals(decision == null ? null : decision.strip().toLowerCase(Locale.ROOT));
		if (!approve && !giveBack) {
			throw new BusinessRuleViolation("eoffice.review.decision");
		}
		LetterReview turn = current(letter).filter(review -> review.getUsername().equals(reviewer))
			.orElseThrow(() -> new BusinessRuleViolation("eoffice.review.notYourTurn"));
		String why = note == null || note.isBlank() ? null : note.strip();
		if (why != null && why.length() > MAX_NOTE) {
			throw new BusinessRuleViolation("eoffice.review.noteTooLong", MAX_NOTE);
		}
		Instant now = clock.instant();
		if (approve) {
			turn.decide(LetterReview.Decision.APPROVED, why, now);
			if (current(letter).isEmpty()) {
				letter.moveTo(LetterStatus.AWAITING_SIGNATURE, now);
			}
			return;
		}
		if (why == null) {
			throw new BusinessRuleViolation("eoffice.review.noteRequired");
		}
		turn.decide(LetterReview.Decision.RETURNED, why, now);
		List<LetterReview> rest = reviews.findByLetterIdAndReviewRoundOrderBySeqAsc(id, letter.getReviewRound());
		rest.stream().filter(review -> review.getDecision() == LetterReview.Decision.PENDING)
			.forEach(review -> review.decide(LetterReview.Decision.SKIPPED, null, now));
		letter.moveTo(LetterStatus.RETURNED, now);
	}
}
