package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveReaders;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.search.RecordQuery;
import id.padu.archive.internal.search.RecordSearch;
import id.padu.documents.DocumentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records over the API: file one with its file, read its metadata, download its files, search. Reading follows
 * {@code RecordAccessPolicy}; a client system with {@code archive.read} reads what any staff member reads.
 */
@RestController
@RequestMapping("/api/v1/archive")
@Tag(name = "Archive: records and search")
class RecordsApiController {

	static final String READERS = "(isAuthenticated() and !hasRole('CITIZEN'))"
			+ " or hasAuthority('SCOPE_archive.read')";
	static final String WRITERS = "hasAnyRole('ARCHIVIST','ADMIN','SECRETARIAT','OFFICER','HEAD')"
			+ " or hasAuthority('SCOPE_archive.write')";

	record Created(UUID id) {
	}

	/** One hit of {@code GET /api/v1/archive/search}. */
	record SearchHitJson(UUID id, String title, String classificationCode, LocalDate date, String snippet) {
	}

	/** {@code GET /api/v1/archive/search/facets}: facet → value → count and the exact total. */
	record FacetsJson(long total, boolean totalExact, Map<String, Map<String, Long>> facets) {
	}

	private final ManualFiling filing;
	private final RecordOpenings openings;
	private final RecordSearch search;
	private final ArchiveReaders readers;
	private final DocumentStore store;

	RecordsApiController(ManualFiling filing, RecordOpenings openings, RecordSearch search, ArchiveReaders readers,
			DocumentStore store) {
		this.filing = filing;
		this.openings = openings;
		this.search = search;
		this.readers = readers;
		this.store = store;
	}

	@PostMapping(value = "/records", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(WRITERS)
	@Operation(summary = "File a record: part 'metadata' (JSON) and part 'file'; without berkasId it gets a berkas of its own")
	ResponseEntity<Created> create(@RequestPart("metadata") RecordInput metadata,
			@RequestPart(value = "file", required = false) MultipartFile file, Authentication caller)
			throws IOException {
		List<Filing.Content> contents = file == null || file.isEmpty() ? List.of()
				: List.of(new Filing.Content.Upload(file.getInputStream(), file.getOriginalFilename()));
		ArchiveRecord record = filing.file(metadata, contents, readers.of(caller));
		return ResponseEntity.created(URI.create("/api/v1/archive/records/" + record.getId()))
			.body(new Created(record.getId()));
	}

	@GetMapping("/records/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "A record's metadata, berkas, files and source; 403 when its access class hides it")
	RecordJson record(@PathVariable UUID id, Authentication caller) {
		return RecordJson.of(openings.open(id, readers.of(caller), "API"));
	}

	@GetMapping("/records/{id}/files/{sha256}")
	@PreAuthorize(READERS)
	@Operation(summary = "One file of a record, as stored")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable String sha256,
			Authentication caller) {
		ArchiveFile file = openings.file(id, sha256, readers.of(caller));
		return download(store, file);
	}

	@GetMapping("/search")
	@PreAuthorize(READERS)
	@Operation(summary = "Full-text search with optional filters classification, opd, year, media and paging")
	List<SearchHitJson> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String classification, @RequestParam(required = false) String opd,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) RecordMedia media,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Authentication caller) {
		RecordQuery query = new RecordQuery(q, classification, opd, year, media, page, size);
		return search.search(query, readers.of(caller)).hits().stream()
			.map(h -> new SearchHitJson(h.id(), h.title(), h.classificationCode(), h.date(), h.snippet()))
			.toList();
	}

	@GetMapping("/search/facets")
	@PreAuthorize(READERS)
	@Operation(summary = "Counts per main classification, OPD, year and media of what the search finds")
	FacetsJson facets(@RequestParam(required = false) String q,
			@RequestParam(required = false) String classification, @RequestParam(required = false) String opd,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) RecordMedia media,
			Authentication caller) {
		RecordQuery query = new RecordQuery(q, classification, opd, year, media, 0, 1);
		var results = search.facets(query, readers.of(caller));
		return new FacetsJson(results.total(), results.totalExact(), results.facets());
	}

	static ResponseEntity<InputStreamResource> download(DocumentStore store, ArchiveFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(file.originalName() == null ? file.sha256() : file.originalName())
				.build()
				.toString())
			.body(new InputStreamResource(store.open(file.sha256())));
	}
}
