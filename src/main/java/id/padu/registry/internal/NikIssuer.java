package id.padu.registry.internal;

import id.padu.registry.Gender;
import id.padu.registry.IdentifierRules;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives a newborn a NIK: the kecamatan of the family's address, the birth date (day + 40 for girls) and
 * the lowest serial from 0001 that no resident of the pemda holds for that kecamatan and date. Two births
 * issued at the same instant for the same kecamatan and date would collide on the unique NIK index, and
 * the second is refused rather than given a duplicate.
 */
@Component
class NikIssuer {

	private static final int LAST_SERIAL = 9999;

	private final ResidentRepository residents;

	NikIssuer(ResidentRepository residents) {
		this.residents = residents;
	}

	Nik issue(KodeWilayah kecamatan, LocalDate birthDate, Gender gender) {
		String prefix = kecamatan.value().replace(".", "").substring(0, 6)
				+ IdentifierRules.expectedDatePart(birthDate, gender);
		Set<String> taken = new HashSet<>(residents.niksBetween(prefix + "0000", prefix + "9999"));
		for (int serial = 1; serial <= LAST_SERIAL; serial++) {
			String candidate = prefix + String.format("%04d", serial);
			if (!taken.contains(candidate)) {
				return Nik.of(candidate);
			}
		}
		throw new BusinessRuleViolation("registry.birth.noSerialLeft");
	}
}
