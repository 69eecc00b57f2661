package id.padu.archive.internal.lifecycle;

import id.padu.shared.BusinessRuleViolation;
import org.springframework.ui.Model;

/** A broken rule shown on the page the user came from, above its form, instead of a separate error page. */
final class PageError {

	private PageError() {
	}

	static void show(Model model, BusinessRuleViolation e) {
		model.addAttribute("errorKey", e.messageKey());
		model.addAttribute("errorArgs", e.arguments());
	}
}
