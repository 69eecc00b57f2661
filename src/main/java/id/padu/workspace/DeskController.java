package id.padu.workspace;

import id.padu.identity.PaduUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** The staff home ("meja kerja") and the citizen home. */
@Controller
class DeskController {

	private final List<WorkQueueProvider> providers;

	DeskController(List<WorkQueueProvider> providers) {
		this.providers = providers;
	}

	@GetMapping("/kantor")
	String staffDesk(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("queues", providers.stream().flatMap(p -> p.queuesFor(user).stream()).toList());
		return "workspace/desk";
	}

	@GetMapping("/warga")
	String citizenHome() {
		return "workspace/citizen-home";
	}
}
