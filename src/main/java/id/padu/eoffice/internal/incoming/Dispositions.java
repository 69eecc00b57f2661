package id.padu.eoffice.internal.incoming;

import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.identity.PaduUser;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Disposing a letter down the hierarchy, marking a disposition read and closing it with a follow-up report. Each
 * call is one transaction: a bad recipient, instruction or attachment leaves nothing written.
 */
@Service
class Dispositions {

	private final IncomingLetterRepository letters;
	private final DispositionRepository dispositions;
	private final DispositionAttachmentRepository attachments;
	private final DispositionInstructionRepository instructions;
	private final IncomingLetterAccess access;
	private final OrganizationDirectory directory;
	private final DocumentStore documents;
	private final LetterClosing closing;
	private final Clock clock;

	Dispositions(IncomingLetterRepository letters, DispositionRepository dispositions,
			DispositionAttachmentRepository attachments, DispositionInstructionRepository instructions,
			IncomingLetterAccess access, OrganizationDirectory directory, DocumentStore documents,
			LetterClosing closing, Clock clock) {
		this.letters = letters;
		this.dispositions = dispositions;
		this.attachments = attachments;
		this.instructions = instructions;
		this.access = access;
		this.directory = directory;
		this.documents = documents;
		this.closing = closing;
		this.clock = clock;
	}

	@Transactional
	List<UUID> dispose(UUID letterId, DispositionRequest request, PaduUser user) {
		IncomingLetter letter = visibleLetter(letterId, user);
		if (letter.isClosed()) {
			throw new BusinessRuleViolation("disposition.letter.closed");
		}
		String disposerPosition = letter.headPosition();
		if (request.parentDispositionId() != null) {
			Disposition parent = dispositions.findById(request.parentDispositionId())
				.filter(d -> d.letterId().equals(letterId))
				.orElseThrow(() -> new NotFoundException("disposition.notFound"));
			if (parent.isClosed()) {
				throw new BusinessRuleViolation("disposition.closed");
			}
			disposerPosition = parent.toPosition();
			if (request.deadline() != null && parent.deadline() != null && request.deadline().isAfter(parent.deadline())) {
				throw new BusinessRuleViolation("disposition.deadline.afterParent");
			}
		}
		Holder disposer = access.holding(user, disposerPosition)
			.orElseThrow(() -> new BusinessRuleViolation("disposition.notYours"));
		checkInstructions(request);
		if (request.deadline() != null && request.deadline().isBefore(today())) {
			throw new BusinessRuleViolation("disposition.deadline.past");
		}
		Set<String> recipients = recipients(request);
		if (recipients.isEmpty()) {
			throw new BusinessRuleViolation("disposition.recipient.required");
		}
		Instant now = clock.instant();
		List<UUID> made = new ArrayList<>();
		for (String recipient : recipients) {
			DispositionTargetPolicy.check(disposer.position().code(), recipient,
					directory.chainOfCommand(recipient).stream().map(PositionRef::code).toList());
			Disposition disposition = new Disposition(letterId, request.parentDispositionId(), Actor.of(disposer),
					recipient, request.instructions(), blankToNull(request.note()), request.deadline(),
					request.urgency(), now);
			made.add(dispositions.save(disposition).getId());
		}
		return made;
	}

	@Transactional
	void markRead(UUID letterId, UUID dispositionId, PaduUser user) {
		Disposition disposition = ownDisposition(letterId, dispositionId, user);
		disposition.markRead(user.getUsername(), clock.instant());
	}

	/** A file to keep with a follow-up report. */
	record Attachment(InputStream content, String name) {
	}

	@Transactional
	void report(UUID letterId, UUID dispositionId, String note, List<Attachment> files, PaduUser user) {
		Disposition disposition = ownDisposition(letterId, dispositionId, user);
		if (disposition.isClosed()) {
			throw new BusinessRuleViolation("disposition.closed");
		}
		if (note == null || note.isBlank()) {
			throw new BusinessRuleViolation("disposition.report.noteRequired");
		}
		List<Disposition> tree = dispositions.findByLetterIdOrderByCreatedAt(letterId);
		boolean openBelow = tree.stream().anyMatch(d -> dispositionId.equals(d.parentId()) && !d.isClosed());
		if (openBelow) {
			throw new BusinessRuleViolation("disposition.report.openBelow");
		}
		Holder holder = access.holding(user, disposition.toPosition()).orElseThrow();
		Instant now = clock.instant();
		disposition.markRead(user.getUsername(), now);
		for (Attachment file : files) {
			StoredFile stored = documents.store(file.content(), file.name());
			attachments.save(new DispositionAttachment(dispositionId, stored.sha256(), file.name(), stored.mediaType()));
		}
		disposition.report(Actor.of(holder), note.strip(), now);
		closing.closeUpwards(letters.findById(letterId).orElseThrow(), tree, now);
	}

	private Disposition ownDisposition(UUID letterId, UUID dispositionId, PaduUser user) {
		visibleLetter(letterId, user);
		Disposition disposition = dispositions.findById(dispositionId)
			.filter(d -> d.letterId().equals(letterId))
			.orElseThrow(() -> new NotFoundException("disposition.notFound"));
		if (access.holding(user, disposition.toPosition()).isEmpty()) {
			throw new BusinessRuleViolation("disposition.notYours");
		}
		return disposition;
	}

	private IncomingLetter visibleLetter(UUID letterId, PaduUser user) {
		IncomingLetter letter = letters.findById(letterId)
			.orElseThrow(() -> new NotFoundException("disposition.letter.notFound"));
		if (!access.mayOpen(user, letter, dispositions.findByLetterIdOrderByCreatedAt(letterId))) {
			throw new NotFoundException("disposition.letter.notFound");
		}
		return letter;
	}

	private void checkInstructions(DispositionRequest request) {
		if (request.instructions().isEmpty() && (request.note() == null || request.note().isBlank())) {
			throw new BusinessRuleViolation("disposition.instruction.required");
		}
		Set<String> known = new LinkedHashSet<>();
		instructions.findAllByOrderBySortOrder().stream().filter(DispositionInstruction::active)
			.forEach(i -> known.add(i.code()));
		for (String code : request.instructions()) {
			if (!known.contains(code)) {
				throw new BusinessRuleViolation("disposition.instruction.unknown", code);
			}
		}
	}

	private Set<String> recipients(DispositionRequest request) {
		Set<String> positions = new LinkedHashSet<>();
		for (String code : request.recipientPositions()) {
			directory.findPosition(code)
				.orElseThrow(() -> new BusinessRuleViolation("disposition.recipient.unknown", code));
			positions.add(code);
		}
		for (String username : request.recipientUsernames()) {
			positions.add(directory.positionOf(username)
				.orElseThrow(() -> new BusinessRuleViolation("disposition.recipient.unknown", username)).code());
		}
		return positions;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.JAKARTA));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
