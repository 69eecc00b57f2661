package id.padu.archive.internal.custody.fixity;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The fixity page: the run history, what the last run found, and "Periksa sekarang". */
@Controller
@RequestMapping("/kantor/arsip/fixity")
@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN','AUDITOR')")
class FixityPages {

	private final FixityRunRepository runs;
	private final FixityMismatchRepository mismatches;
	private final FixityCheck check;

	FixityPages(FixityRunRepository runs, FixityMismatchRepository mismatches, FixityCheck check) {
		this.runs = runs;
		this.mismatches = mismatches;
		this.check = check;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String page(Model model) {
		List<FixityRun> history = runs.findByOrderByStartedAtDesc(PageRequest.ofSize(20));
		model.addAttribute("runs", history);
		model.addAttribute("lastRun", history.isEmpty() ? null : history.get(0));
		model.addAttribute("mismatches", history.isEmpty() ? List.of()
				: mismatches.findByRunIdOrderByFoundAt(history.get(0).getId()));
		return "archive/custody/fixity";
	}

	@PostMapping
	String checkNow(Authentication caller, RedirectAttributes redirect) {
		FixityCheck.Report report = check.run(FixityTrigger.MANUAL, caller.getName());
		redirect.addFlashAttribute("done", report.mismatches().isEmpty() ? "archive.custody.fixity.doneIntact"
				: "archive.custody.fixity.doneMismatch");
		redirect.addFlashAttribute("doneChecked", report.checked());
		redirect.addFlashAttribute("doneMismatches", report.mismatches().size());
		return "redirect:/kantor/arsip/fixity";
	}
}
