package id.padu.archive.internal.digitization;

import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.ClassificationScheme;
import id.padu.organization.OrganizationDirectory;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The digitization pages: the batch list with the new-batch form, and each batch's progress with its quality
 * check. The progress panel polls itself (htmx) while OCR runs and reloads the page when an item has been read.
 */
@Controller
@RequestMapping("/kantor/arsip/digitalisasi")
@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
class DigitizationPages {

	private static final String BASE = "/kantor/arsip/digitalisasi/";

	private final ScanBatches batches;
	private final BatchViews views;
	private final QualityCheck qc;
	private final PageViews pageViews;
	private final BerkasLookup berkas;
	private final ClassificationScheme scheme;
	private final OrganizationDirectory directory;

	DigitizationPages(ScanBatches batches, BatchViews views, QualityCheck qc, PageViews pageViews, BerkasLookup berkas,
			ClassificationScheme scheme, OrganizationDirectory directory) {
		this.batches = batches;
		this.views = views;
		this.qc = qc;
		this.pageViews = pageViews;
		this.berkas = berkas;
		this.scheme = scheme;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		return listPage(new BatchForm(), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") BatchForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user, Model model) {
		List<ScanUpload> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty())
			.map(f -> new ScanUpload(f.getOriginalFilename(), () -> open(f))).toList();
		try {
			UUID berkasId = null;
			if (form.getBerkasNumber() != null && !form.getBerkasNumber().isBlank()) {
				berkasId = berkas.findByBerkasNumber(form.getBerkasNumber().strip()).map(Berkas::getId)
					.orElseThrow(() -> new BusinessRuleViolation("archive.digitization.berkas.unknown",
							form.getBerkasNumber().strip()));
			}
			ScanBatch batch = batches.create(form.toRequest(berkasId), uploads, user.getName());
			return "redirect:" + BASE + batch.getId();
		} catch (BusinessRuleViolation e) {
			String field = fieldOf(e.messageKey());
			if (field == null) {
				errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			} else {
				errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
			}
			return listPage(form, model);
		}
	}

	@GetMapping("/{id}")
	String batch(@PathVariable UUID id, Model model) {
		model.addAttribute("view", views.batch(id));
		return "archive/digitization/batch";
	}

	/** The progress panel alone; asks htmx to reload the whole page once more items have been read. */
	@GetMapping("/{id}/kemajuan")
	String progress(@PathVariable UUID id, @RequestParam(name = "dibaca", defaultValue = "-1") int seen, Model model,
			HttpServletResponse response) {
		BatchViews.Batch view = views.batch(id);
		BatchViews.Progress p = view.progress();
		if (seen >= 0 && seen != p.done() + p.failed()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("view", view);
		return "archive/digitization/batch :: progress";
	}

	@PostMapping("/{id}/item/{itemId}/lolos")
	String pass(@PathVariable UUID id, @PathVariable UUID itemId, Authentication user) {
		qc.pass(id, itemId, user.getName());
		return back(id, itemId);
	}

	@PostMapping("/{id}/item/{itemId}/halaman")
	String pages(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam("jumlah") int count) {
		qc.pages(id, itemId, count);
		return back(id, itemId);
	}

	@PostMapping("/{id}/item/{itemId}/pindai-ulang")
	String rescan(@PathVariable UUID id, @PathVariable UUID itemId,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication user) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleViolation("archive.digitization.files.required");
		}
		qc.rescan(id, itemId, open(file), file.getOriginalFilename(), user.getName());
		return back(id, itemId);
	}

	@PostMapping("/{id}/item/{itemId}/ulangi-ocr")
	String retry(@PathVariable UUID id, @PathVariable UUID itemId) {
		qc.retry(id, itemId);
		return back(id, itemId);
	}

	@GetMapping("/{id}/item/{itemId}/halaman/{page}")
	ResponseEntity<byte[]> page(@PathVariable UUID id, @PathVariable UUID itemId, @PathVariable int page) {
		BatchViews.Item item = views.batch(id).items().stream().filter(i -> i.item().getId().equals(itemId))
			.findFirst().orElseThrow(() -> new NotFoundException("archive.digitization.notFound"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header(HttpHeaders.CACHE_CONTROL, "private, max-age=60")
			.body(pageViews.thumbnail(item.record().getId(), page));
	}

	private String listPage(BatchForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("batches", views.recent(20));
		model.addAttribute("opds", directory.units().stream().filter(u -> u.kind().isOpd()).toList());
		model.addAttribute("media", List.of(RecordMedia.values()));
		model.addAttribute("classificationOptions", scheme.search(
				form.getClassificationCode() == null ? "" : form.getClassificationCode(), 50));
		model.addAttribute("maxFiles", ScanBatches.MAX_FILES);
		return "archive/digitization/list";
	}

	private static final Map<String, String> FIELDS = Map.of("classification.", "classificationCode",
			"archive.record.title", "title", "archive.record.date", "recordDate", "archive.record.creatorUnit",
			"creatorUnit", "archive.digitization.berkas", "berkasNumber", "archive.berkas", "berkasNumber");

	private static String fieldOf(String messageKey) {
		return FIELDS.entrySet().stream().filter(e -> messageKey.startsWith(e.getKey())).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}

	private static String back(UUID id, UUID itemId) {
		return "redirect:" + BASE + id + "#item-" + itemId;
	}

	private static InputStream open(MultipartFile file) {
		try {
			return file.getInputStream();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
