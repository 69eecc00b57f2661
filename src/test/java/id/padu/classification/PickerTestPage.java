package id.padu.classification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;

/**
 * A form that includes the picker fragment the way another module's form would, so that the fragment is
 * rendered and its error display checked (test only).
 */
@Controller
class PickerTestPage {

	/** The including form's object. */
	public static class LetterForm {

		private String classificationCode;

		public String getClassificationCode() {
			return classificationCode;
		}

		public void setClassificationCode(String classificationCode) {
			this.classificationCode = classificationCode;
		}
	}

	private final ClassificationScheme scheme;

	PickerTestPage(ClassificationScheme scheme) {
		this.scheme = scheme;
	}

	@GetMapping("/kantor/uji-pemilih-klasifikasi")
	String show(Model model) {
		model.addAttribute("letterForm", new LetterForm());
		model.addAttribute("classificationOptions", scheme.children("800.1.11"));
		return "classification/picker-test";
	}

	@PostMapping("/kantor/uji-pemilih-klasifikasi")
	String submit(@ModelAttribute("letterForm") LetterForm form, BindingResult result, Model model) {
		try {
			scheme.requireActive(form.getClassificationCode());
		} catch (id.padu.shared.BusinessRuleViolation e) {
			result.rejectValue("classificationCode", e.messageKey());
		}
		model.addAttribute("classificationOptions", scheme.search(form.getClassificationCode(), 20));
		return "classification/picker-test";
	}
}
