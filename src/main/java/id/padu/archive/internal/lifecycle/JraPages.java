package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.FinalAction;
import id.padu.archive.internal.Retention;
import id.padu.archive.internal.RetentionRule;
import id.padu.archive.internal.RetentionSchedule;
import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/**
 * The JRA: every line with its code's name, searchable by code or name; archivists and admins edit a line (the
 * entity listeners audit the change). A change applies to berkas closed from then on; closed berkas keep their dates.
 */
@Controller
@RequestMapping("/kantor/arsip/jra")
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class JraPages {

	/** A line as the page shows it. */
	record JraLine(String code, String name, int activeYears, int inactiveYears, FinalAction finalAction, String note) {
	}

	private final RetentionSchedule schedule;
	private final ClassificationScheme scheme;

	JraPages(RetentionSchedule schedule, ClassificationScheme scheme) {
		this.schedule = schedule;
		this.scheme = scheme;
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		List<JraLine> lines = schedule.all().stream().map(this::line)
			.filter(l -> q.isEmpty() || l.code().startsWith(q) || l.name().toLowerCase(Locale.ROOT).contains(q)).toList();
		model.addAttribute("lines", lines);
		model.addAttribute("q", query == null ? "" : query.strip());
		return "archive/lifecycle/jra";
	}

	@GetMapping("/ubah")
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
	String edit(@RequestParam("kode") String code, Model model) {
		RetentionRule rule = schedule.ruleFor(code).filter(r -> r.classificationCode().equals(code)).orElse(null);
		Classification classification = scheme.requireActive(code);
		model.addAttribute("code", classification.code());
		model.addAttribute("name", classification.name());
		model.addAttribute("activeYears", rule == null ? 2 : rule.retention().activeYears());
		model.addAttribute("inactiveYears", rule == null ? 3 : rule.retention().inactiveYears());
		model.addAttribute("finalAction", rule == null ? FinalAction.DINILAI_KEMBALI : rule.retention().finalAction());
		model.addAttribute("note", rule == null ? "" : rule.note());
		model.addAttribute("finalActions", FinalAction.values());
		return "archive/lifecycle/jra-edit";
	}

	@PostMapping("/ubah")
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
	String save(@RequestParam("kode") String code, @RequestParam("activeYears") int activeYears,
			@RequestParam("inactiveYears") int inactiveYears, @RequestParam("finalAction") FinalAction finalAction,
			@RequestParam(name = "note", required = false) String note, @AuthenticationPrincipal PaduUser user,
			Model model) {
		Retention retention;
		try {
			retention = new Retention(activeYears, inactiveYears, finalAction);
		} catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("archive.lifecycle.jra.years", Retention.MAX_YEARS);
		}
		schedule.set(code, retention, note, user.getUsername());
		return "redirect:/kantor/arsip/jra?q=" + code;
	}

	private JraLine line(RetentionRule rule) {
		String name = scheme.find(rule.classificationCode()).map(Classification::name).orElse("");
		Retention r = rule.retention();
		return new JraLine(rule.classificationCode(), name, r.activeYears(), r.inactiveYears(), r.finalAction(),
				rule.note());
	}
}
