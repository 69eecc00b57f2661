package id.padu.eoffice.internal.incoming;

import id.padu.eoffice.IncomingLetterClosed;
import id.padu.eoffice.IncomingLetterClosed.DispositionRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closes what a follow-up report finishes: a disposition whose sub-dispositions are all closed is closed through
 * them, up the tree; when every head's disposition is closed the letter is, and {@link IncomingLetterClosed} is
 * published for the archive (through the event publication registry, so it is not lost on a crash).
 */
@Component
class LetterClosing {

	private final DispositionAttachmentRepository attachments;
	private final ApplicationEventPublisher events;

	LetterClosing(DispositionAttachmentRepository attachments, ApplicationEventPublisher events) {
		this.attachments = attachments;
		this.events = events;
	}

	/** @param tree every disposition of the letter, including the one just closed */
	void closeUpwards(IncomingLetter letter, List<Disposition> tree, Instant now) {
		Map<UUID, Disposition> byId = tree.stream().collect(Collectors.toMap(Disposition::getId, Function.identity()));
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Disposition parent : tree) {
				List<Disposition> children = tree.stream().filter(d -> parent.getId().equals(d.parentId())).toList();
				if (!parent.isClosed() && !children.isEmpty() && children.stream().allMatch(Disposition::isClosed)) {
					parent.closeThroughSubordinates(now);
					changed = true;
				}
			}
		}
		boolean allClosed = tree.stream().filter(d -> d.parentId() == null || !byId.containsKey(d.parentId()))
			.allMatch(Disposition::isClosed);
		if (allClosed && !tree.isEmpty() && !letter.isClosed()) {
			letter.close(now);
			events.publishEvent(eventOf(letter, tree));
		}
	}

	private IncomingLetterClosed eventOf(IncomingLetter letter, List<Disposition> tree) {
		Map<UUID, List<String>> files = attachments.findByDispositionIdIn(tree.stream().map(Disposition::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(DispositionAttachment::dispositionId,
					Collectors.mapping(DispositionAttachment::sha256, Collectors.toList())));
		List<DispositionRecord> trail = tree.stream()
			.map(d -> new DispositionRecord(d.getId(), d.parentId(), d.fromPosition(), d.fromName(),
					Objects.toString(d.fromActing(), null), d.toPosition(), d.instructionCodes(), d.note(),
					d.deadline(), d.createdAt(), d.readAt(), d.closedAt(), d.reportNote(), d.reportedByName(),
					Objects.toString(d.reportedActing(), null), files.getOrDefault(d.getId(), List.of())))
			.toList();
		return new IncomingLetterClosed(letter.getTenantId(), letter.getId(), letter.agendaNumber(), letter.subject(),
				letter.senderName(), letter.letterNumber(), letter.letterDate(), letter.classificationCode(),
				letter.securityClass(), letter.closedAt(), letter.scanSha256(), trail);
	}
}
