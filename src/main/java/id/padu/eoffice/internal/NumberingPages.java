package id.padu.eoffice.internal;

import id.padu.identity.PaduUser;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * How each OPD writes its letter numbers (ADMIN and the secretariat): its short name and its pattern, with the
 * number the next letter would get shown as an example. A changed pattern applies to letters signed from then on.
 */
@Controller
@RequestMapping("/kantor/surat/penomoran")
@PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
class NumberingPages {

	/** One OPD's row: its code and name, short name, pattern as configured (null: the default) and an example. */
	record Row(String unitCode, String unitName, String shortName, String pattern, String example) {
	}

	private static final String EXAMPLE_CODE = "400.3.5";

	private final OrganizationDirectory organization;
	private final UnitSettings settings;
	private final Clock clock;

	NumberingPages(OrganizationDirectory organization, UnitSettings settings, Clock clock) {
		this.organization = organization;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		List<Row> rows = organization.units().stream().filter(UnitRef::active).filter(u -> u.kind().isOpd())
			.map(this::row).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("defaultPattern", NumberPattern.DEFAULT);
		return "eoffice/letters/numbering";
	}

	@GetMapping("/{unitCode}")
	String form(@PathVariable String unitCode, Model model) {
		model.addAttribute("row", row(opd(unitCode)));
		model.addAttribute("defaultPattern", NumberPattern.DEFAULT);
		return "eoffice/letters/numbering-form";
	}

	@PostMapping("/{unitCode}")
	String save(@PathVariable String unitCode, @RequestParam(required = false) String shortName,
			@RequestParam(required = false) String pattern, @AuthenticationPrincipal PaduUser user, Model model,
			RedirectAttributes redirect) {
		UnitRef unit = opd(unitCode);
		try {
			settings.change(unit.code(), shortName, pattern, user);
		} catch (BusinessRuleViolation refused) {
			model.addAttribute("row", new Row(unit.code(), unit.name(), shortName, pattern, null));
			model.addAttribute("defaultPattern", NumberPattern.DEFAULT);
			model.addAttribute("error", refused.messageKey());
			return "eoffice/letters/numbering-form";
		}
		redirect.addFlashAttribute("saved", unit.name());
		return "redirect:/kantor/surat/penomoran";
	}

	private Row row(UnitRef unit) {
		NumberPattern pattern = settings.pattern(unit.code());
		String shortName = settings.shortName(unit.code());
		String configured = pattern.pattern().equals(NumberPattern.DEFAULT) ? null : pattern.pattern();
		return new Row(unit.code(), unit.name(), shortName, configured,
				pattern.format(EXAMPLE_CODE, 17, shortName, LocalDate.now(clock.withZone(Formats.JAKARTA))));
	}

	private UnitRef opd(String unitCode) {
		return organization.findUnit(unitCode).filter(u -> u.kind().isOpd())
			.orElseThrow(() -> new NotFoundException("organization.unit.notFound"));
	}
}
