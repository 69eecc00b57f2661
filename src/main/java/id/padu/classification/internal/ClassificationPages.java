package id.padu.classification.internal;

import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.classification.internal.ClassificationForms.RenameForm;
import id.padu.classification.internal.ClassificationForms.SubCodeForm;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/**
 * "Klasifikasi arsip": every staff member browses the scheme level by level and searches it; the archivist
 * and the admin add sub-codes, rename, retire and reactivate codes.
 */
@Controller
@PreAuthorize(ClassificationPages.STAFF)
class ClassificationPages {

	static final String STAFF = "hasAnyRole('OFFICER','HEAD','SECRETARIAT','ARCHIVIST','TREASURER','HR','ADMIN','AUDITOR')";
	static final String EDITORS = "hasAnyRole('ARCHIVIST','ADMIN')";
	static final String PAGE = "/kantor/klasifikasi";

	private final ClassificationScheme scheme;
	private final ClassificationEditor editor;

	ClassificationPages(ClassificationScheme scheme, ClassificationEditor editor) {
		this.scheme = scheme;
		this.editor = editor;
	}

	@GetMapping(PAGE)
	String show(@RequestParam(required = false) String kode, @RequestParam(required = false) String q, Model model) {
		if (!model.containsAttribute("subCodeForm")) {
			model.addAttribute("subCodeForm", new SubCodeForm());
		}
		if (!model.containsAttribute("renameForm")) {
			model.addAttribute("renameForm", new RenameForm());
		}
		return page(kode, q, model);
	}

	@PostMapping(PAGE + "/{code}/sub")
	@PreAuthorize(EDITORS)
	String add(@PathVariable String code, @Valid @ModelAttribute("subCodeForm") SubCodeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Classification added = editor.add(code, form.getCode(), form.getName());
				return done(redirect, "classification.saved.added", added.code());
			} catch (BusinessRuleViolation broken) {
				result.rejectValue("code", broken.messageKey(), broken.arguments(), null);
			}
		}
		model.addAttribute("renameForm", new RenameForm());
		return page(code, null, model);
	}

	@PostMapping(PAGE + "/{code}/nama")
	@PreAuthorize(EDITORS)
	String rename(@PathVariable String code, @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("subCodeForm", new SubCodeForm());
			return page(code, null, model);
		}
		return done(redirect, "classification.saved.renamed", editor.rename(code, form.getName()).code());
	}

	@PostMapping(PAGE + "/{code}/pensiun")
	@PreAuthorize(EDITORS)
	String retire(@PathVariable String code, RedirectAttributes redirect) {
		return done(redirect, "classification.saved.retired", editor.retire(code).code());
	}

	@PostMapping(PAGE + "/{code}/aktifkan")
	@PreAuthorize(EDITORS)
	String reactivate(@PathVariable String code, RedirectAttributes redirect) {
		return done(redirect, "classification.saved.reactivated", editor.reactivate(code).code());
	}

	private String done(RedirectAttributes redirect, String messageKey, String code) {
		redirect.addFlashAttribute("classificationMessage", messageKey);
		redirect.addAttribute("kode", code);
		return "redirect:" + PAGE;
	}

	private String page(String code, String query, Model model) {
		Classification shown = code == null || code.isBlank() ? null
				: scheme.find(code).orElseThrow(() -> new NotFoundException("classification.code.notFound"));
		model.addAttribute("shown", shown);
		model.addAttribute("trail", trail(shown));
		model.addAttribute("children", scheme.children(shown == null ? null : shown.code()));
		model.addAttribute("q", query);
		model.addAttribute("results", query == null || query.isBlank() ? null : scheme.search(query, 50));
		return "classification/scheme";
	}

	/** The codes above the one shown, main code first, for the breadcrumb. */
	private List<Classification> trail(Classification shown) {
		List<Classification> trail = new ArrayList<>();
		String parent = shown == null ? null : shown.parentCode();
		while (parent != null) {
			Classification up = scheme.find(parent).orElse(null);
			if (up == null) {
				break;
			}
			trail.add(0, up);
			parent = up.parentCode();
		}
		return trail;
	}
}
