package id.padu.registry.internal;

import id.padu.registry.internal.ResidentImportJobs.Job;
import id.padu.registry.internal.ResidentImportService.Kind;
import id.padu.shared.NotFoundException;
import id.padu.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Upload a SIAK export (.csv or .xlsx) and watch it being imported: the upload is saved under the data
 * directory, its header checked at once, then it is imported in the background while the job page
 * polls its progress with htmx.
 */
@Controller
@RequestMapping("/kantor/penduduk/impor")
@PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
class ResidentImportPagesController {

	private static final int SNIFF = 4096;

	private final ResidentImportService imports;
	private final ResidentImportJobs jobs;
	private final MessageSource messages;

	ResidentImportPagesController(ResidentImportService imports, ResidentImportJobs jobs, MessageSource messages) {
		this.imports = imports;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("recent", jobs.recent(TenantContext.require().value(), 10));
		model.addAttribute("columns", String.join(",", ResidentImportValidator.HEADER));
		return "registry/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication user, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			return refused("registry.import.fileRequired", new Object[0], model);
		}
		Kind kind = sniff(file);
		if (kind == null) {
			return refused("registry.import.notCsvOrXlsx", new Object[0], model);
		}
		Path saved = imports.newUploadFile();
		try {
			file.transferTo(saved);
			imports.checkHeader(saved, kind);
			String name = file.getOriginalFilename() == null ? "upload." + kind.name().toLowerCase() : file.getOriginalFilename();
			UUID id = imports.startUpload(saved, Path.of(name).getFileName().toString(), kind, user.getName());
			return "redirect:/kantor/penduduk/impor/" + id;
		} catch (ResidentImportRejected e) {
			Files.deleteIfExists(saved);
			return refused(e.messageKey(), e.arguments(), model);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(saved);
			throw e;
		}
	}

	@GetMapping("/{id}")
	String job(@PathVariable String id, Model model) {
		return show(id, model, "registry/import-job");
	}

	/** The progress panel alone, polled by the job page every second until the import has finished. */
	@GetMapping("/{id}/kemajuan")
	String progress(@PathVariable String id, Model model) {
		return show(id, model, "registry/import-job :: progress");
	}

	private String show(String id, Model model, String view) {
		String tenant = TenantContext.require().value();
		UUID uuid = parse(id);
		Job job = jobs.find(tenant, uuid).orElseThrow(() -> new NotFoundException("registry.import.notFound"));
		model.addAttribute("job", job);
		if (job.finished()) {
			model.addAttribute("errors", ResidentImportMessages.lines(messages, jobs.errors(tenant, uuid),
					LocaleContextHolder.getLocale()));
			if (job.failure() != null) {
				model.addAttribute("failure", ResidentImportMessages.message(messages, job.failure(), new Object[0],
						LocaleContextHolder.getLocale()));
			}
		}
		return view;
	}

	private String refused(String key, Object[] args, Model model) {
		model.addAttribute("fileError", ResidentImportMessages.message(messages, key, args, LocaleContextHolder.getLocale()));
		return form(model);
	}

	/**
	 * What the bytes are, whatever the name says: a zip (the container of .xlsx) or text. Anything with NUL
	 * bytes early on (an old .xls, a PDF, an image) is neither; UTF-16 text is left to the CSV check, which names it.
	 */
	private static Kind sniff(MultipartFile file) throws IOException {
		byte[] start;
		try (InputStream in = file.getInputStream()) {
			start = in.readNBytes(SNIFF);
		}
		if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
			return Kind.XLSX;
		}
		if (start.length >= 2 && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
				|| (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
			return Kind.CSV;
		}
		if (start.length >= 4 && start[0] == '%' && start[1] == 'P' && start[2] == 'D' && start[3] == 'F') {
			return null;
		}
		for (byte b : start) {
			if (b == 0) {
				return null;
			}
		}
		return Kind.CSV;
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		} catch (IllegalArgumentException e) {
			throw new NotFoundException("registry.import.notFound");
		}
	}

}
