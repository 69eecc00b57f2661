package id.padu.eoffice.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What waits for a staff member: own drafts, letters to initial, letters to sign, and the inbox. */
@Service
@Transactional(readOnly = true)
class LetterLists {

	/** One line of a list; {@code copy} and {@code readAt} only for the inbox. */
	record Line(UUID id, String typeKey, String subject, String number, String statusKey, Instant at, boolean copy,
			Instant readAt) {
	}

	private final LetterRepository letters;
	private final LetterReviewRepository reviews;
	private final LetterRecipientRepository recipients;
	private final People people;

	LetterLists(LetterRepository letters, LetterReviewRepository reviews, LetterRecipientRepository recipients,
			People people) {
		this.letters = letters;
		this.reviews = reviews;
		this.recipients = recipients;
		this.people = people;
	}

	List<Line> drafts(String username) {
		return letters.findByDrafterUsernameOrderByUpdatedAtDesc(username).stream().map(l -> line(l, false, null)).toList();
	}

	List<Line> toReview(String username) {
		List<Line> lines = new ArrayList<>();
		for (LetterReview review : reviews.findByUsernameAndDecision(username, LetterReview.Decision.PENDING)) {
			letters.findById(review.getLetterId())
				.filter(l -> l.getStatus() == LetterStatus.IN_REVIEW && l.getReviewRound() == review.getReviewRound())
				.filter(l -> reviews.findByLetterIdAndReviewRoundOrderBySeqAsc(l.getId(), l.getReviewRound()).stream()
					.filter(r -> r.getDecision() == LetterReview.Decision.PENDING).findFirst()
					.map(r -> r.getId().equals(review.getId())).orElse(false))
				.ifPresent(l -> lines.add(line(l, false, null)));
		}
		return lines;
	}

	List<Line> toSign(String username) {
		Set<String> positions = people.viewer(username).positionCodes();
		return positions.isEmpty() ? List.of()
				: letters.findBySignerPositionCodeInAndStatusOrderByUpdatedAtAsc(positions, LetterStatus.AWAITING_SIGNATURE)
					.stream().map(l -> line(l, false, null)).toList();
	}

	/** Letters sent to a position the person holds today (an acting holder sees the position's letters too). */
	List<Line> inbox(String username) {
		Set<String> positions = people.viewer(username).positionCodes();
		if (positions.isEmpty()) {
			return List.of();
		}
		Map<UUID, LetterRecipient> byLetter = new LinkedHashMap<>();
		for (LetterRecipient r : recipients.findByPositionCodeInAndDeliveredAtIsNotNull(positions)) {
			byLetter.merge(r.getLetterId(), r, (a, b) -> a.isCopyOnly() ? b : a);
		}
		return letters.findAllById(byLetter.keySet()).stream()
			.sorted(Comparator.comparing(Letter::getSignedAt).reversed())
			.map(l -> line(l, byLetter.get(l.getId()).isCopyOnly(), byLetter.get(l.getId()).getFirstReadAt()))
			.toList();
	}

	private static Line line(Letter l, boolean copy, Instant readAt) {
		return new Line(l.getId(), l.getType().messageKey(), l.getSubject(), l.getLetterNumber(), l.getStatus().messageKey(),
				l.getSignedAt() != null ? l.getSignedAt() : l.getUpdatedAt(), copy, readAt);
	}
}
