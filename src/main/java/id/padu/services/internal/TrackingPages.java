package id.padu.services.internal;

import id.padu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/** "Lacak permohonan": anyone with the number sees the status and the steps, never personal data. */
@Controller
class TrackingPages {

	private final Tracking tracking;

	TrackingPages(Tracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping("/lacak")
	String form(@RequestParam(required = false) String nomor) {
		if (nomor != null && !nomor.isBlank()) {
			return "redirect:/lacak/" + UriUtils.encodePathSegment(TrackingNumbers.normalize(nomor), StandardCharsets.UTF_8);
		}
		return "services/track-form";
	}

	@GetMapping("/lacak/{trackingNumber}")
	String show(@PathVariable String trackingNumber, Model model, HttpServletResponse response) {
		Tracking.Found found;
		try {
			found = tracking.find(trackingNumber, LocaleContextHolder.getLocale());
		} catch (NotFoundException e) {
			model.addAttribute("nomor", trackingNumber);
			model.addAttribute("notFound", true);
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "services/track-form";
		}
		model.addAttribute("app", found.view());
		model.addAttribute("timeline", found.events());
		return "services/track";
	}
}
