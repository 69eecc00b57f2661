package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.ArchiveStage;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;

/**
 * The transfer page: berkas of a stage (statis by default, the ones that go to the provincial archive) with a
 * BagIt download each, and the form that receives a package.
 */
@Controller
@RequestMapping("/kantor/arsip/transfer")
@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
class TransferPages {

	private static final int PAGE_SIZE = 50;

	private final TransferBerkas berkas;
	private final BagItImport imports;
	private final MessageSource messages;

	TransferPages(TransferBerkas berkas, BagItImport imports, MessageSource messages) {
		this.berkas = berkas;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String page(@RequestParam(defaultValue = "STATIS") ArchiveStage stage, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("stage", stage);
		model.addAttribute("stages", ArchiveStage.values());
		model.addAttribute("berkas", berkas.findByStageOrderByBerkasNumber(stage,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "archive/custody/transfer";
	}

	@PostMapping("/impor")
	String receive(@RequestPart(value = "file", required = false) MultipartFile file, Authentication caller,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("importError", message("archive.custody.bagit.noFile"));
			return "redirect:/kantor/arsip/transfer";
		}
		try (InputStream in = file.getInputStream()) {
			BagItImport.Imported imported = imports.receive(in, caller.getName());
			redirect.addFlashAttribute("imported", imported);
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("importError", message(e.messageKey(), e.arguments()));
		}
		return "redirect:/kantor/arsip/transfer";
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
