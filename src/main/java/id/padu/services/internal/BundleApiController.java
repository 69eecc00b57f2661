package id.padu.services.internal;

import id.padu.identity.PaduUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service bundles of the pemda: upload a new service or version (validated before activation), list versions. */
@RestController
@RequestMapping("/api/v1/service-bundles")
@Tag(name = "Service bundles", description = "Service definitions as versioned bundles (ADMIN)")
@PreAuthorize("hasRole('ADMIN')")
class BundleApiController extends ProblemAnswers {

	private final BundleDeployer deployer;
	private final ServiceDefinitions definitions;

	BundleApiController(BundleDeployer deployer, ServiceDefinitions definitions, MessageSource messages) {
		super(messages);
		this.deployer = deployer;
		this.definitions = definitions;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a bundle (multipart part 'bundle': a zip with service.yml, process.bpmn20.xml and "
			+ "output.html). It is validated completely before activation: 201 {code, version, ...}, or 422 with every "
			+ "problem [{file, where, code, message}]. Running applications finish on the version they started with")
	ResponseEntity<Map<String, Object>> upload(@RequestPart(name = "bundle", required = false) MultipartFile bundle,
			@AuthenticationPrincipal PaduUser user) throws IOException {
		byte[] zip = bundle == null ? new byte[0] : bundle.getBytes();
		BundleRecord record = deployer.deploy(BundleArchive.unzip(zip), BundleRecord.Origin.UPLOAD, user.getUsername());
		return ResponseEntity.status(HttpStatus.CREATED).body(json(record));
	}

	@GetMapping
	@Operation(summary = "Every deployed version of every service, newest version first per service")
	List<Map<String, Object>> versions() {
		return definitions.versions().stream().map(BundleApiController::json).toList();
	}

	static Map<String, Object> json(BundleRecord record) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", record.getId().toString());
		json.put("code", record.code());
		json.put("version", record.bundleVersion());
		json.put("name", record.name());
		json.put("opd", record.opdCode());
		json.put("origin", record.origin().name());
		json.put("deployedBy", record.deployedBy());
		json.put("deployedAt", record.deployedAt().toString());
		json.put("sha256", record.contentSha256());
		return json;
	}
}
