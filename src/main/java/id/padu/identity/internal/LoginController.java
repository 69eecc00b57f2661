package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	/** After sign-in each person lands at their own front door. */
	@GetMapping("/beranda")
	String home(@AuthenticationPrincipal PaduUser user) {
		return user != null && user.isStaff() ? "redirect:/kantor" : "redirect:/warga";
	}
}
