package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Akun saya": who am I, and change my password. For staff and citizens alike. */
@Controller
class MyAccountController {

	private final MyAccount myAccount;

	MyAccountController(MyAccount myAccount) {
		this.myAccount = myAccount;
	}

	@InitBinder("passwordForm")
	void validation(WebDataBinder binder) {
		binder.addValidators(new PasswordFormValidator());
	}

	@ModelAttribute("area")
	String area(@AuthenticationPrincipal PaduUser user) {
		return user != null && user.isStaff() ? "kantor" : "warga";
	}

	@GetMapping("/akun-saya")
	String page(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "identity/my-account";
	}

	@PostMapping("/akun-saya")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes flash) {
		if (!result.hasErrors() && !myAccount.changePassword(user, form.getCurrentPassword(), form.getPassword())) {
			result.rejectValue("currentPassword", "password.current.wrong");
		}
		if (result.hasErrors()) {
			return "identity/my-account";
		}
		flash.addFlashAttribute("saved", "password.changed");
		return "redirect:/akun-saya";
	}
}
