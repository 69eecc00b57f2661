package id.padu.admission.internal;

import id.padu.identity.PaduUser;
import id.padu.workspace.WorkQueue;
import id.padu.workspace.WorkQueueProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Puts admission on the desk of Dinas Pendidikan staff: verified applications waiting for the announcement,
 * overdue when their period's announcement date has come.
 */
@Component
class AdmissionWorkQueue implements WorkQueueProvider {

	private final DindikStaff staff;
	private final PeriodRepository periods;
	private final RegistrationRepository registrations;
	private final Periods finder;

	AdmissionWorkQueue(DindikStaff staff, PeriodRepository periods, RegistrationRepository registrations,
			Periods finder) {
		this.staff = staff;
		this.periods = periods;
		this.registrations = registrations;
		this.finder = finder;
	}

	@Override
	public List<WorkQueue> queuesFor(PaduUser user) {
		if (!staff.mayAnnounce(user)) {
			return List.of();
		}
		long waiting = 0;
		long due = 0;
		for (AdmissionPeriod period : periods.findByAnnouncedAtIsNull()) {
			long verified = registrations.countByPeriodIdAndStatus(period.getId(), RegistrationStatus.VERIFIED);
			waiting += verified;
			if (!finder.today().isBefore(period.announcementOn())) {
				due += verified;
			}
		}
		return List.of(new WorkQueue("admission.queue.label", waiting, due, "/kantor/spmb"));
	}
}
