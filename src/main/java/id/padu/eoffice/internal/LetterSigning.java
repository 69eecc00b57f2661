package id.padu.eoffice.internal;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssueRequest;
import id.padu.documents.IssuedDocument;
import id.padu.eoffice.LetterSigned;
import id.padu.organization.Holder;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Signing, numbering and sending in one transaction: the letter row is locked, the number taken from the locked
 * sequence row (or a reservation), the PDF rendered and PAdES-signed by the documents module, the letter
 * dispatched and {@link LetterSigned} published. A refused signature (wrong passphrase) or any failure rolls all
 * of it back, the number included.
 */
@Service
@Transactional
class LetterSigning {

	/** What a signing answers: the number and the signing time. */
	record Signed(String number, Instant signedAt, LocalDate letterDate) {
	}

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final LetterRepository letters;
	private final LetterRecipientRepository recipients;
	private final LetterNumbers numbers;
	private final NumberReservations reservations;
	private final UnitSettings units;
	private final People people;
	private final DocumentIssuer issuer;
	private final LetterDispatch dispatch;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;

	LetterSigning(LetterRepository letters, LetterRecipientRepository recipients, LetterNumbers numbers,
			NumberReservations reservations, UnitSettings units, People people, DocumentIssuer issuer,
			LetterDispatch dispatch, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.letters = letters;
		this.recipients = recipients;
		this.numbers = numbers;
		this.reservations = reservations;
		this.units = units;
		this.people = people;
		this.issuer = issuer;
		this.dispatch = dispatch;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	Signed sign(UUID id, String signer, char[] passphrase, UUID reservationId) {
		try {
			Letter letter = letters.lock(id).orElseThrow(LetterAccess::notFound);
			Holder holder = people.holding(signer, letter.getSignerPositionCode())
				.orElseThrow(() -> new BusinessRuleViolation("eoffice.sign.notSigner"));
			if (letter.getStatus() != LetterStatus.AWAITING_SIGNATURE) {
				throw new BusinessRuleViolation("eoffice.sign.notReady");
			}
			if (passphrase == null || passphrase.length == 0) {
				throw new BusinessRuleViolation("eoffice.sign.passphrase");
			}
			LocalDate date;
			int value;
			if (reservationId != null) {
				NumberReservation reserved = reservations.claim(reservationId, letter);
				date = reserved.getLetterDate();
				value = reserved.getNumberValue();
			} else {
				date = LocalDate.now(clock.withZone(Formats.JAKARTA));
				value = numbers.next(letter.getIssuingUnitCode(), date.getYear());
			}
			String number = units.pattern(letter.getIssuingUnitCode())
				.format(letter.getClassificationCode(), value, units.shortName(letter.getIssuingUnitCode()), date);
			LetterDocument.Facts facts = facts(letter, holder, number, date);
			IssuedDocument issued = issuer.issue(new IssueRequest(facts.typeLabel(), number, letter.getSubject(),
					LetterDocument.body(facts), signer, passphrase, "eoffice", letter.getId().toString(), null,
					IssueRequest.Layout.LETTER, letter.getSignerPositionCode(), LetterDocument.closing(facts)));
			letter.signed(number, value, date, signer, issued.signedAt(), issued.id());
			dispatch.send(letter, issued);
			events.publishEvent(new LetterSigned(TenantContext.require(), letter.getId(), letter.getType(), number,
					letter.getSubject(), letter.getClassificationCode(), letter.getSecurityClass(), date,
					issued.signedAt(), letter.getIssuingUnitCode(), issued.id()));
			return new Signed(number, issued.signedAt(), date);
		} finally {
			if (passphrase != null) {
				Arrays.fill(passphrase, '\0');
			}
		}
	}

	private LetterDocument.Facts facts(Letter letter, Holder holder, String number, LocalDate date) {
		List<LetterRecipient> all = recipients.findByLetterIdOrderBySeqAsc(letter.getId());
		String prefix = switch (holder.kind()) {
			case PLT -> "Plt. ";
			case PLH -> "Plh. ";
			case DEFINITIF -> "";
		};
		return new LetterDocument.Facts(letter.getType(), label(letter.getType().messageKey()), number, date,
				issuer.placeOfIssue(), letter.getUrgency(), label(letter.getUrgency().messageKey()),
				letter.getAttachmentNote(), letter.getSubject(), prefix + holder.position().title(),
				all.stream().filter(r -> !r.isCopyOnly()).map(LetterRecipient::getDisplayName).toList(),
				all.stream().filter(LetterRecipient::isCopyOnly).map(LetterRecipient::getDisplayName).toList(),
				letter.getBodyHtml());
	}

	/** Letters are written in Indonesian whatever the signer's screen language. */
	private String label(String key) {
		return messages.getMessage(key, null, INDONESIAN);
	}
}
