package id.padu.eoffice.internal.incoming;

import id.padu.classification.ClassificationScheme;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.identity.PaduUser;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.UnitRef;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The secretariat registers a received letter: checked, numbered in the agenda book and stored with its scan in
 * one transaction, then it waits in the inbox of whoever holds the head position of the receiving OPD.
 */
@Service
class Registration {

	/** A scan to store with the letter; {@code content} is read to its end by the store. */
	record Scan(InputStream content, String name) {
	}

	private final IncomingLetterRepository letters;
	private final AgendaBook agenda;
	private final ClassificationScheme classification;
	private final OrganizationDirectory directory;
	private final DocumentStore documents;
	private final Clock clock;

	Registration(IncomingLetterRepository letters, AgendaBook agenda, ClassificationScheme classification,
			OrganizationDirectory directory, DocumentStore documents, Clock clock) {
		this.letters = letters;
		this.agenda = agenda;
		this.classification = classification;
		this.directory = directory;
		this.documents = documents;
		this.clock = clock;
	}

	@Transactional
	IncomingLetter register(IncomingLetterData data, Scan scanOrNull, PaduUser by) {
		classification.requireActive(data.classificationCode());
		UnitRef opd = directory.findUnit(data.recipientOpd())
			.flatMap(unit -> directory.opdOf(unit.code()))
			.orElseThrow(() -> new BusinessRuleViolation("disposition.letter.opdUnknown", data.recipientOpd()));
		PositionRef head = directory.headOf(opd.code())
			.orElseThrow(() -> new BusinessRuleViolation("disposition.letter.noHead", opd.name()));
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		LocalDate received = data.receivedDate() == null ? today : data.receivedDate();
		if (received.isAfter(today) || data.letterDate().isAfter(received)) {
			throw new BusinessRuleViolation("disposition.letter.datesInvalid");
		}
		IncomingLetterData dated = new IncomingLetterData(data.senderName(), data.senderAddress(), data.letterNumber(),
				data.letterDate(), received, data.subject(), data.summary(), data.classificationCode(), data.urgency(),
				data.securityClass(), opd.code());
		Instant now = clock.instant();
		IncomingLetter letter = new IncomingLetter(agenda.next(opd.code(), received.getYear()), opd.code(), head.code(),
				dated, by.getUsername(), now);
		if (scanOrNull != null) {
			StoredFile stored = documents.store(scanOrNull.content(), scanOrNull.name());
			letter.attachScan(stored.sha256(), scanOrNull.name());
		}
		return letters.save(letter);
	}

	static Scan scanOf(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Scan(file.getInputStream(), file.getOriginalFilename());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
