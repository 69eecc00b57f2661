package id.padu.registry;

import id.padu.shared.Nik;
import id.padu.shared.NomorKk;

import java.time.LocalDate;

/**
 * A birth as told to the registry (akta kelahiran), before the child has a NIK: the family card the child
 * joins (the mother's), the child's data and the parents' NIKs ({@code father} may be null). Blood type and
 * religion may be null when not known.
 */
public record BirthNotice(NomorKk kk, String name, String birthPlace, LocalDate birthDate, Gender gender,
		Religion religion, BloodType bloodType, Citizenship citizenship, Nik mother, Nik father, String details) {
}
