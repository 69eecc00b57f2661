package id.padu.admission.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * The Dinas Pendidikan's admission desk: periods, the schools of a period with their seats, each school's
 * ranking per path, and the announcement.
 */
@Controller
@PreAuthorize("@dindikStaff.mayView(principal)")
class AdmissionPages {

	private final PeriodRepository periodRepository;
	private final Periods periods;
	private final RegistrationRepository registrations;
	private final Rankings rankings;
	private final Announcements announcements;
	private final DindikStaff staff;

	AdmissionPages(PeriodRepository periodRepository, Periods periods, RegistrationRepository registrations,
			Rankings rankings, Announcements announcements, DindikStaff staff) {
		this.periodRepository = periodRepository;
		this.periods = periods;
		this.registrations = registrations;
		this.rankings = rankings;
		this.announcements = announcements;
		this.staff = staff;
	}

	@GetMapping("/kantor/spmb")
	String list(Model model) {
		model.addAttribute("periods", periodRepository.findAllByOrderBySchoolYearDescLevelAsc().stream().map(this::summary)
			.toList());
		return "admission/periods";
	}

	@GetMapping("/kantor/spmb/{id}")
	String period(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		AdmissionPeriod period = periods.require(id);
		model.addAttribute("summary", summary(period));
		model.addAttribute("schools", periods.schoolsOf(period));
		model.addAttribute("mayAnnounce", staff.mayAnnounce(user));
		model.addAttribute("mayEdit", staff.mayEdit(user) && !period.announced());
		return "admission/period";
	}

	@PostMapping("/kantor/spmb/{id}/pengumuman")
	@PreAuthorize("@dindikStaff.mayAnnounce(principal)")
	String announce(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		try {
			Announcements.Outcome outcome = announcements.announce(id, user.displayName());
			redirect.addFlashAttribute("admissionMessage", outcome.repeated() ? "admission.announce.already"
					: "admission.announce.done");
			redirect.addFlashAttribute("admissionArg0", outcome.accepted());
			redirect.addFlashAttribute("admissionArg1", outcome.notPlaced());
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("admissionError", e.messageKey());
			redirect.addFlashAttribute("admissionArg0", e.arguments().length > 0 ? e.arguments()[0] : null);
		}
		return "redirect:/kantor/spmb/" + id;
	}

	@GetMapping("/kantor/spmb/{id}/sekolah/{npsn}")
	String ranking(@PathVariable UUID id, @PathVariable String npsn, Model model) {
		model.addAttribute("ranking", rankings.of(id, npsn));
		return "admission/ranking";
	}

	private PeriodSummary summary(AdmissionPeriod p) {
		UUID id = p.getId();
		return new PeriodSummary(p, p.isOpen(periods.today()),
				!p.announced() && !periods.today().isBefore(p.announcementOn()),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.SUBMITTED),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.VERIFIED),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.ACCEPTED),
				registrations.countByPeriodIdAndStatus(id, RegistrationStatus.NOT_PLACED));
	}
}
