package id.padu.documents.internal;

import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Map;

/**
 * Public verification for other systems (no sign-in; identity's security configuration lists the path). The
 * upload is rate-limited per address like the public forms.
 */
@RestController
@Tag(name = "Document verification", description = "Public check of a signed document by its verification code")
class VerificationApiController {

	private final PublicVerification verification;
	private final UploadedPdf uploads;
	private final MessageSource messages;

	VerificationApiController(PublicVerification verification, UploadedPdf uploads, MessageSource messages) {
		this.verification = verification;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping("/api/v1/documents/verify/{code}")
	@Operation(summary = "What was signed, by whom, when, its SHA-256 and whether it is VALID or REVOKED; 404 for an "
			+ "unknown code. No personal data of the person the document concerns")
	Map<String, Object> verify(@PathVariable String code) {
		return IssuedDocumentJson.verification(found(code));
	}

	@PostMapping(path = "/api/v1/documents/verify/{code}", consumes = "application/pdf")
	@Operation(summary = "Compare a PDF (request body, application/pdf) with the issued document: matches is true only "
			+ "when the bytes are the same (SHA-256) and the embedded signature is valid with the signer's certificate")
	ResponseEntity<Object> check(@PathVariable String code, HttpServletRequest request) throws IOException {
		VerificationResult document = found(code);
		UploadedPdf.Read read = uploads.read(request.getInputStream());
		if (read.problemKey() != null) {
			HttpStatus status = read.problemKey().equals("documents.verify.upload.notPdf") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
					: HttpStatus.UNPROCESSABLE_CONTENT;
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					messages.getMessage(read.problemKey(), read.problemArgs(), LocaleContextHolder.getLocale()));
			problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(),
					LocaleContextHolder.getLocale()));
			problem.setProperty("code", read.problemKey());
			return ResponseEntity.status(status).body(problem);
		}
		return ResponseEntity.ok(IssuedDocumentJson.check(verification.check(code, read.bytes()).orElseThrow(), document));
	}

	private VerificationResult found(String code) {
		return verification.find(code).orElseThrow(() -> new NotFoundException("documents.issued.notFound"));
	}
}
