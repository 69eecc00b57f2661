package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.eoffice.Urgency;
import id.padu.identity.PaduUser;
import id.padu.organization.OrganizationDirectory;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.shared.web.Formats;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The secretariat's agenda book and registration form, and the letter page everyone cleared may open. */
@Controller
@RequestMapping("/kantor/surat-masuk")
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class IncomingLetterPages {

	private final Registration registration;
	private final LetterOpenings openings;
	private final AgendaBookView book;
	private final OrganizationDirectory directory;
	private final DocumentStore documents;
	private final IncomingLetterAccess access;
	private final SmartValidator validator;
	private final Clock clock;

	IncomingLetterPages(Registration registration, LetterOpenings openings, AgendaBookView book,
			OrganizationDirectory directory, DocumentStore documents, IncomingLetterAccess access,
			SmartValidator validator, Clock clock) {
		this.registration = registration;
		this.openings = openings;
		this.book = book;
		this.directory = directory;
		this.documents = documents;
		this.access = access;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SECRETARIAT','ADMIN','HEAD')")
	String list(@RequestParam(name = "opd", required = false) String opd,
			@RequestParam(name = "tahun", required = false) Integer year, @AuthenticationPrincipal PaduUser user,
			Model model) {
		int shown = year == null ? LocalDate.now(clock.withZone(Formats.JAKARTA)).getYear() : year;
		model.addAttribute("rows", book.rows(opd == null || opd.isBlank() ? null : opd, shown, user));
		model.addAttribute("opd", opd);
		model.addAttribute("year", shown);
		model.addAttribute("opds", directory.units().stream().filter(u -> u.kind().isOpd()).toList());
		return "eoffice/incoming/list";
	}

	@GetMapping("/baru")
	@PreAuthorize(IncomingLetterApiController.REGISTRARS)
	String form(Model model) {
		RegistrationForm form = new RegistrationForm();
		form.setReceivedDate(LocalDate.now(clock.withZone(Formats.JAKARTA)));
		return formPage(form, model);
	}

	@PostMapping("/baru")
	@PreAuthorize(IncomingLetterApiController.REGISTRARS)
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors,
			@AuthenticationPrincipal PaduUser user, Model model) {
		validator.validate(form.toRequest(), errors);
		if (errors.hasErrors()) {
			return formPage(form, model);
		}
		try {
			IncomingLetter letter = registration.register(form.toRequest().toData(), Registration.scanOf(form.getScan()),
					user);
			return "redirect:/kantor/surat-masuk/" + letter.getId() + "?baru";
		} catch (BusinessRuleViolation e) {
			String field = e.messageKey().startsWith("classification.") ? "classificationCode"
					: e.messageKey().startsWith("documents.") ? "scan" : null;
			if (field == null) {
				errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			} else {
				errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
			}
			return formPage(form, model);
		}
	}

	@GetMapping("/{id}")
	String letter(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		LetterOpenings.Opened opened = openings.open(id, user, "PAGE");
		model.addAttribute("letter", opened.view());
		model.addAttribute("myPositions", access.viewerOf(user).positions());
		return "eoffice/incoming/letter";
	}

	@GetMapping("/{id}/pindaian")
	ResponseEntity<InputStreamResource> scan(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		IncomingLetter letter = openings.open(id, user, "SCAN").letter();
		if (letter.scanSha256() == null) {
			throw new NotFoundException("disposition.letter.notFound");
		}
		return file(letter.scanSha256(), letter.scanName());
	}

	@GetMapping("/{id}/lampiran/{attachmentId}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal PaduUser user) {
		IncomingLetterView view = openings.open(id, user, "ATTACHMENT").view();
		IncomingLetterView.File file = view.tree().stream().flatMap(n -> n.attachments().stream())
			.filter(f -> f.id().equals(attachmentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("disposition.notFound"));
		return file(book.attachmentSha(attachmentId), file.name());
	}

	private ResponseEntity<InputStreamResource> file(String sha256, String name) {
		String type = documents.find(sha256).map(StoredFile::mediaType).orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name == null ? "surat" : name)
				.build().toString())
			.body(new InputStreamResource(documents.open(sha256)));
	}

	private String formPage(RegistrationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("opds", directory.units().stream().filter(u -> u.kind().isOpd()).toList());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("securityClasses", SecurityClass.values());
		return "eoffice/incoming/register";
	}
}
