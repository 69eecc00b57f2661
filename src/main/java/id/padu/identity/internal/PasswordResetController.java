package id.padu.identity.internal;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: ask for a reset link, then set a new password through it. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@InitBinder("passwordForm")
	void validation(WebDataBinder binder) {
		binder.addValidators(new PasswordFormValidator());
	}

	@GetMapping("/lupa-sandi")
	String requestForm() {
		return "identity/forgot";
	}

	@PostMapping("/lupa-sandi")
	String request(@RequestParam(defaultValue = "") String username, Model model) {
		if (username.isBlank()) {
			model.addAttribute("usernameMissing", true);
			return "identity/forgot";
		}
		resets.request(username);
		return "redirect:/lupa-sandi/terkirim";
	}

	@GetMapping("/lupa-sandi/terkirim")
	String requested(Model model) {
		return Notice.done("reset.sent.title", "reset.sent.text", "/login", "reset.toLogin").show(model);
	}

	@GetMapping("/atur-sandi")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		LinkState state = resets.check(token);
		if (state != LinkState.VALID) {
			return Notice.badLink(state, "/lupa-sandi", "reset.newLink").show(model);
		}
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new PasswordForm());
		return "identity/reset";
	}

	@PostMapping("/atur-sandi")
	String reset(@RequestParam(defaultValue = "") String token, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return "identity/reset";
		}
		LinkState state = resets.reset(token, form.getPassword());
		if (state != LinkState.VALID) {
			return Notice.badLink(state, "/lupa-sandi", "reset.newLink").show(model);
		}
		return "redirect:/atur-sandi/selesai";
	}

	@GetMapping("/atur-sandi/selesai")
	String done(Model model) {
		return Notice.done("reset.done.title", "reset.done.text", "/login", "reset.toLogin").show(model);
	}
}
