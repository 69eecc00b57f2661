package id.padu.services.internal;

import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Citizens apply, fix and follow their applications; staff of the OPD read them; anyone tracks by number. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "Apply for a public service, resubmit after revision, track, download the output")
class ApplicationsApiController extends ProblemAnswers {

	/** The body of a submission or resubmission: the service and the entered values by field name. */
	record Submission(String serviceCode, Map<String, Object> data) {
	}

	private final ApplicationIntake intake;
	private final Submissions submissions;
	private final ApplicationAccess access;
	private final ServiceDefinitions definitions;
	private final Timeline timeline;
	private final Tracking tracking;
	private final OutputSigning outputs;
	private final DocumentStore documents;

	ApplicationsApiController(ApplicationIntake intake, Submissions submissions, ApplicationAccess access,
			ServiceDefinitions definitions, Timeline timeline, Tracking tracking, OutputSigning outputs,
			DocumentStore documents, MessageSource messages) {
		super(messages);
		this.intake = intake;
		this.submissions = submissions;
		this.access = access;
		this.definitions = definitions;
		this.timeline = timeline;
		this.tracking = tracking;
		this.outputs = outputs;
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "Apply: {serviceCode, data: {field: value}}; header Idempotency-Key required. 201 "
			+ "{id, trackingNumber, status} when made; the same key again (same citizen, same body) answers 200 with the "
			+ "same application, never a second one; the same key with another body is 422. Registry fields are "
			+ "filled from the registry and ignored in data; invalid fields answer 400 with errors per field")
	ResponseEntity<Object> submit(@RequestBody Submission body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@AuthenticationPrincipal PaduUser user) {
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > ApplicationIntake.MAX_KEY) {
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "services.application.idempotencyKey",
					ApplicationIntake.MAX_KEY));
		}
		if (body.serviceCode() == null || body.serviceCode().isBlank()) {
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "services.application.serviceCode"));
		}
		ApplicationIntake.Outcome outcome = intake.submit(user, body.serviceCode().strip(),
				body.data() == null ? Map.of() : body.data(), idempotencyKey.strip());
		Map<String, Object> json = ApplicationJson.created(outcome.application());
		return outcome.created()
				? ResponseEntity.created(URI.create("/api/v1/applications/" + outcome.application().getId())).body(json)
				: ResponseEntity.ok(json);
	}

	@PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "Upload a document for a file field (PDF, JPEG or PNG, type read from the content): "
			+ "201 {sha256, mediaType, size}; put the sha256 in the application's data")
	ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			StoredFile stored = documents.store(content, file.getOriginalFilename());
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("sha256", stored.sha256(), "mediaType",
					stored.mediaType(), "size", stored.size()));
		}
	}

	@GetMapping
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "The signed-in citizen's applications, newest first")
	List<Map<String, Object>> mine(@AuthenticationPrincipal PaduUser user) {
		return submissions.mine(user).stream().map(a -> {
			Map<String, Object> json = ApplicationJson.created(a);
			json.put("serviceCode", a.serviceCode());
			json.put("submittedAt", a.submittedAt().toString());
			return json;
		}).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('CITIZEN','OFFICER','HEAD')")
	@Operation(summary = "One application with its entered data and timeline: for the applicant and the OPD's staff")
	Map<String, Object> one(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		ServiceApplication application = access.readable(user, id);
		DeployedService service = definitions.version(application.bundleId());
		return ApplicationJson.full(application, service.manifest().name().in(LocaleContextHolder.getLocale()),
				service.manifest().version(), timeline.of(id));
	}

	@PostMapping(path = "/{id}/resubmit", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "Resubmit an application sent back for revision: {data: {...}} with the corrected values")
	Map<String, Object> resubmit(@PathVariable UUID id, @RequestBody Submission body,
			@AuthenticationPrincipal PaduUser user) {
		return ApplicationJson.created(submissions.resubmit(user, id, body.data() == null ? Map.of() : body.data()));
	}

	@GetMapping("/{id}/output")
	@PreAuthorize("hasAnyRole('CITIZEN','OFFICER','HEAD')")
	@Operation(summary = "The signed output document (PDF) of an approved application: for the applicant and the OPD's staff")
	ResponseEntity<byte[]> output(@PathVariable UUID id, @AuthenticationPrincipal PaduUser user) {
		ServiceApplication application = access.readable(user, id);
		if (application.issuedDocumentId() == null || application.status() != ApplicationStatus.APPROVED) {
			throw new NotFoundException("services.output.notFound");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(application.serviceCode() + "-" + application.trackingNumber() + ".pdf").build().toString())
			.body(outputs.content(application.issuedDocumentId()));
	}

	@GetMapping("/track/{trackingNumber}")
	@Operation(summary = "Public tracking (no sign-in): status and timeline of an application by its number, without "
			+ "any personal data; 404 for an unknown number")
	Map<String, Object> track(@PathVariable String trackingNumber) {
		Tracking.Found found = tracking.find(trackingNumber, LocaleContextHolder.getLocale());
		return ApplicationJson.tracking(found.application(), found.serviceName(), found.timeline());
	}
}
