package id.padu.eoffice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A letter as its reader sees it (API and pages). {@code recipients} carry read receipts only for the drafter and
 * the signer; {@code reviews} are the paraf of every round.
 */
record LetterView(UUID id, String type, String typeLabelKey, String status, String statusLabelKey,
		String classificationCode, String securityClass, String urgency, String subject, String body,
		String attachmentNote, String drafterUsername, String signerPositionCode, String signerPositionTitle,
		String issuingUnitCode, String number, LocalDate letterDate, Instant signedAt, String signedBy,
		UUID issuedDocumentId, int draftVersion, String currentReviewer, List<Review> reviews,
		List<Recipient> recipients, List<AttachmentView> attachments, boolean receiptsVisible) {

	record Review(int round, int seq, String username, String name, String decision, String note, Instant decidedAt) {
	}

	record Recipient(String kind, boolean copy, String name, String username, String unitCode, String positionCode,
			String email, Instant deliveredAt, Instant firstReadAt, String firstReadBy) {
	}

	/** One saved version of the draft. */
	record Version(int versionNo, String subject, String bodyHtml, String changedBy, Instant changedAt) {

		static Version of(LetterVersion v) {
			return new Version(v.getVersionNo(), v.getSubject(), v.getBodyHtml(), v.getChangedBy(), v.getChangedAt());
		}
	}

	record AttachmentView(String sha256, String fileName, String mediaType, long size) {
	}
}
