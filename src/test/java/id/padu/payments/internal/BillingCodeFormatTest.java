package id.padu.payments.internal;

import id.padu.shared.KodeWilayah;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BillingCodeFormatTest {

	@Test
	void codesStartWithTheKabKotaCodeAndYear() {
		String code = BillingCodeFormat.generate(BillingCodeFormat.regionPrefix(KodeWilayah.of("36.71")), 2026, new Random(1));
		assertThat(code).hasSize(14).startsWith("367126").matches("\\d{14}");
		assertThat(BillingCodeFormat.isValid(code)).isTrue();
		assertThat(BillingCodeFormat.regionOf(code)).isEqualTo("3671");
	}

	@Test
	void provincesUseTheirTwoDigitsAndDoubleZero() {
		assertThat(BillingCodeFormat.regionPrefix(KodeWilayah.of("36"))).isEqualTo("3600");
		assertThat(BillingCodeFormat.regionPrefix(KodeWilayah.of("36.74"))).isEqualTo("3674");
	}

	@Test
	void checkDigitIsLuhn() {
		// The textbook Luhn example: 7992739871 has check digit 3.
		assertThat(BillingCodeFormat.checkDigit("7992739871")).isEqualTo('3');
		assertThat(BillingCodeFormat.checkDigit("3671261234567")).isEqualTo('6');
		assertThat(BillingCodeFormat.isValid("36712612345676")).isTrue();
	}

	@Test
	void everySingleWrongDigitIsCaught() {
		String code = BillingCodeFormat.generate("3674", 2026, new Random(7));
		for (int i = 0; i < code.length(); i++) {
			for (char d = '0'; d <= '9'; d++) {
				if (d != code.charAt(i)) {
					String typo = code.substring(0, i) + d + code.substring(i + 1);
					assertThat(BillingCodeFormat.isValid(typo)).as(typo).isFalse();
				}
			}
		}
	}

	@Test
	void swappedNeighboursAreCaughtExceptTheLuhnBlindSpot() {
		String code = "36712612345676";
		for (int i = 0; i < code.length() - 1; i++) {
			char a = code.charAt(i);
			char b = code.charAt(i + 1);
			if (a == b || (a == '0' && b == '9') || (a == '9' && b == '0')) {
				continue;
			}
			String swapped = code.substring(0, i) + b + a + code.substring(i + 2);
			assertThat(BillingCodeFormat.isValid(swapped)).as(swapped).isFalse();
		}
	}

	@Test
	void otherShapesAreNotCodes() {
		assertThat(BillingCodeFormat.isValid(null)).isFalse();
		assertThat(BillingCodeFormat.isValid("3671261234567")).isFalse();
		assertThat(BillingCodeFormat.isValid("3671261234567a")).isFalse();
		assertThat(BillingCodeFormat.isValid("367126123456760")).isFalse();
	}
}
