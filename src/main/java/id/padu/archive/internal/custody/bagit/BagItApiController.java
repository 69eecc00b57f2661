package id.padu.archive.internal.custody.bagit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

/** Transfer packages over the API: a berkas out as a BagIt zip, and a BagIt zip in as a new berkas. */
@RestController
@Tag(name = "Archive: custody")
class BagItApiController {

	private final BagItExport export;
	private final BagItImport imports;

	BagItApiController(BagItExport export, BagItImport imports) {
		this.export = export;
		this.imports = imports;
	}

	@GetMapping("/api/v1/archive/berkas/{id}/bagit")
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN') or hasAuthority('SCOPE_archive.read')")
	@Operation(summary = "The berkas as a BagIt 1.0 package (zip): files, Dublin Core metadata, SHA-256 manifests")
	void bagit(@PathVariable UUID id, Authentication caller, HttpServletResponse response) throws IOException {
		// Planned (and access checked) before the first byte, so a refusal is still a problem detail.
		BagItExport.Plan plan = export.plan(id, caller);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("berkas-" + BagNames.safe(plan.berkas().berkasNumber().replace('/', '-'), "berkas") + ".zip")
			.build().toString());
		export.write(plan, response.getOutputStream());
	}

	@PostMapping(value = "/api/v1/archive/bagit", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN') or hasAuthority('SCOPE_archive.write')")
	@Operation(summary = "Import a BagIt package (part 'file', a zip) as a new berkas; refused whole on any fault")
	ResponseEntity<BagItImport.Imported> receive(@RequestPart("file") MultipartFile file, Authentication caller)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			BagItImport.Imported imported = imports.receive(in, caller.getName());
			return ResponseEntity.created(URI.create("/api/v1/archive/berkas/" + imported.berkasId())).body(imported);
		}
	}
}
