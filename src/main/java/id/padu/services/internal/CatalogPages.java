package id.padu.services.internal;

import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;

/** The public catalog: every service of the pemda in plain Indonesian, and the kelurahan picker's lists. */
@Controller
class CatalogPages {

	private final Catalog catalog;
	private final PlaceNames places;
	private final ServiceDefinitions definitions;
	private final FeeTexts fees;

	CatalogPages(Catalog catalog, PlaceNames places, ServiceDefinitions definitions, FeeTexts fees) {
		this.catalog = catalog;
		this.places = places;
		this.definitions = definitions;
		this.fees = fees;
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

	/** The fee line of a service's form for the number entered so far ("untuk 12 m²: Rp 420.000"), for htmx. */
	@GetMapping("/layanan/{code}/biaya")
	String fee(@PathVariable String code, HttpServletRequest request, Model model) {
		FeeRule rule = definitions.require(code).manifest().fee();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("fee", fees.view(rule, locale));
		model.addAttribute("feeEstimate",
				rule.unitField() == null ? null : fees.estimate(rule, request.getParameter(rule.unitField()), locale));
		return "services/fragments :: fee";
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
