package id.padu.localtax.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.web.Formats;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Bapenda's tax roll: find tax objects by NOP (whole, or its first digits: a kelurahan or block) or by the
 * taxpayer's NIK, with every SPPT and its status; this year's paid and unpaid counts on top.
 */
@Controller
class StaffPbbPages {

	static final int MAX_RESULTS = 50;

	private final PbbAccess access;
	private final TaxObjectRepository objects;
	private final SpptRepository sppts;
	private final PbbViews views;
	private final Clock clock;

	StaffPbbPages(PbbAccess access, TaxObjectRepository objects, SpptRepository sppts, PbbViews views, Clock clock) {
		this.access = access;
		this.objects = objects;
		this.sppts = sppts;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/kantor/pbb")
	String search(@RequestParam(name = "q", required = false) String query, @AuthenticationPrincipal PaduUser user,
			Model model) {
		access.requireRevenueStaff(user);
		int year = LocalDate.now(clock.withZone(Formats.JAKARTA)).getYear();
		model.addAttribute("year", Integer.toString(year));
		model.addAttribute("paid", sppts.countByTaxYearAndStatus(year, SpptRecord.Status.PAID));
		model.addAttribute("unpaid", sppts.countByTaxYearAndStatus(year, SpptRecord.Status.UNPAID));
		String digits = query == null ? "" : query.replaceAll("[\\s.\\-]", "");
		model.addAttribute("q", query == null ? "" : query.strip());
		if (digits.isEmpty()) {
			return "localtax/staff";
		}
		List<TaxObjectRecord> found;
		if (digits.matches("\\d{16}")) {
			found = objects.findBySubjectNikOrderByNop(digits, Limit.of(MAX_RESULTS));
		} else if (digits.matches("\\d{10,18}")) {
			found = objects.findByNopStartingWithOrderByNop(digits, Limit.of(MAX_RESULTS));
		} else {
			model.addAttribute("queryInvalid", true);
			return "localtax/staff";
		}
		model.addAttribute("results", found.stream().map(views::object).toList());
		model.addAttribute("limited", found.size() == MAX_RESULTS);
		return "localtax/staff";
	}
}
