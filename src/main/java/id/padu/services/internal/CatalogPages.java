package id.padu.services.internal;

import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The public catalog: every service of the pemda in plain Indonesian, and the kelurahan picker's lists. */
@Controller
class CatalogPages {

	private final Catalog catalog;
	private final PlaceNames places;

	CatalogPages(Catalog catalog, PlaceNames places) {
		this.catalog = catalog;
		this.places = places;
	}

	@GetMapping("/layanan")
	String list(Model model) {
		model.addAttribute("services", catalog.all(LocaleContextHolder.getLocale()));
		return "services/catalog";
	}

	@GetMapping("/layanan/{code}")
	String one(@PathVariable String code, Model model) {
		model.addAttribute("service", catalog.find(code, LocaleContextHolder.getLocale())
			.orElseThrow(() -> new NotFoundException("services.service.notFound")));
		return "services/service";
	}

	/** The areas inside one area as {@code <option>}s, for the next select of the kelurahan picker (htmx). */
	@GetMapping("/layanan/wilayah")
	String areas(@RequestParam(required = false) String induk, Model model) {
		List<FieldInput.Choice> options = List.of();
		try {
			if (induk != null && !induk.isBlank() && KodeWilayah.of(induk).level() != KodeWilayah.Level.DESA_KELURAHAN) {
				options = FormInputs.choices(places.children(KodeWilayah.of(induk)), null);
			}
		} catch (InvalidIdentifierException e) {
			options = List.of();
		}
		model.addAttribute("options", options);
		return "services/fragments :: options";
	}
}
