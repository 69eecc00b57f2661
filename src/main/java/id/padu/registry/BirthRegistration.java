package id.padu.registry;

/**
 * Registers a newborn in one step: the registry issues the child's NIK (kecamatan of the family's address,
 * birth date, a free serial), places the child on the mother's Kartu Keluarga and records the birth for the
 * child and the mother. The rules of {@link Registry#recordBirth} apply; a refused birth takes no NIK.
 */
public interface BirthRegistration {

	/**
	 * @return the child as now registered, with the issued NIK
	 * @throws id.padu.shared.BusinessRuleViolation a rule of the registry is broken; nothing is written
	 * @throws id.padu.shared.NotFoundException the family card or a parent is unknown
	 */
	ResidentRecord register(BirthNotice birth);
}
