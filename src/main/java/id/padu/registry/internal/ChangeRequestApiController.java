package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.documents.DocumentRejectedException;
import id.padu.identity.PaduUser;
import id.padu.registry.IdentifierRules;
import id.padu.registry.InvalidPurposeException;
import id.padu.registry.Purpose;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Corrections through the API: make a request, list them, decide one; a resident's field history. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry corrections", description = "Change requests for resident data, decided by a head, and field history")
class ChangeRequestApiController {

	record Decision(@NotBlank(message = "{registry.correction.decision.invalid}")
			@Pattern(regexp = "approve|reject", message = "{registry.correction.decision.invalid}") String decision,
			String note) {
	}

	private final ChangeRequests requests;
	private final CorrectionHistory history;
	private final ChangeRequestChanges changes;
	private final IdentifierRules identifiers;
	private final RegistryReads reads;
	private final MessageSource messages;

	ChangeRequestApiController(ChangeRequests requests, CorrectionHistory history, ChangeRequestChanges changes,
			IdentifierRules identifiers, RegistryReads reads, MessageSource messages) {
		this.requests = requests;
		this.history = history;
		this.changes = changes;
		this.identifiers = identifiers;
		this.reads = reads;
		this.messages = messages;
	}

	@PostMapping(path = "/residents/{nik}/change-requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
	@Operation(summary = "Request a correction: multipart with changes (JSON [{field, newValue}]), reason and "
			+ "document (PDF, JPEG or PNG); answers 201 {id, status}")
	ResponseEntity<Map<String, Object>> submit(@PathVariable String nik,
			@RequestParam(name = "changes", required = false) String changesJson,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestPart(name = "document", required = false) MultipartFile document,
			@AuthenticationPrincipal PaduUser user) throws IOException {
		// Session callers send a CSRF token with this multipart body (identity's ApiCsrfPolicy); bearer callers need none.
		Nik checked = identifiers.nik(nik);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.resident.notFound");
		}
		Map<String, String> wanted = changes.parse(changesJson);
		boolean noFile = document == null || document.isEmpty() && document.getOriginalFilename() == null;
		try (InputStream content = noFile ? null : document.getInputStream()) {
			ChangeRequest made = requests.submit(checked, wanted, reason, content,
					noFile ? null : document.getOriginalFilename(), user);
			return ResponseEntity.created(URI.create("/api/v1/change-requests/" + made.getId()))
				.body(Map.of("id", made.getId().toString(), "status", made.status().name()));
		}
	}

	@GetMapping("/change-requests")
	@PreAuthorize(ResidentApiController.STAFF)
	@Operation(summary = "Change requests of the pemda, newest first (at most 200); optional status: "
			+ "DIAJUKAN, DISETUJUI, DITOLAK, DITARIK")
	List<Map<String, Object>> list(@RequestParam(required = false) ChangeRequestStatus status) {
		return requests.list(status).stream().map(ChangeRequestJson::request).toList();
	}

	@PostMapping("/change-requests/{id}/decision")
	@PreAuthorize("hasRole('HEAD')")
	@Operation(summary = "Approve or reject a pending request: {\"decision\": \"approve\"|\"reject\", \"note\"}; "
			+ "a rejection needs a note. Only a head in the requester's chain of command, never the requester")
	Map<String, Object> decide(@PathVariable UUID id, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal PaduUser user) {
		return ChangeRequestJson.request(requests.decide(id, "approve".equals(decision.decision()), decision.note(), user));
	}

	@GetMapping("/residents/{nik}/history")
	@PreAuthorize(ResidentApiController.STAFF)
	@Operation(summary = "Every correctable field of a resident: initial value, each approved change, current value; "
			+ "header X-Purpose required; logged as a read")
	Map<String, Object> history(@PathVariable String nik,
			@RequestHeader(name = ResidentApiController.PURPOSE_HEADER, required = false) String purpose) {
		Nik checked = identifiers.nik(nik);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.resident.notFound");
		}
		return ChangeRequestJson.history(history.read(checked, new Purpose(purpose), Channel.API));
	}

	@ExceptionHandler(InvalidCorrectionException.class)
	ProblemDetail invalid(InvalidCorrectionException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments());
		problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
				"message", message(p.messageKey(), p.args()))).toList());
		return problem;
	}

	@ExceptionHandler(ChangeRequestConflict.class)
	ProblemDetail conflict(ChangeRequestConflict e) {
		return problem(HttpStatus.CONFLICT, e.messageKey(), e.arguments());
	}

	/** A file that is not a PDF, JPEG or PNG is an unsupported media type; an empty or large one breaks a rule. */
	@ExceptionHandler(DocumentRejectedException.class)
	ProblemDetail rejectedDocument(DocumentRejectedException e) {
		HttpStatus status = e.messageKey().equals("documents.rejected.type") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
				: HttpStatus.UNPROCESSABLE_CONTENT;
		return problem(status, e.messageKey(), e.arguments());
	}

	@ExceptionHandler(InvalidPurposeException.class)
	ProblemDetail invalidPurpose(InvalidPurposeException e) {
		return problem(HttpStatus.BAD_REQUEST, e.messageKey(), ResidentApiController.PURPOSE_HEADER);
	}

	private ProblemDetail problem(HttpStatus status, String key, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, args));
		problem.setTitle(message("error.title." + status.value()));
		problem.setProperty("code", key);
		return problem;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
