package id.padu.admission.internal;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * The head of Dinas Pendidikan (or an admin) moves a period's registration and announcement dates, e.g. when the
 * schedule of the SPMB technical guideline changes; in order (opens ≤ closes ≤ announcement) and not after the
 * announcement.
 */
@Controller
@PreAuthorize("@dindikStaff.mayEdit(principal)")
class PeriodDatesPages {

	private final Periods periods;
	private final PeriodRepository repository;
	private final TransactionTemplate tx;

	PeriodDatesPages(Periods periods, PeriodRepository repository, TransactionTemplate tx) {
		this.periods = periods;
		this.repository = repository;
		this.tx = tx;
	}

	@GetMapping("/kantor/spmb/{id}/jadwal")
	String form(@PathVariable UUID id, Model model) {
		AdmissionPeriod period = periods.require(id);
		model.addAttribute("datesForm", PeriodDatesForm.of(period));
		model.addAttribute("period", period);
		return "admission/dates";
	}

	@PostMapping("/kantor/spmb/{id}/jadwal")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("datesForm") PeriodDatesForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AdmissionPeriod period = periods.require(id);
		if (period.announced()) {
			errors.reject("admission.quota.announced");
		}
		if (!errors.hasFieldErrors() && form.closesOn().isBefore(form.opensOn())) {
			errors.rejectValue("closesOn", "admission.dates.order");
		}
		if (!errors.hasFieldErrors() && form.announcementOn().isBefore(form.closesOn())) {
			errors.rejectValue("announcementOn", "admission.dates.order");
		}
		if (errors.hasErrors()) {
			model.addAttribute("period", period);
			return "admission/dates";
		}
		tx.executeWithoutResult(status -> repository.findById(id).orElseThrow()
			.reschedule(form.opensOn(), form.closesOn(), form.announcementOn()));
		redirect.addFlashAttribute("admissionMessage", "admission.dates.saved");
		return "redirect:/kantor/spmb/" + id;
	}
}
