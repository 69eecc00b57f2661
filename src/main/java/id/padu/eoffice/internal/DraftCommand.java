package id.padu.eoffice.internal;

import java.util.List;

/**
 * A draft as written by the drafter (API body and form alike). {@code type} is a {@link id.padu.eoffice.LetterType}
 * slug or name; {@code body} HTML from the editor or plain text; {@code signerPositionCode} may name the signing
 * position directly (a position held by a Plt/Plh), otherwise the signer's main position is used.
 */
record DraftCommand(String type, String classificationCode, String subject, String body, String signerUsername,
		String signerPositionCode, List<String> reviewerUsernames, List<RecipientInput> recipients,
		List<RecipientInput> tembusan, String securityClass, String urgency, String attachmentNote) {

	DraftCommand {
		reviewerUsernames = reviewerUsernames == null ? List.of() : List.copyOf(reviewerUsernames);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		tembusan = tembusan == null ? List.of() : List.copyOf(tembusan);
	}
}
