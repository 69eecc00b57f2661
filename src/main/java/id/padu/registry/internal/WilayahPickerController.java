package id.padu.registry.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The options of the kecamatan picker as the officer types (htmx swaps them into the move forms).
 * Reference data only: no resident is read. Which form asks is told by the search box's own name.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','HEAD')")
class WilayahPickerController {

	private static final int MAX_TYPED = 100;

	private final WilayahChoices choices;

	WilayahPickerController(WilayahChoices choices) {
		this.choices = choices;
	}

	@GetMapping("/kantor/penduduk/pilih-wilayah")
	String options(@RequestParam(required = false) String destinationQuery,
			@RequestParam(required = false) String originQuery, Model model) {
		boolean origin = originQuery != null;
		String typed = origin ? originQuery : destinationQuery;
		model.addAttribute("field", origin ? "origin" : "destination");
		String text = typed == null ? null : typed.strip();
		if (text != null && text.length() > MAX_TYPED) {
			text = text.substring(0, MAX_TYPED);
		}
		model.addAttribute("wilayahOptions", choices.options(text, null));
		model.addAttribute("chosen", null);
		return "registry/event-fragments :: wilayahOptions";
	}
}
