package id.padu.eoffice.internal.incoming;

import id.padu.eoffice.Urgency;
import id.padu.identity.PaduUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Incoming letters over the API: the secretariat registers (multipart with the scan, or JSON without), disposers
 * dispose down the hierarchy, recipients mark read and report. Reading a letter is an audited opening.
 */
@RestController
@RequestMapping("/api/v1/incoming-letters")
@Tag(name = "E-office: incoming letters")
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class IncomingLetterApiController {

	static final String REGISTRARS = "hasAnyRole('SECRETARIAT','ADMIN')";

	/** A recipient: {@code {"position": code}} or {@code {"username": name}}. */
	record Recipient(String position, String username) {
	}

	record DisposeBody(UUID parentDispositionId, @NotEmpty(message = "{disposition.recipient.required}") List<Recipient> recipients,
			List<String> instructions, String note, LocalDate deadline, Urgency urgency) {

		DispositionRequest toRequest() {
			return new DispositionRequest(parentDispositionId,
					recipients.stream().map(Recipient::position).filter(p -> p != null && !p.isBlank()).toList(),
					recipients.stream().map(Recipient::username).filter(u -> u != null && !u.isBlank()).toList(),
					instructions, note, deadline, urgency);
		}
	}

	record Registered(UUID id, String agendaNumber) {
	}

	record Disposed(List<UUID> ids) {
	}

	private final Registration registration;
	private final Dispositions dispositions;
	private final LetterOpenings openings;

	IncomingLetterApiController(Registration registration, Dispositions dispositions, LetterOpenings openings) {
		this.registration = registration;
		this.dispositions = dispositions;
		this.openings = openings;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(REGISTRARS)
	@Operation(summary = "Register a received letter: part 'metadata' (JSON) and part 'file' (the scan: PDF, JPEG or PNG)")
	ResponseEntity<Registered> registerWithScan(@Valid @RequestPart("metadata") RegistrationRequest metadata,
			@RequestPart(value = "file", required = false) MultipartFile file, @AuthenticationPrincipal PaduUser user) {
		return created(registration.register(metadata.toData(), Registration.scanOf(file), user));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(REGISTRARS)
	@Operation(summary = "Register a received letter without a scan (JSON body as the 'metadata' part)")
	ResponseEntity<Registered> register(@Valid @RequestBody RegistrationRequest metadata,
			@AuthenticationPrincipal PaduUser user) {
		return created(registration.register(metadata.toData(), null, user));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One letter with its disposition tree; an audited opening, 404 without clearance")
	IncomingLetterView letter(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		return openings.open(id, user, "API").view();
	}

	@PostMapping(value = "/{id}/dispositions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Dispose the letter (or, with parentDispositionId, a disposition received) to positions below")
	ResponseEntity<Disposed> dispose(@PathVariable UUID id, @Valid @RequestBody DisposeBody body,
			@AuthenticationPrincipal PaduUser user) {
		List<UUID> ids = dispositions.dispose(id, body.toRequest(), user);
		return ResponseEntity.created(URI.create("/api/v1/incoming-letters/" + id)).body(new Disposed(ids));
	}

	@PostMapping("/{id}/dispositions/{dispositionId}/read")
	@Operation(summary = "Mark a disposition received by the caller's position as read")
	ResponseEntity<Void> read(@PathVariable UUID id, @PathVariable UUID dispositionId,
			@AuthenticationPrincipal PaduUser user) {
		dispositions.markRead(id, dispositionId, user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(value = "/{id}/dispositions/{dispositionId}/follow-up", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Close a disposition with a follow-up report: 'note' and any number of 'attachments'")
	ResponseEntity<Void> followUp(@PathVariable UUID id, @PathVariable UUID dispositionId,
			@RequestParam("note") String note,
			@RequestPart(value = "attachments", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal PaduUser user) throws IOException {
		dispositions.report(id, dispositionId, note, attachments(files), user);
		return ResponseEntity.noContent().build();
	}

	static List<Dispositions.Attachment> attachments(List<MultipartFile> files) throws IOException {
		List<Dispositions.Attachment> out = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					out.add(new Dispositions.Attachment(file.getInputStream(), file.getOriginalFilename()));
				}
			}
		}
		return out;
	}

	private static ResponseEntity<Registered> created(IncomingLetter letter) {
		return ResponseEntity.created(URI.create("/api/v1/incoming-letters/" + letter.getId()))
			.body(new Registered(letter.getId(), letter.agendaNumber()));
	}
}
