package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/**
 * A berkas's lifecycle: stage, retention dates, legal holds (placed and released here by archivists and admins),
 * the proposals it was in, and its records (a destroyed one links to its tombstone).
 */
@Controller
@RequestMapping("/kantor/arsip/penyusutan")
@PreAuthorize("hasAnyRole('ARCHIVIST','HEAD','ADMIN')")
class BerkasLifecyclePages {

	private final BerkasRepository berkas;
	private final ArchiveRecordRepository records;
	private final LegalHolds holds;
	private final DisposalProposalItemRepository items;
	private final DisposalProposalRepository proposals;
	private final RetentionDue due;

	BerkasLifecyclePages(BerkasRepository berkas, ArchiveRecordRepository records, LegalHolds holds,
			DisposalProposalItemRepository items, DisposalProposalRepository proposals, RetentionDue due) {
		this.berkas = berkas;
		this.records = records;
		this.holds = holds;
		this.items = items;
		this.proposals = proposals;
		this.due = due;
	}

	@GetMapping("/berkas/{id}")
	String show(@PathVariable UUID id, Model model) {
		Berkas b = berkas.findById(id).orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
		model.addAttribute("berkas", b);
		model.addAttribute("step", DisposalProposals.step(b, due.today()));
		model.addAttribute("holds", holds.of(id));
		model.addAttribute("proposals", items.findByBerkasId(id).stream()
			.map(i -> proposals.findById(i.proposalId()).orElseThrow()).toList());
		model.addAttribute("records", records.findByBerkasIdOrderByRecordDateAscFiledAtAsc(id));
		return "archive/lifecycle/berkas";
	}

	@PostMapping("/berkas/{id}/tahan")
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
	String hold(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "caseReference", required = false) String caseReference,
			@AuthenticationPrincipal PaduUser user, Model model) {
		try {
			holds.place(id, reason, caseReference, user.getUsername());
			return "redirect:/kantor/arsip/penyusutan/berkas/" + id;
		} catch (BusinessRuleViolation e) {
			PageError.show(model, e);
			return show(id, model);
		}
	}

	@PostMapping("/tahan/{holdId}/lepas")
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
	String release(@PathVariable UUID holdId, @RequestParam(name = "reason", required = false) String reason,
			@RequestParam("berkasId") UUID berkasId, @AuthenticationPrincipal PaduUser user, Model model) {
		try {
			LegalHold hold = holds.release(holdId, reason, user.getUsername());
			return "redirect:/kantor/arsip/penyusutan/berkas/" + hold.berkasId();
		} catch (BusinessRuleViolation e) {
			PageError.show(model, e);
			return show(berkasId, model);
		}
	}
}
