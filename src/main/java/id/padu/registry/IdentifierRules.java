package id.padu.registry;

import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The identifier checks that need data: the kecamatan of a NIK or Nomor KK must exist (anywhere in
 * Indonesia: people move), and a NIK's date part must agree with the person's birth date and gender.
 * The checks of the number alone run when {@link Nik} or {@link NomorKk} is parsed. Each failure is an
 * {@link InvalidIdentifierException} naming the part that is wrong.
 */
@Component
public class IdentifierRules {

	private final WilayahDirectory wilayah;

	IdentifierRules(WilayahDirectory wilayah) {
		this.wilayah = wilayah;
	}

	/** Parses and checks a NIK typed by someone. */
	public Nik nik(String text) {
		Nik nik = Nik.of(text);
		checkKnownKecamatan(nik);
		return nik;
	}

	public NomorKk nomorKk(String text) {
		NomorKk nomorKk = NomorKk.of(text);
		checkKnownKecamatan(nomorKk);
		return nomorKk;
	}

	public void checkKnownKecamatan(Nik nik) {
		if (!wilayah.exists(nik.kecamatan())) {
			throw new InvalidIdentifierException("identifier.nik.kecamatan", nik.value().substring(0, 6));
		}
	}

	public void checkKnownKecamatan(NomorKk nomorKk) {
		if (!wilayah.exists(nomorKk.kecamatan())) {
			throw new InvalidIdentifierException("identifier.kk.kecamatan", nomorKk.value().substring(0, 6));
		}
	}

	/**
	 * The whole NIK of a person: known kecamatan, then gender (day + 40 for women), then the date
	 * DDMMYY, where YY is the birth year's last two digits.
	 */
	public void checkNik(Nik nik, LocalDate birthDate, Gender gender) {
		checkKnownKecamatan(nik);
		if (nik.isFemale() != gender.isFemale()) {
			throw new InvalidIdentifierException(gender.isFemale() ? "identifier.nik.notFemale" : "identifier.nik.notMale");
		}
		if (!nik.matches(birthDate, gender.isFemale())) {
			throw new InvalidIdentifierException("identifier.nik.birthdateMismatch", expectedDatePart(birthDate, gender));
		}
	}

	/** What digits 7 to 12 of the NIK of someone born on that date should be. */
	public static String expectedDatePart(LocalDate birthDate, Gender gender) {
		return String.format("%02d%02d%02d", birthDate.getDayOfMonth() + (gender.isFemale() ? 40 : 0),
				birthDate.getMonthValue(), birthDate.getYear() % 100);
	}
}
