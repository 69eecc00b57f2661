package id.padu.eoffice.internal;

import id.padu.classification.SecurityClass;
import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.notification.Attachment;
import id.padu.notification.Email;
import id.padu.notification.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a signed letter: positions inside the pemda find it in their inbox at once (delivered); external addressees
 * get the signed PDF by e-mail, which leaves after the signing commits. A RAHASIA letter is not mailed as an
 * attachment: the mail only says that a letter was sent and how to ask for it.
 */
@Component
class LetterDispatch {

	private final LetterRecipientRepository recipients;
	private final DocumentIssuer issuer;
	private final Mailer mailer;
	private final Clock clock;
	private final String baseUrl;

	LetterDispatch(LetterRecipientRepository recipients, DocumentIssuer issuer, Mailer mailer, Clock clock,
			@Value("${padu.base-url}") String baseUrl) {
		this.recipients = recipients;
		this.issuer = issuer;
		this.mailer = mailer;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void send(Letter letter, IssuedDocument issued) {
		Instant now = clock.instant();
		List<LetterRecipient> all = recipients.findByLetterIdOrderBySeqAsc(letter.getId());
		byte[] pdf = null;
		for (LetterRecipient recipient : all) {
			recipient.delivered(now);
			if (recipient.getKind() != LetterRecipient.Kind.EMAIL) {
				continue;
			}
			boolean attach = letter.getSecurityClass() != SecurityClass.RAHASIA;
			if (attach && pdf == null) {
				pdf = issuer.content(issued.id());
			}
			String fileName = ("Surat " + issued.documentNumber()).replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
			mailer.send(new Email(recipient.getEmail(), Locale.forLanguageTag("id"), "eoffice/letters/mail-letter",
					Map.of("name", recipient.getDisplayName(), "number", issued.documentNumber(),
							"subject", letter.getSubject(), "copy", recipient.isCopyOnly(), "attached", attach,
							"verifyUrl", baseUrl + "/verifikasi/" + issued.verificationCode()),
					attach ? List.of(new Attachment(fileName, "application/pdf", pdf)) : List.of()));
		}
	}
}
