package id.padu.eoffice.internal.incoming;

import id.padu.identity.PaduUser;
import id.padu.shared.web.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What waits for the positions a person holds: new letters for a head, and open dispositions received. */
@Component
class DispositionInbox {

	/** One line; {@code dispositionId} null for a letter still waiting for the head's first disposition. */
	record Item(UUID letterId, UUID dispositionId, String agendaNumber, String subject, String fromName,
			LocalDate deadline, boolean read, boolean overdue, String urgency) {
	}

	private final IncomingLetterRepository letters;
	private final DispositionRepository dispositions;
	private final IncomingLetterAccess access;
	private final Clock clock;

	DispositionInbox(IncomingLetterRepository letters, DispositionRepository dispositions, IncomingLetterAccess access,
			Clock clock) {
		this.letters = letters;
		this.dispositions = dispositions;
		this.access = access;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Item> of(PaduUser user) {
		Set<String> positions = access.viewerOf(user).positions();
		if (positions.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		List<Item> fresh = letters.awaitingFirstDisposition(positions).stream()
			.map(l -> new Item(l.getId(), null, l.agendaNumber(), l.subject(), l.senderName(), null, false, false,
					l.urgency().messageKey()))
			.toList();
		List<Disposition> open = dispositions.findByToPositionInAndClosedAtIsNullOrderByCreatedAt(positions);
		Map<UUID, IncomingLetter> byId = letters.findAllById(open.stream().map(Disposition::letterId).toList()).stream()
			.collect(Collectors.toMap(IncomingLetter::getId, Function.identity()));
		List<Item> received = open.stream()
			.map(d -> new Item(d.letterId(), d.getId(), byId.get(d.letterId()).agendaNumber(),
					byId.get(d.letterId()).subject(), IncomingLetterViews.actingPrefix(nameOf(d)) + d.fromName(), d.deadline(),
					d.readAt() != null, d.isOverdue(today), d.urgency().messageKey()))
			.toList();
		return Stream.concat(fresh.stream(), received.stream()).toList();
	}

	private static String nameOf(Disposition d) {
		return d.fromActing() == null ? null : d.fromActing().name();
	}
}
