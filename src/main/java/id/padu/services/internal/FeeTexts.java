package id.padu.services.internal;

import id.padu.services.FeeAssessment;
import id.padu.shared.Rupiah;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

/**
 * Fees in words: "Gratis", "Rp 50.000", "Rp 35.000 per m²" (with its minimum), an assessed fee's own
 * description, and the form's estimate for what the applicant entered ("untuk 12 m²: Rp 420.000").
 */
@Component
class FeeTexts {

	private final MessageSource messages;
	private final Fees fees;

	FeeTexts(MessageSource messages, Fees fees) {
		this.messages = messages;
		this.fees = fees;
	}

	FeeView view(FeeRule fee, Locale locale) {
		String type = fee.kind().yamlName();
		return switch (fee.kind()) {
			case NONE -> new FeeView(type, 0, null, null, 0, message("services.catalog.free", locale));
			case FIXED -> new FeeView(type, fee.amountRupiah(), null, null, 0, rupiah(fee.amountRupiah()));
			case PER_UNIT -> new FeeView(type, fee.amountRupiah(), fee.unit(), fee.unitField(), fee.minimumRupiah(),
					fee.minimumRupiah() > 0
							? message("services.fee.perUnitMinimum", locale, rupiah(fee.amountRupiah()), fee.unitSymbol(),
									rupiah(fee.minimumRupiah()))
							: message("services.fee.perUnit", locale, rupiah(fee.amountRupiah()), fee.unitSymbol()));
			case ASSESSED -> new FeeView(type, 0, null, null, 0, fees.assessment(fee.assessedBy())
				.map(FeeAssessment::descriptionKey).map(key -> message(key, locale))
				.orElseGet(() -> message("services.fee.assessed", locale)));
		};
	}

	/** What a per-unit fee comes to for the entered number of units; null when nothing usable is entered yet. */
	String estimate(FeeRule fee, String units, Locale locale) {
		if (fee.kind() != FeeRule.Kind.PER_UNIT || units == null || !units.strip().matches("\\d{1,9}")
				|| Long.parseLong(units.strip()) < 1) {
			return null;
		}
		try {
			long amount = fee.amountFor(Map.of(fee.unitField(), units.strip()));
			return message("services.fee.estimate", locale, units.strip(), fee.unitSymbol(), rupiah(amount));
		} catch (ArithmeticException e) {
			return null;
		}
	}

	private static String rupiah(long amount) {
		return Rupiah.of(amount).formatted();
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
