package id.padu.services.internal;

import id.padu.documents.DocumentStore;
import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The citizen's side: the form of a service with everything Padu knows filled in, the list of their
 * applications, one application with its timeline, the fix-and-resubmit form and the download. The form
 * is dynamic (its fields come from the bundle), so it is read and checked by {@link PageInput} and
 * {@link FormRules} instead of a bound form object.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class CitizenApplicationPages {

	private final Catalog catalog;
	private final ServiceDefinitions definitions;
	private final ApplicantRecords applicants;
	private final FormInputs inputs;
	private final ApplicationIntake intake;
	private final Submissions submissions;
	private final ApplicationAccess access;
	private final ApplicationPage page;
	private final DocumentStore documents;
	private final CitizenAccounts citizens;
	private final PaymentWait payments;
	private final FeeTexts fees;

	CitizenApplicationPages(Catalog catalog, ServiceDefinitions definitions, ApplicantRecords applicants,
			FormInputs inputs, ApplicationIntake intake, Submissions submissions, ApplicationAccess access,
			ApplicationPage page, DocumentStore documents, CitizenAccounts citizens, PaymentWait payments,
			FeeTexts fees) {
		this.catalog = catalog;
		this.definitions = definitions;
		this.applicants = applicants;
		this.inputs = inputs;
		this.intake = intake;
		this.submissions = submissions;
		this.access = access;
		this.page = page;
		this.documents = documents;
		this.citizens = citizens;
		this.payments = payments;
		this.fees = fees;
	}

	/** The form; query parameters prefill fields the applicant enters (a "Bayar" link names the tax object). */
	@GetMapping("/warga/layanan/{code}")
	String form(@PathVariable String code, @RequestParam Map<String, String> prefill,
			@AuthenticationPrincipal PaduUser user, Model model) {
		Map<String, String> values = new LinkedHashMap<>();
		definitions.require(code).manifest().fields().stream()
			.filter(f -> !f.fromRegistry() && f.type() != FieldType.FILE && prefill.containsKey(f.name()))
			.forEach(f -> values.put(f.name(), prefill.get(f.name())));
		return formPage(code, user, values, List.of(), UUID.randomUUID().toString(), model);
	}

	@PostMapping("/warga/layanan/{code}")
	String submit(@PathVariable String code, @RequestParam(defaultValue = "") String idempotencyKey,
			HttpServletRequest request, @AuthenticationPrincipal PaduUser user, Model model,
			RedirectAttributes redirect) {
		ServiceManifest manifest = definitions.require(code).manifest();
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> input = PageInput.read(manifest, request, documents, problems);
		String key = idempotencyKey.isBlank() || idempotencyKey.length() > ApplicationIntake.MAX_KEY
				? UUID.randomUUID().toString() : idempotencyKey;
		if (problems.isEmpty()) {
			try {
				ServiceApplication made = intake.submit(user, code, input, key).application();
				redirect.addFlashAttribute("servicesMessage", "services.apply.done");
				return "redirect:/warga/permohonan/" + made.getId();
			} catch (InvalidApplicationException e) {
				problems.addAll(e.problems());
			}
		}
		return formPage(code, user, PageInput.shown(input), problems, key, model);
	}

	@GetMapping("/warga/permohonan")
	String mine(@AuthenticationPrincipal PaduUser user, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("applications", submissions.mine(user).stream().map(a -> ApplicationView.of(a,
				definitions.version(a.bundleId()).manifest().name().in(locale))).toList());
		return "services/my-applications";
	}

	@GetMapping("/warga/permohonan/{id}")
	String one(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		return applicationPage(access.own(user, id), List.of(), null, model);
	}

	@PostMapping("/warga/permohonan/{id}/perbaikan")
	String resubmit(@PathVariable UUID id, HttpServletRequest request, @AuthenticationPrincipal PaduUser user,
			Model model, RedirectAttributes redirect) {
		ServiceApplication application = access.own(user, id);
		ServiceManifest manifest = definitions.version(application.bundleId()).manifest();
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> input = PageInput.read(manifest, request, documents, problems);
		if (problems.isEmpty()) {
			try {
				submissions.resubmit(user, id, input);
				redirect.addFlashAttribute("servicesMessage", "services.apply.resubmitted");
				return "redirect:/warga/permohonan/" + id;
			} catch (InvalidApplicationException e) {
				problems.addAll(e.problems());
			}
		}
		return applicationPage(application, problems, PageInput.shown(input), model);
	}

	private String formPage(String code, PaduUser user, Map<String, String> values, List<FieldProblem> problems,
			String key, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		DeployedService service = definitions.require(code);
		Nik nik = citizens.nikOf(user.accountId()).orElseThrow(() -> new NotFoundException(
				"services.applicant.notInRegistry"));
		ApplicantSnapshot applicant = applicants.read(nik, ApplicantRecords.applyPurpose(code));
		model.addAttribute("service", catalog.entry(service, locale));
		FeeRule fee = service.manifest().fee();
		model.addAttribute("feeEstimate", fee.unitField() == null ? null
				: fees.estimate(fee, values.get(fee.unitField()), locale));
		model.addAttribute("inputs", inputs.inputs(service.manifest(), values, applicant, problems, locale));
		model.addAttribute("hasErrors", !problems.isEmpty());
		model.addAttribute("idempotencyKey", key);
		return "services/apply";
	}

	private String applicationPage(ServiceApplication application, List<FieldProblem> problems,
			Map<String, String> entered, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		ApplicantSnapshot applicant = page.fill(model, application,
				ApplicantRecords.applyPurpose(application.serviceCode()), locale);
		if (application.status() == ApplicationStatus.AWAITING_PAYMENT) {
			payments.billOf(application).ifPresent(bill -> model.addAttribute("bill", bill));
		}
		if (application.status() == ApplicationStatus.NEEDS_REVISION) {
			ServiceManifest manifest = definitions.version(application.bundleId()).manifest();
			Map<String, String> values = entered != null ? entered : FormData.read(application.data());
			model.addAttribute("inputs", inputs.inputs(manifest, values, applicant, problems, locale));
			model.addAttribute("hasErrors", !problems.isEmpty());
		}
		return "services/my-application";
	}
}
