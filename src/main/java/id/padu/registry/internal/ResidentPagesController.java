package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog;
import id.padu.audit.PersonalDataAccessLog.Channel;
import id.padu.registry.IdentifierRules;
import id.padu.registry.PersonRecordsProvider;
import id.padu.registry.ResidentField;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The staff side: look a resident up by NIK or a family by Nomor KK, give the purpose, then see the
 * whole picture. Nothing about the person is shown before the purpose is given.
 */
@Controller
@RequestMapping("/kantor/penduduk")
@PreAuthorize("hasAnyRole('OFFICER','HEAD','ADMIN')")
class ResidentPagesController {

	private final RegistryReads reads;
	private final IdentifierRules identifiers;
	private final PersonalDataAccessLog log;
	private final Purposes purposes;
	private final Places places;
	private final List<PersonRecordsProvider> providers;
	private final CorrectionHistory corrections;
	private final AccessPurposeFormValidator validator = new AccessPurposeFormValidator();

	ResidentPagesController(RegistryReads reads, IdentifierRules identifiers, PersonalDataAccessLog log,
			Purposes purposes, Places places, List<PersonRecordsProvider> providers, CorrectionHistory corrections) {
		this.reads = reads;
		this.identifiers = identifiers;
		this.log = log;
		this.purposes = purposes;
		this.places = places;
		this.providers = providers;
		this.corrections = corrections;
	}

	@GetMapping
	String lookup(@RequestParam(required = false) String nik, @RequestParam(required = false) String kk, Model model) {
		if (nik != null && !nik.isBlank()) {
			return "redirect:/kantor/penduduk/" + identifiers.nik(nik).value();
		}
		if (kk != null && !kk.isBlank()) {
			try {
				return "redirect:/kantor/penduduk/kk/" + identifiers.nomorKk(kk).value();
			} catch (InvalidIdentifierException e) {
				model.addAttribute("kk", kk);
				model.addAttribute("kkError", e);
				return "registry/lookup";
			}
		}
		return "registry/lookup";
	}

	@GetMapping("/{nik}")
	String resident(@PathVariable String nik, @ModelAttribute AccessPurposeForm accessPurposeForm,
			BindingResult result, Model model) {
		Nik checked = identifiers.nik(nik);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.resident.notFound");
		}
		if (!purposeGiven(accessPurposeForm, result)) {
			model.addAttribute("target", "/kantor/penduduk/" + checked.value());
			model.addAttribute("choices", AccessPurposeForm.CHOICES);
			return "registry/purpose";
		}
		Channel channel = accessPurposeForm.fromSearch() ? Channel.SEARCH_OPEN : Channel.PAGE;
		ResidentPicture picture = reads.read(checked, purposes.of(accessPurposeForm), ResidentField.ALL, channel)
			.orElseThrow(() -> new NotFoundException("registry.resident.notFound"));
		model.addAttribute("picture", picture);
		model.addAttribute("r", picture.resident());
		model.addAttribute("place", places.of(picture.resident().address()));
		model.addAttribute("sections", providers.stream().flatMap(p -> p.recordsFor(checked).stream()).toList());
		model.addAttribute("accessLog", log.forNik(checked));
		model.addAttribute("fieldHistory", corrections.history(checked).orElse(null));
		model.addAttribute("purposeQuery", purposeQuery(accessPurposeForm));
		return "registry/resident";
	}

	@GetMapping("/kk/{kk}")
	String family(@PathVariable String kk, @ModelAttribute AccessPurposeForm accessPurposeForm, BindingResult result,
			Model model) {
		NomorKk checked = identifiers.nomorKk(kk);
		if (!reads.holds(checked)) {
			throw new NotFoundException("registry.family.notFound");
		}
		if (!purposeGiven(accessPurposeForm, result)) {
			model.addAttribute("target", "/kantor/penduduk/kk/" + checked.value());
			model.addAttribute("choices", AccessPurposeForm.CHOICES);
			return "registry/purpose";
		}
		var family = reads.family(checked, purposes.of(accessPurposeForm), Channel.PAGE)
			.orElseThrow(() -> new NotFoundException("registry.family.notFound"));
		model.addAttribute("family", family);
		model.addAttribute("place", places.of(family.address()));
		model.addAttribute("purposeQuery", purposeQuery(accessPurposeForm));
		return "registry/family";
	}

	/** A NIK or Nomor KK that breaks its rules: back to the look-up form, with the failing part named. */
	@ExceptionHandler(InvalidIdentifierException.class)
	String invalidIdentifier(InvalidIdentifierException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("nikError", e);
		return "registry/lookup";
	}

	private boolean purposeGiven(AccessPurposeForm form, BindingResult result) {
		if (!form.isSubmitted()) {
			return false;
		}
		validator.validate(form, result);
		return !result.hasErrors();
	}

	private static String purposeQuery(AccessPurposeForm form) {
		String query = "choice=" + UriUtils.encodeQueryParam(form.getChoice(), StandardCharsets.UTF_8);
		return form.getOther() == null || form.getOther().isEmpty() ? query
				: query + "&other=" + UriUtils.encodeQueryParam(form.getOther(), StandardCharsets.UTF_8);
	}
}
