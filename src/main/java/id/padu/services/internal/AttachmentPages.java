package id.padu.services.internal;

import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** Opens an application's uploaded document: for the applicant and for officers and heads of the OPD. */
@Controller
class AttachmentPages {

	private final ApplicationAccess access;
	private final DocumentStore documents;

	AttachmentPages(ApplicationAccess access, DocumentStore documents) {
		this.access = access;
		this.documents = documents;
	}

	@GetMapping({ "/warga/permohonan/{id}/berkas", "/kantor/layanan/permohonan/{id}/berkas" })
	@PreAuthorize("hasAnyRole('CITIZEN','OFFICER','HEAD')")
	ResponseEntity<InputStreamResource> open(@PathVariable UUID id, @RequestParam String field,
			@AuthenticationPrincipal PaduUser user) {
		ServiceApplication application = access.readable(user, id);
		String sha256 = FormData.read(application.data()).get(field);
		StoredFile file = sha256 == null ? null : documents.find(sha256).orElse(null);
		if (file == null) {
			throw new NotFoundException("services.attachment.notFound");
		}
		String name = file.originalName() == null ? field : file.originalName();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(new InputStreamResource(documents.open(sha256)));
	}
}
