package id.padu.identity.internal;

import id.padu.shared.BusinessRuleViolation;
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

import java.util.Locale;

/** Public pages: citizen sign-up, the confirmation link, and asking for a new link. */
@Controller
class SignupController {

	private final CitizenSignup signup;
	private final SignupFormValidator validator;

	SignupController(CitizenSignup signup, SignupFormValidator validator) {
		this.signup = signup;
		this.validator = validator;
	}

	@InitBinder("signupForm")
	void validation(WebDataBinder binder) {
		binder.addValidators(validator);
	}

	@GetMapping("/daftar")
	String form(Model model) {
		model.addAttribute("signupForm", new SignupForm());
		return "identity/signup";
	}

	@PostMapping("/daftar")
	String submit(@Valid @ModelAttribute("signupForm") SignupForm form, BindingResult result, Locale locale) {
		if (result.hasErrors()) {
			return "identity/signup";
		}
		try {
			signup.register(form, locale);
		} catch (BusinessRuleViolation e) {
			result.reject(e.messageKey());
			return "identity/signup";
		}
		return "redirect:/daftar/terkirim";
	}

	@GetMapping("/daftar/terkirim")
	String sent(Model model) {
		return Notice.done("signup.sent.title", "signup.sent.text", "/daftar/kirim-ulang", "signup.resend.link")
			.show(model);
	}

	@GetMapping("/daftar/konfirmasi")
	String confirm(@RequestParam(required = false) String token, Model model) {
		LinkState state = signup.confirm(token);
		if (state == LinkState.VALID) {
			return Notice.done("signup.confirmed.title", "signup.confirmed.text", "/login", "signup.confirmed.login")
				.show(model);
		}
		return Notice.badLink(state, "/daftar/kirim-ulang", "signup.resend.link").show(model);
	}

	@GetMapping("/daftar/kirim-ulang")
	String resendForm() {
		return "identity/resend";
	}

	@PostMapping("/daftar/kirim-ulang")
	String resend(@RequestParam(defaultValue = "") String email, Model model) {
		if (email.isBlank()) {
			model.addAttribute("emailMissing", true);
			return "identity/resend";
		}
		signup.resend(email);
		return "redirect:/daftar/kirim-ulang/terkirim";
	}

	@GetMapping("/daftar/kirim-ulang/terkirim")
	String resent(Model model) {
		return Notice.done("signup.resent.title", "signup.resent.text", "/login", "signup.confirmed.login").show(model);
	}
}
