package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.ResidentRecord;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/**
 * The name search on the look-up page: results as the officer types (htmx asks for the results fragment
 * 250 ms after the last key), or the whole page when the form is sent without JavaScript.
 * <p>
 * Listing results is deliberately not logged per resident: every keystroke lists up to ten different
 * people, most of whom the officer is not looking for, and a citizen's log full of "appeared in a list"
 * would hide the reads that matter. A result shows only what tells namesakes apart; the record itself
 * opens through the purpose page, and that read is logged with the purpose and channel
 * {@code SEARCH_OPEN}. Results that leave Padu through the API are logged per resident
 * ({@link ResidentSearch#searchAndLog}).
 */
@Controller
@RequestMapping("/kantor/penduduk")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','ADMIN')")
class ResidentSearchPagesController {

	/** One line of the result list: the resident and the names of their kelurahan and kecamatan. */
	record Row(ResidentRecord resident, Places.Place place) {
	}

	private final ResidentSearch search;
	private final Places places;

	ResidentSearchPagesController(ResidentSearch search, Places places) {
		this.search = search;
		this.places = places;
	}

	@GetMapping("/cari")
	String search(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) Integer birthYear, @RequestParam(required = false) String kelurahan,
			@RequestParam(required = false) String rt, @RequestParam(required = false) String rw,
			@RequestParam(required = false) Gender gender,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("searched", true);
		try {
			var query = new ResidentSearchQuery(q, birthDate, birthYear, kelurahan, rt, rw, gender, null,
					ResidentSearchQuery.DEFAULT_LIMIT);
			model.addAttribute("rows", search.search(query).stream()
				.map(hit -> new Row(hit.resident(), places.of(hit.resident().address())))
				.toList());
		} catch (ResidentSearchQuery.Rejected e) {
			model.addAttribute("searchProblem", e.messageKey());
		}
		return htmx != null ? "registry/search-results :: results" : "registry/lookup";
	}
}
