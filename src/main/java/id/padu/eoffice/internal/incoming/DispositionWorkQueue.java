package id.padu.eoffice.internal.incoming;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.organization.OrganizationDirectory;
import id.padu.shared.web.Formats;
import id.padu.workspace.WorkQueue;
import id.padu.workspace.WorkQueueProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * On the desk: for the secretariat, the agenda book with the letters still open; for everyone, letters and dispositions waiting for the positions the person holds (acting ones included), with
 * those past their deadline as overdue; and, for a disposer, the dispositions escalated back as overdue.
 */
@Component
class DispositionWorkQueue implements WorkQueueProvider {

	private final OrganizationDirectory directory;
	private final DispositionRepository dispositions;
	private final IncomingLetterRepository letters;
	private final Clock clock;

	DispositionWorkQueue(OrganizationDirectory directory, DispositionRepository dispositions,
			IncomingLetterRepository letters, Clock clock) {
		this.directory = directory;
		this.dispositions = dispositions;
		this.letters = letters;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkQueue> queuesFor(PaduUser user) {
		if (user == null || !user.isStaff()) {
			return List.of();
		}
		List<WorkQueue> queues = new ArrayList<>();
		if (user.has(Role.SECRETARIAT)) {
			// The secretariat's way into the agenda book: the letters it registered that are not closed yet.
			queues.add(new WorkQueue("disposition.queue.book", letters.countByClosedAtIsNull(), 0, "/kantor/surat-masuk"));
		}
		Set<String> positions = directory.appointmentsOf(user.getUsername()).stream()
			.map(h -> h.position().code()).collect(Collectors.toSet());
		if (positions.isEmpty()) {
			return queues;
		}
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		long waiting = dispositions.findByToPositionInAndClosedAtIsNullOrderByCreatedAt(positions).size()
				+ letters.awaitingFirstDisposition(positions).size();
		long overdue = dispositions.countByToPositionInAndClosedAtIsNullAndDeadlineBefore(positions, today);
		if (waiting > 0) {
			queues.add(new WorkQueue("disposition.queue.inbox", waiting, overdue, "/kantor/disposisi"));
		}
		long escalated = dispositions.countByFromPositionInAndClosedAtIsNullAndEscalatedAtIsNotNull(positions);
		if (escalated > 0) {
			queues.add(new WorkQueue("disposition.queue.escalated", escalated, escalated, "/kantor/disposisi"));
		}
		return queues;
	}
}
