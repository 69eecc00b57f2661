package id.padu.admission.internal;

import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The public announcement, like the pemda's printed PPDB lists: for each school, who was accepted on which path,
 * by registration (tracking) number and masked name only. Nothing is shown before the announcement.
 */
@Controller
class PublicResults {

	/** One accepted applicant as the public sees them. */
	record Accepted(AdmissionPath path, Integer rank, String trackingNumber, String maskedName) {
	}

	private final PeriodRepository periodRepository;
	private final Periods periods;
	private final RegistrationRepository registrations;

	PublicResults(PeriodRepository periodRepository, Periods periods, RegistrationRepository registrations) {
		this.periodRepository = periodRepository;
		this.periods = periods;
		this.registrations = registrations;
	}

	@GetMapping("/pengumuman-spmb")
	String list(Model model) {
		model.addAttribute("periods", periodRepository.findByAnnouncedAtIsNotNullOrderByAnnouncedAtDesc());
		return "admission/public-periods";
	}

	@GetMapping("/pengumuman-spmb/{id}")
	String results(@PathVariable UUID id, @RequestParam(name = "sekolah", required = false) String npsn, Model model) {
		AdmissionPeriod period = periodRepository.findById(id).filter(AdmissionPeriod::announced)
			.orElseThrow(() -> new NotFoundException("admission.period.notFound"));
		List<Periods.SchoolSeats> schools = periods.schoolsOf(period);
		model.addAttribute("period", period);
		model.addAttribute("schools", schools);
		schools.stream().filter(s -> s.school().npsn().equals(npsn)).findFirst().ifPresent(chosen -> {
			model.addAttribute("school", chosen.school());
			model.addAttribute("accepted", registrations.findByPeriodIdAndStatusIn(id, Set.of(RegistrationStatus.ACCEPTED))
				.stream().filter(r -> npsn.equals(r.placedNpsn()))
				.map(r -> new Accepted(r.path(), r.placedRank(), r.trackingNumber(), r.maskedName()))
				.sorted(Comparator.comparing(Accepted::path).thenComparing(Accepted::rank)).toList());
		});
		return "admission/public-results";
	}
}
