package id.padu.eoffice.internal.incoming;

import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Rows of the agenda book. A letter the reader may not open keeps its row (the numbers must read without gaps) but
 * shows neither its subject nor its sender.
 */
@Component
class AgendaBookView {

	/** One line of the book; {@code subject} and {@code senderName} null when hidden from this reader. */
	record Row(UUID id, String agendaNumber, LocalDate receivedDate, String recipientOpd, String senderName,
			String letterNumber, String subject, String securityClass, String urgency, boolean closed, boolean open) {
	}

	static final int LIMIT = 500;

	private final IncomingLetterRepository letters;
	private final DispositionRepository dispositions;
	private final DispositionAttachmentRepository attachments;
	private final IncomingLetterAccess access;

	AgendaBookView(IncomingLetterRepository letters, DispositionRepository dispositions,
			DispositionAttachmentRepository attachments, IncomingLetterAccess access) {
		this.letters = letters;
		this.dispositions = dispositions;
		this.attachments = attachments;
		this.access = access;
	}

	@Transactional(readOnly = true)
	List<Row> rows(String opd, int year, PaduUser user) {
		return letters.book(opd, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Limit.of(LIMIT)).stream()
			.map(l -> {
				boolean open = access.mayOpen(user, l, dispositions.findByLetterIdOrderByCreatedAt(l.getId()));
				return new Row(l.getId(), l.agendaNumber(), l.receivedDate(), l.recipientOpd(),
						open ? l.senderName() : null, open ? l.letterNumber() : null, open ? l.subject() : null,
						l.securityClass().messageKey(), l.urgency().messageKey(), l.isClosed(), open);
			})
			.toList();
	}

	@Transactional(readOnly = true)
	String attachmentSha(UUID attachmentId) {
		return attachments.findById(attachmentId).map(DispositionAttachment::sha256)
			.orElseThrow(() -> new NotFoundException("disposition.notFound"));
	}
}
