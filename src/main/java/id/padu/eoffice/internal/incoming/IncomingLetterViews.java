package id.padu.eoffice.internal.incoming;

import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds {@link IncomingLetterView}s: position titles and holders from the structure, instruction labels, overdue flags. */
@Component
class IncomingLetterViews {

	private final OrganizationDirectory directory;
	private final DispositionAttachmentRepository attachments;
	private final DispositionInstructionRepository instructions;
	private final Clock clock;

	IncomingLetterViews(OrganizationDirectory directory, DispositionAttachmentRepository attachments,
			DispositionInstructionRepository instructions, Clock clock) {
		this.directory = directory;
		this.attachments = attachments;
		this.instructions = instructions;
		this.clock = clock;
	}

	IncomingLetterView of(IncomingLetter l, List<Disposition> tree) {
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		Map<String, String> labels = instructions.findAll().stream()
			.collect(Collectors.toMap(DispositionInstruction::code, DispositionInstruction::label, (a, b) -> a));
		Map<UUID, List<IncomingLetterView.File>> files = attachments
			.findByDispositionIdIn(tree.stream().map(Disposition::getId).toList()).stream()
			.collect(Collectors.groupingBy(DispositionAttachment::dispositionId, Collectors.mapping(
					a -> new IncomingLetterView.File(a.getId(), a.fileName(), a.mediaType()), Collectors.toList())));
		Map<UUID, Disposition> byId = tree.stream().collect(Collectors.toMap(Disposition::getId, Function.identity()));
		List<IncomingLetterView.Node> nodes = new ArrayList<>();
		tree.stream().filter(d -> d.parentId() == null || !byId.containsKey(d.parentId()))
			.forEach(root -> walk(root, 0, tree, labels, files, today, nodes));
		String status = l.isClosed() ? "CLOSED" : tree.isEmpty() ? "NEW" : "IN_PROGRESS";
		return new IncomingLetterView(l.getId(), l.agendaNumber(), l.recipientOpd(), l.headPosition(), title(l.headPosition()),
				l.senderName(), l.senderAddress(), l.letterNumber(), l.letterDate(), l.receivedDate(), l.subject(),
				l.summary(), l.classificationCode(), l.urgency(), l.securityClass(), l.scanSha256() != null,
				l.scanName(), l.registeredBy(), l.registeredAt(), l.closedAt(), status, nodes);
	}

	private void walk(Disposition d, int depth, List<Disposition> tree, Map<String, String> labels,
			Map<UUID, List<IncomingLetterView.File>> files, LocalDate today, List<IncomingLetterView.Node> out) {
		boolean overdue = d.isOverdue(today);
		String status = d.isClosed() ? "CLOSED" : overdue ? "OVERDUE" : d.readAt() != null ? "READ" : "UNREAD";
		out.add(new IncomingLetterView.Node(d.getId(), d.parentId(), depth, d.fromPosition(), title(d.fromPosition()),
				actingPrefix(Objects.toString(d.fromActing(), null)) + d.fromName(), Objects.toString(d.fromActing(), null), d.toPosition(), title(d.toPosition()),
				holders(d.toPosition()), d.instructionCodes().stream().map(c -> labels.getOrDefault(c, c)).toList(),
				d.note(), d.deadline(), d.urgency(), d.createdAt(), d.readAt(), d.readBy(), d.closedAt(),
				d.reportNote(), d.reportedByName() == null ? null
						: actingPrefix(Objects.toString(d.reportedActing(), null)) + d.reportedByName(),
				Objects.toString(d.reportedActing(), null),
				files.getOrDefault(d.getId(), List.of()), overdue, d.remindedAt(), d.escalatedAt(), status,
				tree.stream().anyMatch(c -> d.getId().equals(c.parentId()) && !c.isClosed())));
		tree.stream().filter(c -> d.getId().equals(c.parentId()))
			.forEach(child -> walk(child, depth + 1, tree, labels, files, today, out));
	}

	private String title(String positionCode) {
		return directory.findPosition(positionCode).map(PositionRef::title).orElse(positionCode);
	}

	private List<String> holders(String positionCode) {
		return directory.holders(positionCode).stream().map(IncomingLetterViews::holderName).toList();
	}

	static String holderName(Holder holder) {
		return holder.isActing() ? actingPrefix(holder.kind().name()) + holder.staff().fullName()
				: holder.staff().fullName();
	}

	/** "Plt. " / "Plh. " before an acting official's name, as on paper. */
	static String actingPrefix(String kind) {
		if (kind == null) {
			return "";
		}
		return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + ". ";
	}
}
