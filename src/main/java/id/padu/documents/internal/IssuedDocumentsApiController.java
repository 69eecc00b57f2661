package id.padu.documents.internal;

import id.padu.identity.PaduUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Issued documents for staff: an ADMIN sees and revokes every document of the pemda, a head the ones they signed. */
@RestController
@RequestMapping("/api/v1/documents")
@PreAuthorize("hasAnyRole('ADMIN','HEAD')")
@Tag(name = "Issued documents", description = "Signed documents of the pemda: list, download, revoke")
class IssuedDocumentsApiController {

	/** {@code reason} is required; checked after the document is found, so another pemda's id answers 404. */
	record Revocation(String reason) {
	}

	private final IssuedDocuments documents;
	private final VerificationLinks links;

	IssuedDocumentsApiController(IssuedDocuments documents, VerificationLinks links) {
		this.documents = documents;
		this.links = links;
	}

	@GetMapping
	@Operation(summary = "Issued documents, newest first (at most 200): all of the pemda for an ADMIN, one's own for a head")
	List<Map<String, Object>> list(@AuthenticationPrincipal PaduUser user) {
		return documents.visibleTo(user).stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One issued document with its status and revocation")
	Map<String, Object> one(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		return json(documents.manageable(id, user));
	}

	@GetMapping("/{id}/content")
	@Operation(summary = "The signed PDF")
	ResponseEntity<byte[]> content(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		IssuedDocumentRecord document = documents.manageable(id, user);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(IssueRules.fileName(document.text()), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(documents.content(id, user));
	}

	@PostMapping("/{id}/revocation")
	@Operation(summary = "Revoke a document: {\"reason\": \"...\"} (required); the public verification page then says "
			+ "REVOKED with the date and reason. ADMIN or the signer; 422 when already revoked")
	Map<String, Object> revoke(@PathVariable UUID id, @RequestBody(required = false) Revocation revocation,
			@AuthenticationPrincipal PaduUser user) {
		return json(documents.revoke(id, revocation == null ? null : revocation.reason(), user));
	}

	private Map<String, Object> json(IssuedDocumentRecord document) {
		return IssuedDocumentJson.staff(document, links.url(document.toIssuedDocument().verificationCode()));
	}
}
