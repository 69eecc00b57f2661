package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.documents.DocumentRejectedException;
import id.padu.documents.DocumentStore;
import id.padu.identity.PaduUser;
import id.padu.registry.IdentifierRules;
import id.padu.registry.Purpose;
import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import id.padu.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;

/**
 * "Ajukan perbaikan data": the officer sees today's values (a read logged with the purpose
 * "Permohonan perbaikan data kependudukan"), changes some, gives the reason and the document.
 */
@Controller
@RequestMapping("/kantor/penduduk/{nik}/perbaikan")
@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
class ChangeRequestFormController {

	private final RegistryReads reads;
	private final IdentifierRules identifiers;
	private final CorrectionRules rules;
	private final ChangeRequests requests;
	private final CorrectionText text;
	private final TenantDirectory tenants;
	private final DocumentStore documents;
	private final MessageSource messages;

	ChangeRequestFormController(RegistryReads reads, IdentifierRules identifiers, CorrectionRules rules,
			ChangeRequests requests, CorrectionText text, TenantDirectory tenants, DocumentStore documents,
			MessageSource messages) {
		this.reads = reads;
		this.identifiers = identifiers;
		this.rules = rules;
		this.requests = requests;
		this.text = text;
		this.tenants = tenants;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String nik, Model model) {
		ResidentRecord current = current(nik);
		model.addAttribute("changeRequestForm", ChangeRequestForm.of(current));
		return page(model, current);
	}

	@PostMapping
	String submit(@PathVariable String nik, @Valid @ModelAttribute("changeRequestForm") ChangeRequestForm form,
			BindingResult result, Model model, @AuthenticationPrincipal PaduUser user, RedirectAttributes redirect)
			throws IOException {
		ResidentRecord current = current(nik);
		ChangeRequestFormValidator validator = new ChangeRequestFormValidator(rules, current);
		validator.validate(form, result);
		if (result.hasErrors()) {
			return page(model, current);
		}
		try (InputStream content = form.getDocument().getInputStream()) {
			ChangeRequest made = requests.submit(current.nik(), validator.wanted(), form.getReason(), content,
					form.getDocument().getOriginalFilename(), user);
			redirect.addFlashAttribute("correctionMessage", "registry.correction.submitted");
			return "redirect:/kantor/perbaikan/" + made.getId();
		} catch (DocumentRejectedException e) {
			result.rejectValue("document", e.messageKey(), e.arguments(), e.messageKey());
		} catch (InvalidCorrectionException e) {
			e.problems().forEach(p -> attach(p, result));
		} catch (BusinessRuleViolation e) {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
		return page(model, current);
	}

	/** A problem next to its input when the form has one, otherwise in the summary. */
	static void attach(CorrectionRules.Problem p, BindingResult result) {
		boolean input = CorrectionField.byApiName(p.field()).isPresent() || p.field().equals("reason")
				|| p.field().equals("document");
		if (input) {
			result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
		} else {
			result.reject(p.messageKey(), p.args(), p.messageKey());
		}
	}

	/** A NIK that breaks its rules in the address: the calm 400 page naming the failing part. */
	@ExceptionHandler(InvalidIdentifierException.class)
	String invalidNik(InvalidIdentifierException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.arguments());
		return "error/400";
	}

	private ResidentRecord current(String nik) {
		Nik checked = identifiers.nik(nik);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.resident.notFound");
		}
		Purpose purpose = new Purpose(messages.getMessage("registry.correction.purpose", null, Purposes.INDONESIAN));
		return reads.read(checked, purpose, ResidentField.RECORD, Channel.PAGE)
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound")).resident();
	}

	private String page(Model model, ResidentRecord current) {
		model.addAttribute("r", current);
		model.addAttribute("fields", CorrectionField.values());
		model.addAttribute("kelurahan", text.kelurahanOf(tenants.current().kodeWilayah()));
		model.addAttribute("maxMegabytes", documents.maxSize() / (1024 * 1024));
		return "registry/correction-form";
	}
}
