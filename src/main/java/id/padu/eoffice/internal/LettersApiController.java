package id.padu.eoffice.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Outgoing letters for staff: draft, submit, review (paraf), sign, read, download the signed PDF. */
@RestController
@RequestMapping("/api/v1/letters")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN','AUDITOR')")
@Tag(name = "Letters", description = "E-office outgoing letters (naskah dinas keluar)")
class LettersApiController {

	record Review(String decision, String note) {
	}

	record Sign(String passphrase, UUID reservationId) {
	}

	record Signed(String number, Instant signedAt, LocalDate letterDate) {
	}

	record Reservation(String unitCode, LocalDate date, String reason) {
	}

	private final LetterDrafting drafting;
	private final LetterReviews reviews;
	private final SigningTurns signing;
	private final LetterAccess access;
	private final LetterViews views;
	private final NumberReservations reservations;
	private final SignedLetterPdf pdfs;
	private final LetterAttachmentDownload attachmentFiles;
	private final MessageSource messages;

	LettersApiController(LetterDrafting drafting, LetterReviews reviews, SigningTurns signing, LetterAccess access,
			LetterViews views, NumberReservations reservations, SignedLetterPdf pdfs,
			LetterAttachmentDownload attachmentFiles, MessageSource messages) {
		this.attachmentFiles = attachmentFiles;
		this.messages = messages;
		this.drafting = drafting;
		this.reviews = reviews;
		this.signing = signing;
		this.access = access;
		this.views = views;
		this.reservations = reservations;
		this.pdfs = pdfs;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Draft a letter: {type, classificationCode, subject, body, signerUsername, reviewerUsernames, "
			+ "recipients: [{username}|{opd}|{email,name}], tembusan, securityClass, urgency, attachmentNote, "
			+ "signerPositionCode}; 201 {id}. Unknown users, units or codes answer 422 and nothing is written")
	ResponseEntity<Map<String, UUID>> create(@RequestBody DraftCommand body, @AuthenticationPrincipal PaduUser user) {
		UUID id = drafting.create(body, user.getUsername());
		return ResponseEntity.created(URI.create("/api/v1/letters/" + id)).body(Map.of("id", id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a new version of a draft or of a returned letter (its drafter only)")
	LetterView revise(@PathVariable UUID id, @RequestBody DraftCommand body, @AuthenticationPrincipal PaduUser user) {
		drafting.revise(id, body, user.getUsername());
		return views.view(access.open(id, user.getUsername(), "edit"), user.getUsername());
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a PDF, JPEG or PNG (checked by content, size limited) to a draft")
	LetterView attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file, @AuthenticationPrincipal PaduUser user) {
		try (InputStream in = file.getInputStream()) {
			drafting.attach(id, user.getUsername(), in, file.getOriginalFilename());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return views.view(access.open(id, user.getUsername(), "attach"), user.getUsername());
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Send the draft to its reviewers in order (or to the signer when it has none)")
	LetterView submit(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		drafting.submit(id, user.getUsername());
		return views.view(access.open(id, user.getUsername(), "submit"), user.getUsername());
	}

	@PostMapping(path = "/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The current reviewer approves (paraf) or returns with a note: {decision: approve|return, note}")
	LetterView review(@PathVariable UUID id, @RequestBody Review body, @AuthenticationPrincipal PaduUser user) {
		reviews.decide(id, user.getUsername(), body.decision(), body.note());
		return views.view(access.open(id, user.getUsername(), "review"), user.getUsername());
	}

	@PostMapping(path = "/{id}/sign", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The holder of the signing position signs with the signing passphrase: the letter is numbered, "
			+ "PAdES-signed and sent; {number, signedAt}. A wrong passphrase is 422 and takes no number")
	Signed sign(@PathVariable UUID id, @RequestBody Sign body, @AuthenticationPrincipal PaduUser user) {
		if (body == null || body.passphrase() == null || body.passphrase().isEmpty()) {
			throw new BusinessRuleViolation("eoffice.sign.passphrase");
		}
		LetterSigning.Signed signed = signing.sign(id, user.getUsername(), body.passphrase().toCharArray(),
				body.reservationId());
		return new Signed(signed.number(), signed.signedAt(), signed.letterDate());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A letter, if the caller may open it (every opening is audited; a recipient's first is its read receipt)")
	LetterView get(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		return views.view(access.open(id, user.getUsername(), "read"), user.getUsername());
	}

	@GetMapping("/{id}/pdf")
	@Operation(summary = "The signed PDF of a signed letter the caller may open")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		return pdfs.download(id, user.getUsername());
	}

	@GetMapping("/{id}/attachments/{sha256}")
	@Operation(summary = "An attachment of a letter the caller may open, by the sha256 the letter lists")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable String sha256,
			@AuthenticationPrincipal PaduUser user) {
		return attachmentFiles.download(id, sha256, user.getUsername());
	}

	/**
	 * Two people acting on one letter at the same moment (two signings, a review and a revision): the loser is told
	 * to look again rather than given a 500. On H2 a row lock taken after another transaction changed the row fails
	 * this way; PostgreSQL waits and the loser meets the changed state (e.g. "already signed") instead.
	 */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("eoffice.letter.concurrent", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", "eoffice.letter.concurrent");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@PostMapping(path = "/number-reservations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Secretariat: set a number aside for a back-dated letter {unitCode, date, reason}; audited")
	Map<String, Object> reserve(@RequestBody Reservation body, @AuthenticationPrincipal PaduUser user) {
		NumberReservation reserved = reservations.reserve(body.unitCode(), body.date(), body.reason(), user);
		return Map.of("id", reserved.getId(), "number", reserved.getNumberValue(), "date", reserved.getLetterDate());
	}
}
