package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveFile;
import id.padu.archive.internal.ArchiveReaders;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.search.RecordQuery;
import id.padu.archive.internal.search.RecordResults;
import id.padu.archive.internal.search.RecordSearch;
import id.padu.classification.SecurityClass;
import id.padu.documents.DocumentStore;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** The archive search page, a record's page with its files, and the "Tambah arsip" form. */
@Controller
@RequestMapping("/kantor/arsip")
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class RecordPages {

	static final String FILERS = "hasAnyRole('ARCHIVIST','ADMIN','SECRETARIAT','OFFICER','HEAD')";

	private final RecordSearch search;
	private final RecordOpenings openings;
	private final ManualFiling filing;
	private final ArchiveReaders readers;
	private final ArchiveLabels labels;
	private final DocumentStore store;

	RecordPages(RecordSearch search, RecordOpenings openings, ManualFiling filing, ArchiveReaders readers,
			ArchiveLabels labels, DocumentStore store) {
		this.search = search;
		this.openings = openings;
		this.filing = filing;
		this.readers = readers;
		this.labels = labels;
		this.store = store;
	}

	/**
	 * The hits at once, counted only to past the page like the API; the exact count and the facets come from
	 * {@link #facets} in a second request (htmx), because counting every match is what takes time.
	 */
	@GetMapping
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kode,
			@RequestParam(required = false) String opd, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) RecordMedia media, @RequestParam(defaultValue = "0") int halaman,
			Authentication caller, Model model) {
		RecordQuery query = new RecordQuery(q, kode, opd, tahun, media, halaman, RecordQuery.DEFAULT_SIZE);
		RecordResults results = search.search(query, readers.of(caller));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("hasNext", results.hasNext(query));
		return "archive/records/search";
	}

	/** The count and facet links of a search: a fragment for the search page, a page of its own without JavaScript. */
	@GetMapping("/saringan")
	String facets(@RequestParam(required = false) String q, @RequestParam(required = false) String kode,
			@RequestParam(required = false) String opd, @RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) RecordMedia media,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication caller, Model model) {
		RecordQuery query = new RecordQuery(q, kode, opd, tahun, media, 0, RecordQuery.DEFAULT_SIZE);
		model.addAttribute("query", query);
		RecordResults counted = search.facets(query, readers.of(caller));
		model.addAttribute("facets", counted.facets());
		model.addAttribute("total", counted.total());
		return htmx == null ? "archive/records/facets" : "archive/records/search :: facets";
	}

	@GetMapping("/rekaman/{id}")
	String record(@PathVariable UUID id, Authentication caller, Model model) {
		RecordDetail detail = openings.open(id, readers.of(caller), "PAGE");
		model.addAttribute("detail", detail);
		model.addAttribute("record", detail.record());
		model.addAttribute("berkas", detail.berkas());
		return "archive/records/record";
	}

	@GetMapping("/rekaman/{id}/berkas/{sha256}")
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable String sha256,
			Authentication caller) {
		ArchiveFile file = openings.file(id, sha256, readers.of(caller));
		return RecordsApiController.download(store, file);
	}

	@GetMapping("/tambah")
	@PreAuthorize(FILERS)
	String form(@RequestParam(required = false) UUID berkas, Authentication caller, Model model) {
		RecordForm form = new RecordForm();
		form.setBerkasId(berkas);
		form.setCreatorUnit(readers.opdOfPosition(caller.getName()).orElse(null));
		return formPage(form, model);
	}

	@PostMapping("/tambah")
	@PreAuthorize(FILERS)
	String file(@ModelAttribute("form") RecordForm form, BindingResult errors, Authentication caller, Model model)
			throws IOException {
		List<Filing.Content> contents = form.getFile() == null || form.getFile().isEmpty() ? List.of()
				: List.of(new Filing.Content.Upload(form.getFile().getInputStream(), form.getFile().getOriginalFilename()));
		try {
			ArchiveRecord record = filing.file(form.toInput(), contents, readers.of(caller));
			return "redirect:/kantor/arsip/rekaman/" + record.getId() + "?baru";
		} catch (BusinessRuleViolation e) {
			String key = e.messageKey();
			String field = key.startsWith("classification.") ? "classificationCode"
					: key.startsWith("documents.") ? "file"
					: key.startsWith("archive.record.creatorUnit") ? "creatorUnit"
					: key.equals("archive.record.title.required") ? "title"
					: key.equals("archive.record.date.required") ? "date" : null;
			if (field == null) {
				errors.reject(key, e.arguments(), key);
			} else {
				errors.rejectValue(field, key, e.arguments(), key);
			}
			return formPage(form, model);
		}
	}

	private String formPage(RecordForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("opds", labels.opds());
		model.addAttribute("classificationOptions", labels.pickerOptions());
		model.addAttribute("mediaValues", RecordMedia.values());
		model.addAttribute("securityClasses", SecurityClass.values());
		return "archive/records/new";
	}
}
