package id.padu.registry.internal;

import id.padu.audit.AuditTrail;
import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The heads' queue and everyone's own requests ({@code /kantor/perbaikan}), one request with its
 * diff, document and decision, and the document itself. Showing old and new values is a read of the
 * resident's data, logged with the purpose "Pemeriksaan permohonan perbaikan data".
 */
@Controller
@RequestMapping("/kantor/perbaikan")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','ADMIN')")
class ChangeRequestPagesController {

	private final ChangeRequests requests;
	private final DocumentStore documents;
	private final PersonalDataAccessLog log;
	private final Readers readers;
	private final AuditTrail audit;
	private final MessageSource messages;

	ChangeRequestPagesController(ChangeRequests requests, DocumentStore documents, PersonalDataAccessLog log,
			Readers readers, AuditTrail audit, MessageSource messages) {
		this.requests = requests;
		this.documents = documents;
		this.log = log;
		this.readers = readers;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	@Transactional
	String queue(@AuthenticationPrincipal PaduUser user, Model model) {
		List<ChangeRequestViews.RequestView> waiting = requests.decidableBy(user).stream().map(ChangeRequest::toView).toList();
		waiting.forEach(this::logRead);
		model.addAttribute("waiting", waiting);
		model.addAttribute("mine", requests.madeBy(user.getUsername()));
		return "registry/correction-queue";
	}

	@GetMapping("/{id}")
	@Transactional
	String request(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, Model model) {
		ChangeRequest request = requests.request(id);
		ChangeRequestViews.RequestView view = request.toView();
		logRead(view);
		model.addAttribute("request", view);
		model.addAttribute("mayDecide", requests.mayDecide(request, user));
		model.addAttribute("mayWithdraw", view.isPending() && view.requestedBy().equals(user.getUsername()));
		model.addAttribute("document", documents.find(request.documentSha256()).orElse(null));
		return "registry/correction-request";
	}

	@PostMapping("/{id}/keputusan")
	@PreAuthorize("hasRole('HEAD')")
	String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, @AuthenticationPrincipal PaduUser user,
			RedirectAttributes redirect) {
		requests.request(id);
		try {
			boolean approve = "approve".equals(decision);
			if (!approve && !"reject".equals(decision)) {
				throw new BusinessRuleViolation("registry.correction.decision.invalid");
			}
			requests.decide(id, approve, note, user);
			redirect.addFlashAttribute("correctionMessage",
					approve ? "registry.correction.approved" : "registry.correction.rejected");
		} catch (InvalidCorrectionException e) {
			redirect.addFlashAttribute("correctionError", e.messageKey());
			redirect.addFlashAttribute("correctionErrorArgs", e.arguments());
			redirect.addFlashAttribute("note", note);
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("correctionError", e.messageKey());
			redirect.addFlashAttribute("correctionErrorArgs", e.arguments());
		}
		return "redirect:/kantor/perbaikan/" + id;
	}

	@PostMapping("/{id}/tarik")
	String withdraw(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		requests.request(id);
		try {
			requests.withdraw(id, user);
			redirect.addFlashAttribute("correctionMessage", "registry.correction.withdrawn");
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("correctionError", e.messageKey());
			redirect.addFlashAttribute("correctionErrorArgs", e.arguments());
		}
		return "redirect:/kantor/perbaikan/" + id;
	}

	/** The supporting document, shown in the browser as the type its content has, never sniffed as another. */
	@GetMapping("/{id}/dokumen")
	@Transactional
	ResponseEntity<InputStreamResource> document(@PathVariable UUID id) {
		ChangeRequest request = requests.request(id);
		StoredFile file = documents.find(request.documentSha256())
			.orElseThrow(() -> new NotFoundException("documents.file.notFound"));
		audit.record("OPEN", "ChangeRequestDocument", id.toString(), file.sha256());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(request.documentName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(documents.open(file.sha256())));
	}

	private void logRead(ChangeRequestViews.RequestView view) {
		List<String> fields = java.util.stream.Stream.concat(java.util.stream.Stream.of("nik"),
				view.items().stream().map(i -> i.field().residentField().jsonName())).distinct().toList();
		log.record(Nik.of(view.nik()), readers.current(),
				messages.getMessage("registry.correction.purpose.review", null, Purposes.INDONESIAN), fields, Channel.PAGE);
	}
}
