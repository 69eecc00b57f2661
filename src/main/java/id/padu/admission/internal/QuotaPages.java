package id.padu.admission.internal;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** The head of Dinas Pendidikan (or an admin) changes a school's capacity and seats per path in a period. */
@Controller
@PreAuthorize("@dindikStaff.mayEdit(principal)")
class QuotaPages {

	private final Periods periods;
	private final Quotas quotas;

	QuotaPages(Periods periods, Quotas quotas) {
		this.periods = periods;
		this.quotas = quotas;
	}

	@GetMapping("/kantor/spmb/{id}/sekolah/{npsn}/kuota")
	String form(@PathVariable UUID id, @PathVariable String npsn, Model model) {
		Periods.SchoolSeats seats = seats(id, npsn);
		model.addAttribute("quotaForm", QuotaForm.of(seats.quota().split()));
		return page(id, seats, model);
	}

	@PostMapping("/kantor/spmb/{id}/sekolah/{npsn}/kuota")
	String save(@PathVariable UUID id, @PathVariable String npsn, @Valid @ModelAttribute("quotaForm") QuotaForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Periods.SchoolSeats seats = seats(id, npsn);
		if (!errors.hasErrors()) {
			try {
				quotas.change(id, npsn, form.split());
				redirect.addFlashAttribute("admissionMessage", "admission.quota.saved");
				redirect.addFlashAttribute("admissionArg0", seats.school().name());
				return "redirect:/kantor/spmb/" + id;
			} catch (QuotaRefusedException e) {
				errors.rejectValue(e.refusal().field(), e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		return page(id, seats, model);
	}

	private Periods.SchoolSeats seats(UUID id, String npsn) {
		AdmissionPeriod period = periods.require(id);
		return periods.schoolsOf(period).stream().filter(s -> s.school().npsn().equals(npsn)).findFirst()
			.orElseThrow(() -> new id.padu.shared.NotFoundException("admission.school.notFound"));
	}

	private String page(UUID id, Periods.SchoolSeats seats, Model model) {
		model.addAttribute("period", periods.require(id));
		model.addAttribute("school", seats.school());
		return "admission/quota";
	}
}
