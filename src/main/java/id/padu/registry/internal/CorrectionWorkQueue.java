package id.padu.registry.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.web.Formats;
import id.padu.workspace.WorkQueue;
import id.padu.workspace.WorkQueueProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A head's desk shows the change requests waiting for their decision; a request is overdue once more
 * than three working days (Monday to Friday) have passed since the day it was made.
 */
@Component
class CorrectionWorkQueue implements WorkQueueProvider {

	static final int WORKING_DAYS = 3;

	private final ChangeRequests requests;
	private final Clock clock;

	CorrectionWorkQueue(ChangeRequests requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	public List<WorkQueue> queuesFor(PaduUser user) {
		if (user == null || !user.has(Role.HEAD)) {
			return List.of();
		}
		List<ChangeRequest> waiting = requests.decidableBy(user);
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		long overdue = waiting.stream()
			.filter(r -> isOverdue(r.requestedAt().atZone(Formats.JAKARTA).toLocalDate(), today)).count();
		return List.of(new WorkQueue("registry.correction.queue.label", waiting.size(), overdue, "/kantor/perbaikan"));
	}

	/** Whether {@code today} lies after the deadline: the third working day after the request day. */
	static boolean isOverdue(LocalDate requested, LocalDate today) {
		return today.isAfter(deadline(requested));
	}

	static LocalDate deadline(LocalDate requested) {
		LocalDate day = requested;
		int left = WORKING_DAYS;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}
}
