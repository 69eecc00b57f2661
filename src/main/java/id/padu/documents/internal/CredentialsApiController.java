package id.padu.documents.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Signing certificates through the API (ADMIN): list, and import a head's PKCS#12 (e.g. from BSrE). */
@RestController
@RequestMapping("/api/v1/signing-credentials")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Signing certificates", description = "Certificates heads sign with; import of PKCS#12 files")
class CredentialsApiController {

	private final CredentialImport credentials;

	CredentialsApiController(CredentialImport credentials) {
		this.credentials = credentials;
	}

	@GetMapping
	@Operation(summary = "Certificates of the pemda (the demo CA and each signer's), active and replaced")
	List<Map<String, Object>> list() {
		return credentials.all().stream().map(CredentialsApiController::json).toList();
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a head's PKCS#12: multipart username, file and password. The password becomes the head's "
			+ "signing passphrase; the certificate must be valid today and allow digital signatures")
	Map<String, Object> importPkcs12(@RequestParam(required = false) String username,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String password) throws IOException {
		// Session callers send a CSRF token with this multipart body (identity's ApiCsrfPolicy); bearer callers need none.
		return json(credentials.importPkcs12(username, CredentialsPageController.read(file),
				password == null ? null : password.toCharArray()));
	}

	private static Map<String, Object> json(SigningCredential c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", c.getId().toString());
		json.put("kind", c.kind().name());
		json.put("source", c.source().name());
		json.put("username", c.username());
		json.put("subject", c.subject());
		json.put("issuer", c.issuer());
		json.put("serialNumber", c.serialNumber());
		json.put("validFrom", c.validFrom().toString());
		json.put("validUntil", c.validUntil().toString());
		json.put("active", c.isActive());
		return json;
	}
}
