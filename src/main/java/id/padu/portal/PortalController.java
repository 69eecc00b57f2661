package id.padu.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PortalController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}
}
