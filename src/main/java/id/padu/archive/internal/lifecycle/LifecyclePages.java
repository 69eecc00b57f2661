package id.padu.archive.internal.lifecycle;

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

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The due list (penyusutan): what is due for which step, berkas that could not be closed, and the proposals; an
 * archivist ticks due berkas of one OPD and proposes them.
 */
@Controller
@RequestMapping("/kantor/arsip/penyusutan")
@PreAuthorize("hasAnyRole('ARCHIVIST','HEAD','ADMIN')")
class LifecyclePages {

	private final RetentionDue due;
	private final BerkasClosing closing;
	private final DisposalProposals proposals;

	LifecyclePages(RetentionDue due, BerkasClosing closing, DisposalProposals proposals) {
		this.due = due;
		this.closing = closing;
		this.proposals = proposals;
	}

	@GetMapping
	String list(Model model) {
		LocalDate today = due.today();
		List<DueBerkas> list = due.list(today);
		model.addAttribute("today", today);
		model.addAttribute("due", list);
		model.addAttribute("counts", due.counts(list));
		Map<DueStep, List<DueBerkas>> byStep = new EnumMap<>(DueStep.class);
		for (DueStep step : DueStep.values()) {
			byStep.put(step, list.stream().filter(d -> d.step() == step).toList());
		}
		model.addAttribute("byStep", byStep);
		model.addAttribute("steps", DueStep.values());
		model.addAttribute("problems", closing.problems(today));
		model.addAttribute("proposals", proposals.all());
		return "archive/lifecycle/due";
	}

	@PostMapping("/usul")
	@PreAuthorize("hasRole('ARCHIVIST')")
	String propose(@RequestParam(name = "kind", required = false) ProposalKind kind,
			@RequestParam(name = "berkas", required = false) List<UUID> berkas,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "note", required = false) String note, @AuthenticationPrincipal PaduUser user,
			Model model) {
		Map<UUID, String> notes = new HashMap<>();
		if (berkas != null && note != null && !note.isBlank()) {
			berkas.forEach(id -> notes.put(id, note));
		}
		try {
			DisposalProposal proposal = proposals.propose(kind, berkas, reason, notes, user.getUsername());
			return "redirect:/kantor/arsip/penyusutan/usul/" + proposal.getId();
		} catch (BusinessRuleViolation e) {
			PageError.show(model, e);
			return list(model);
		}
	}
}
