package id.padu.organization.internal;

import id.padu.organization.internal.SheetReader.ImportError;
import id.padu.tenancy.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Download the structure as .xlsx, and upload it back (all-or-nothing). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StructureExcelController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** An import problem, already in the reader's language. */
	record ErrorLine(String sheet, int row, String column, String message) {
	}

	private final StructureExport export;
	private final StructureImport importer;
	private final MessageSource messages;

	StructureExcelController(StructureExport export, StructureImport importer, MessageSource messages) {
		this.export = export;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping("/kantor/organisasi/ekspor.xlsx")
	void download(HttpServletResponse response) throws IOException {
		String name = "struktur-" + TenantContext.require().value() + "-" + LocalDate.now() + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		export.write(response.getOutputStream());
	}

	@GetMapping("/kantor/organisasi/impor")
	String form() {
		return "organization/import";
	}

	@PostMapping(path = "/kantor/organisasi/impor", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "organization.import.fileRequired");
			return "organization/import";
		}
		StructureImport.Result result = importer.run(file.getBytes());
		if (result.errors().size() == 1 && result.errors().get(0).messageKey().equals("organization.import.notXlsx")) {
			model.addAttribute("fileError", "organization.import.notXlsx");
			return "organization/import";
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("errors", lines(result.errors()));
		model.addAttribute("counts", result.counts());
		return "organization/import";
	}

	private List<ErrorLine> lines(List<ImportError> errors) {
		return errors.stream().map(e -> new ErrorLine(e.sheet(), e.row(), e.column(),
				messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()))).toList();
	}
}
