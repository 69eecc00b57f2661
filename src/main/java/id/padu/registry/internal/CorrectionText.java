package id.padu.registry.internal;

import id.padu.shared.KodeWilayah;
import id.padu.shared.web.Formats;
import id.padu.wilayah.Wilayah;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Canonical values as people read them, for templates: {@code ${@correctionText.value(field, v)}}
 * shows {@code P} as "Perempuan", a date as "05 Agustus 1990", a kelurahan code with its name.
 */
@Component("correctionText")
class CorrectionText {

	private final MessageSource messages;
	private final Formats formats;
	private final WilayahDirectory wilayah;

	CorrectionText(MessageSource messages, Formats formats, WilayahDirectory wilayah) {
		this.messages = messages;
		this.formats = formats;
		this.wilayah = wilayah;
	}

	public String value(CorrectionField field, String value) {
		if (value == null || value.isBlank()) {
			return "–";
		}
		return switch (field) {
			case BIRTH_DATE -> formats.date(LocalDate.parse(value));
			case GENDER -> message("registry.gender." + value);
			case BLOOD_TYPE -> message("registry.bloodType." + value);
			case RELIGION -> message("registry.religion." + value);
			case MARITAL_STATUS -> message("registry.marital." + value);
			case KELURAHAN -> wilayah.find(KodeWilayah.of(value)).map(w -> w.nama() + " (" + value + ")").orElse(value);
			default -> value;
		};
	}

	public String label(CorrectionField field) {
		return message(field.labelKey());
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** Kelurahan of the pemda for the address choice, by name. */
	public java.util.List<Wilayah> kelurahanOf(KodeWilayah kota) {
		return wilayah.children(kota).stream().flatMap(kecamatan -> wilayah.children(kecamatan.kode()).stream()).toList();
	}
}
