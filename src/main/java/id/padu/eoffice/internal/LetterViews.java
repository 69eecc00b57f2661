package id.padu.eoffice.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Builds what a reader sees of a letter already opened through {@link LetterAccess}. */
@Component
@Transactional(readOnly = true)
class LetterViews {

	private final LetterReviewRepository reviews;
	private final LetterRecipientRepository recipients;
	private final LetterAttachmentRepository attachments;
	private final LetterReviews reviewing;
	private final People people;

	LetterViews(LetterReviewRepository reviews, LetterRecipientRepository recipients,
			LetterAttachmentRepository attachments, LetterReviews reviewing, People people) {
		this.reviews = reviews;
		this.recipients = recipients;
		this.attachments = attachments;
		this.reviewing = reviewing;
		this.people = people;
	}

	LetterView view(Letter letter, String reader) {
		boolean receipts = reader.equals(letter.getDrafterUsername()) || reader.equals(letter.getSignedByUsername())
				|| people.holding(reader, letter.getSignerPositionCode()).isPresent();
		List<LetterView.Review> paraf = reviews.findByLetterIdOrderByReviewRoundAscSeqAsc(letter.getId()).stream()
			.filter(r -> r.getReviewRound() <= Math.max(letter.getReviewRound(), 1))
			.map(r -> new LetterView.Review(r.getReviewRound(), r.getSeq(), r.getUsername(), r.getReviewerName(),
					r.getDecision().name(), r.getNote(), r.getDecidedAt()))
			.toList();
		List<LetterView.Recipient> to = recipients.findByLetterIdOrderBySeqAsc(letter.getId()).stream()
			.map(r -> new LetterView.Recipient(r.getKind().name(), r.isCopyOnly(), r.getDisplayName(), r.getUsername(),
					r.getUnitCode(), r.getPositionCode(), r.getEmail(), r.getDeliveredAt(),
					receipts ? r.getFirstReadAt() : null, receipts ? r.getFirstReadBy() : null))
			.toList();
		List<LetterView.AttachmentView> files = attachments.findByLetterId(letter.getId()).stream()
			.map(a -> new LetterView.AttachmentView(a.getSha256(), a.getFileName(), a.getMediaType(), a.getSizeBytes()))
			.toList();
		String signerTitle = people.position(letter.getSignerPositionCode()).title();
		return new LetterView(letter.getId(), letter.getType().slug(), letter.getType().messageKey(),
				letter.getStatus().name(), letter.getStatus().messageKey(), letter.getClassificationCode(),
				letter.getSecurityClass().name(), letter.getUrgency().name(), letter.getSubject(), letter.getBodyHtml(),
				letter.getAttachmentNote(), letter.getDrafterUsername(), letter.getSignerPositionCode(), signerTitle,
				letter.getIssuingUnitCode(), letter.getLetterNumber(), letter.getLetterDate(), letter.getSignedAt(),
				letter.getSignedByUsername(), letter.getIssuedDocumentId(), letter.getDraftVersion(),
				reviewing.current(letter).map(LetterReview::getUsername).orElse(null), paraf, to, files, receipts);
	}
}
