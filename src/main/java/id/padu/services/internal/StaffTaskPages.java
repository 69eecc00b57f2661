package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.flowable.task.api.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * The officers' and heads' work: the queue with SLA countdowns, one task with the application (registry
 * data read with the purpose "Pemeriksaan permohonan ..."), claim, decide; and the application page the
 * resident's staff page links to.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
class StaffTaskPages {

	private final TaskQueue queue;
	private final TaskDecisions decisions;
	private final ApplicationRepository applications;
	private final ApplicationAccess access;
	private final ApplicationPage page;

	StaffTaskPages(TaskQueue queue, TaskDecisions decisions, ApplicationRepository applications,
			ApplicationAccess access, ApplicationPage page) {
		this.queue = queue;
		this.decisions = decisions;
		this.applications = applications;
		this.access = access;
		this.page = page;
	}

	@GetMapping("/kantor/layanan/tugas")
	String list(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("tasks", queue.forUser(user));
		return "services/tasks";
	}

	@GetMapping("/kantor/layanan/tugas/{id}")
	String task(@PathVariable String id, @AuthenticationPrincipal PaduUser user, Model model) {
		Task task = queue.visible(user, id).orElseThrow(() -> new NotFoundException("services.task.notFound"));
		ServiceApplication application = applications.findByProcessInstanceId(task.getProcessInstanceId())
			.orElseThrow(() -> new NotFoundException("services.task.notFound"));
		page.fill(model, application, ApplicantRecords.reviewPurpose(application.serviceCode(),
				application.trackingNumber()), LocaleContextHolder.getLocale());
		TaskView view = queue.view(task);
		model.addAttribute("task", view);
		model.addAttribute("decisions", view.decisions());
		model.addAttribute("category", view.category());
		model.addAttribute("signs", view.signs());
		return "services/task";
	}

	@PostMapping("/kantor/layanan/tugas/{id}/ambil")
	String claim(@PathVariable String id, @AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		try {
			decisions.claim(user, id);
		} catch (TaskConflictException e) {
			redirect.addFlashAttribute("servicesError", e.messageKey());
		}
		return "redirect:/kantor/layanan/tugas/" + id;
	}

	@PostMapping("/kantor/layanan/tugas/{id}/keputusan")
	String decide(@PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, @RequestParam(required = false) String passphrase,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		try {
			ServiceApplication application = decisions.decide(user, id, decision, note,
					passphrase == null ? null : passphrase.toCharArray());
			redirect.addFlashAttribute("servicesMessage", "services.task.decided");
			redirect.addFlashAttribute("servicesTracking", application.trackingNumber());
			return "redirect:/kantor/layanan/tugas";
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("servicesError", e.messageKey());
			redirect.addFlashAttribute("servicesErrorArg", e.arguments().length > 0 ? String.valueOf(e.arguments()[0]) : "");
			redirect.addFlashAttribute("note", note);
			return "redirect:/kantor/layanan/tugas/" + id;
		}
	}

	@GetMapping("/kantor/layanan/permohonan/{id}")
	String application(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		ServiceApplication application = access.readable(user, id);
		page.fill(model, application, ApplicantRecords.reviewPurpose(application.serviceCode(),
				application.trackingNumber()), LocaleContextHolder.getLocale());
		return "services/staff-application";
	}
}
