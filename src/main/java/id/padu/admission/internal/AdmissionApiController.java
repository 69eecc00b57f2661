package id.padu.admission.internal;

import id.padu.identity.PaduUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Admission over HTTP: schools and periods for anyone signed in; rankings, quotas and the announcement for Dinas Pendidikan. */
@RestController
@RequestMapping("/api/v1/admission")
@Tag(name = "Admission", description = "New-student admission (SPMB) of the Dinas Pendidikan")
class AdmissionApiController {

	/** Seats of a school in a period; they must add up to the capacity. */
	record QuotaRequest(@NotNull Integer capacity, @NotNull Integer zonasi, @NotNull Integer afirmasi,
			@NotNull Integer mutasi, @NotNull Integer prestasi) {
	}

	private final PeriodRepository periodRepository;
	private final Periods periods;
	private final SchoolRepository schools;
	private final Rankings rankings;
	private final Announcements announcements;
	private final Quotas quotas;

	AdmissionApiController(PeriodRepository periodRepository, Periods periods, SchoolRepository schools,
			Rankings rankings, Announcements announcements, Quotas quotas) {
		this.periodRepository = periodRepository;
		this.periods = periods;
		this.schools = schools;
		this.rankings = rankings;
		this.announcements = announcements;
		this.quotas = quotas;
	}

	@GetMapping("/schools")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The pemda's state schools; with ?period=<id> only those with seats in it, with their quota")
	List<Map<String, Object>> schools(@RequestParam(required = false) UUID period) {
		if (period == null) {
			return schools.findAllByOrderByLevelAscNameAsc().stream().map(s -> AdmissionJson.school(s, null)).toList();
		}
		return periods.schoolsOf(periods.require(period)).stream().map(s -> AdmissionJson.school(s.school(), s.quota()))
			.toList();
	}

	@GetMapping("/periods")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Admission periods: service bundle, level, school year, registration and announcement dates")
	List<Map<String, Object>> periods() {
		return periodRepository.findAllByOrderBySchoolYearDescLevelAsc().stream()
			.map(p -> AdmissionJson.period(p, periods.today())).toList();
	}

	@GetMapping("/periods/{id}/ranking")
	@PreAuthorize("@dindikStaff.mayView(principal)")
	@Operation(summary = "Ranking of one school (?school=<NPSN>) per path: provisional before the announcement, final after")
	Map<String, Object> ranking(@PathVariable UUID id, @RequestParam String school) {
		return AdmissionJson.ranking(rankings.of(id, school));
	}

	@PostMapping("/periods/{id}/announcement")
	@PreAuthorize("@dindikStaff.mayAnnounce(principal)")
	@Operation(summary = "Announce the results (on or after the announcement date); a repeat changes nothing")
	Map<String, Object> announce(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		return AdmissionJson.outcome(announcements.announce(id, user.displayName()));
	}

	@PutMapping(path = "/periods/{id}/schools/{npsn}/quota", consumes = "application/json")
	@PreAuthorize("@dindikStaff.mayEdit(principal)")
	@Operation(summary = "Change a school's capacity and seats per path in the period (head of Dinas Pendidikan, admin)")
	Map<String, Object> quota(@PathVariable UUID id, @PathVariable String npsn, @Valid @RequestBody QuotaRequest body) {
		SchoolQuota changed = quotas.change(id, npsn, new QuotaPolicy.Split(body.capacity(), body.zonasi(),
				body.afirmasi(), body.mutasi(), body.prestasi()));
		return AdmissionJson.quota(changed);
	}
}
