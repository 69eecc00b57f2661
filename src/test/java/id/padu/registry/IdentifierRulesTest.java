package id.padu.registry;

import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.wilayah.WilayahDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Each failing part of a NIK or Nomor KK is named, in Indonesian and in English. */
class IdentifierRulesTest {

	static final Locale ID = Locale.forLanguageTag("id");

	final WilayahDirectory wilayah = mock(WilayahDirectory.class);
	final IdentifierRules rules = new IdentifierRules(wilayah);
	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	IdentifierRulesTest() {
		messages.setBasenames("messages/messages", "messages/registry");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		when(wilayah.exists(any())).thenAnswer(call -> {
			String kode = call.<KodeWilayah>getArgument(0).value();
			return kode.equals("36.71.01") || kode.equals("31.74.05");
		});
	}

	@Test
	void aNikMatchingBirthDateAndGenderPasses() {
		assertThatCode(() -> rules.checkNik(Nik.of("3671014508900003"), LocalDate.of(1990, 8, 5), Gender.P))
			.doesNotThrowAnyException();
		assertThatCode(() -> rules.checkNik(Nik.of("3174051402870001"), LocalDate.of(1987, 2, 14), Gender.L))
			.doesNotThrowAnyException();
		assertThat(rules.nik(" 3671014508900003 ").value()).isEqualTo("3671014508900003");
	}

	@Test
	void eachFailingPartOfANikIsNamed() {
		assertFails(() -> rules.nik("36710145089"), "identifier.nik.format", "NIK harus terdiri dari 16 angka.",
				"16 digits");
		assertFails(() -> rules.nik("9999014508900003"), "identifier.nik.kecamatan", "(999901) bukan kode kecamatan",
				"(999901)");
		assertFails(() -> rules.nik("3671013102900003"), "identifier.nik.birthdate", "bukan tanggal lahir yang sah",
				"not a valid birth date");
		assertFails(() -> rules.nik("3671014508900000"), "identifier.nik.serial", "tidak boleh 0000", "0000");
		assertFails(() -> rules.checkNik(Nik.of("3671010508900003"), LocalDate.of(1990, 8, 5), Gender.P),
				"identifier.nik.notFemale", "menunjukkan laki-laki", "say male");
		assertFails(() -> rules.checkNik(Nik.of("3671014508900003"), LocalDate.of(1990, 8, 5), Gender.L),
				"identifier.nik.notMale", "menunjukkan perempuan", "say female");
		assertFails(() -> rules.checkNik(Nik.of("3671014508910003"), LocalDate.of(1990, 8, 5), Gender.P),
				"identifier.nik.birthdateMismatch", "seharusnya 450890", "should be 450890");
		// One year off: the two-digit year must be the birth year modulo 100.
		assertFails(() -> rules.checkNik(Nik.of("3671014508900003"), LocalDate.of(1991, 8, 5), Gender.P),
				"identifier.nik.birthdateMismatch", "seharusnya 450891", "should be 450891");
	}

	@Test
	void eachFailingPartOfANomorKkIsNamed() {
		assertThat(rules.nomorKk("3671011212180002").issuedOn()).isEqualTo(LocalDate.of(2018, 12, 12));
		assertFails(() -> rules.nomorKk("36710112121800"), "identifier.kk.format", "Nomor KK harus terdiri dari 16 angka",
				"16 digits");
		assertFails(() -> rules.nomorKk("0071011212180002"), "identifier.kk.wilayah", "bukan bentuk kode kecamatan",
				"do not have the shape");
		assertFails(() -> rules.nomorKk("3600011212180002"), "identifier.kk.wilayah", "(360001)", "(360001)");
		assertFails(() -> rules.nomorKk("3671023112180002"), "identifier.kk.kecamatan", "(367102) bukan kode kecamatan yang dikenal",
				"not a known kecamatan");
		assertFails(() -> rules.nomorKk("3671013002180002"), "identifier.kk.issueDate", "bukan tanggal terbit yang sah",
				"not a valid issue date");
		assertFails(() -> rules.nomorKk("3671011212180000"), "identifier.kk.serial", "tidak boleh 0000", "cannot be 0000");
		LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1);
		if (tomorrow.getYear() == LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear()) {
			String future = String.format("367101%02d%02d%02d0001", tomorrow.getDayOfMonth(), tomorrow.getMonthValue(),
					tomorrow.getYear() % 100);
			assertFails(() -> NomorKk.of(future), "identifier.kk.future", "belum lewat", "in the future");
		}
	}

	@Test
	void expectedDatePartAddsFortyForWomen() {
		assertThat(IdentifierRules.expectedDatePart(LocalDate.of(2005, 1, 9), Gender.P)).isEqualTo("490105");
		assertThat(IdentifierRules.expectedDatePart(LocalDate.of(1949, 12, 31), Gender.L)).isEqualTo("311249");
	}

	@Test
	void purposeIsRequiredAndBounded() {
		assertThat(Purpose.of("  Verifikasi  ").text()).isEqualTo("Verifikasi");
		assertThatThrownBy(() -> Purpose.of(" ")).isInstanceOf(InvalidPurposeException.class)
			.hasMessage("registry.purpose.required");
		assertThatThrownBy(() -> Purpose.of("x".repeat(201))).hasMessage("registry.purpose.tooLong");
		assertThat(messages.getMessage("registry.purpose.required", new Object[] { "X-Purpose" }, Locale.ENGLISH))
			.contains("X-Purpose header");
	}

	private void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key, String indonesian,
			String english) {
		InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, call);
		assertThat(e).as("expected %s", key).isNotNull();
		assertThat(e.messageKey()).isEqualTo(key);
		assertThat(messages.getMessage(key, e.arguments(), ID)).contains(indonesian);
		assertThat(messages.getMessage(key, e.arguments(), Locale.ENGLISH)).contains(english);
	}
}
