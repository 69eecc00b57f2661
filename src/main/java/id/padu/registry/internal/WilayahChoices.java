package id.padu.registry.internal;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kecamatan picker of the move forms: options for what the officer typed, each named with its
 * kabupaten/kota and province, and the area finally meant, which is the option chosen or, when none was
 * chosen, a complete code typed in the search box (so the form also works without JavaScript).
 */
@Component
class WilayahChoices {

	static final int LIMIT = 15;
	private static final Pattern FULL_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}(\\.\\d{4})?");

	/** One option: the code and how people name the place. */
	record Choice(String kode, String label) {
	}

	private final WilayahDirectory wilayah;
	private final MoveAreas areas;

	WilayahChoices(WilayahDirectory wilayah, MoveAreas areas) {
		this.wilayah = wilayah;
		this.areas = areas;
	}

	/** Options for the text typed, with the one already chosen kept first even if the text changed. */
	List<Choice> options(String typed, String chosen) {
		List<Choice> options = new ArrayList<>();
		parse(chosen).flatMap(wilayah::find).ifPresent(w -> options.add(choice(w)));
		for (Wilayah found : wilayah.searchKecamatan(typed, LIMIT)) {
			if (options.stream().noneMatch(o -> o.kode().equals(found.kode().value()))) {
				options.add(choice(found));
			}
		}
		return options;
	}

	/** The area the form means, once {@link #validate} passed. */
	KodeWilayah meant(WilayahPick form) {
		String code = form.pickedCode() != null ? form.pickedCode() : form.typedQuery();
		return KodeWilayah.of(code);
	}

	/**
	 * Rejects {@code field} when nothing usable was chosen, or when the area breaks {@link MoveAreas}'s
	 * rules; the message stands next to the search box, where the officer acts.
	 */
	void validate(WilayahPick form, String field, MoveAreas.Direction direction, Errors errors) {
		String code = form.pickedCode();
		if (code == null && form.typedQuery() != null && FULL_CODE.matcher(form.typedQuery()).matches()) {
			code = form.typedQuery();
		}
		if (code == null) {
			errors.rejectValue(field, form.typedQuery() == null ? "registry.lifeEvent.wilayah.required"
					: "registry.lifeEvent.wilayah.choose");
			return;
		}
		try {
			areas.check(KodeWilayah.of(code), direction);
		} catch (InvalidIdentifierException e) {
			errors.rejectValue(field, "registry.lifeEvent.wilayah.required");
		} catch (BusinessRuleViolation e) {
			errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
		}
	}

	private Choice choice(Wilayah area) {
		if (area.level() == KodeWilayah.Level.DESA_KELURAHAN) {
			Optional<Wilayah> kecamatan = wilayah.find(area.induk());
			String within = kecamatan.map(k -> k.nama() + ", " + regencyOf(k)).orElse("");
			return new Choice(area.kode().value(), area.nama() + " — " + within);
		}
		return new Choice(area.kode().value(), area.nama() + " — " + regencyOf(area));
	}

	/** "Kota Bandung, Jawa Barat" for a kecamatan. */
	private String regencyOf(Wilayah kecamatan) {
		Optional<Wilayah> regency = wilayah.find(kecamatan.induk());
		String province = regency.flatMap(r -> wilayah.find(r.induk())).map(Wilayah::nama).orElse("");
		return regency.map(Wilayah::nama).orElse("") + (province.isEmpty() ? "" : ", " + province);
	}

	private static Optional<KodeWilayah> parse(String code) {
		try {
			return code == null ? Optional.empty() : Optional.of(KodeWilayah.of(code));
		} catch (InvalidIdentifierException e) {
			return Optional.empty();
		}
	}
}
