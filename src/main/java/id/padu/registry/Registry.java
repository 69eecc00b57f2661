package id.padu.registry;

import id.padu.audit.PersonalDataAccess;
import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The population registry of the current pemda. Every read names a {@link Purpose} and is logged
 * with the reader and the fields read; every change appends a life event and publishes
 * {@link LifeEventRecorded} (and {@link ResidentRegistered} for newcomers). Changes are checked in
 * full before anything is written: a broken rule ({@link id.padu.shared.BusinessRuleViolation}) or an
 * invalid identifier ({@link id.padu.shared.InvalidIdentifierException}) leaves the registry as it was.
 */
public interface Registry {

	/** The resident with every field; logged as read on a page by the signed-in reader. */
	Optional<ResidentRecord> findByNik(Nik nik, Purpose purpose);

	/** The family on a Kartu Keluarga with its members; logged for every member. */
	Optional<FamilyRecord> family(NomorKk nomorKk, Purpose purpose);

	/** A resident's history, oldest first; logged as a read of the resident's status. */
	List<LifeEventEntry> lifeEvents(Nik nik, Purpose purpose);

	/** Who read this person's data, newest first. Reading the log is not itself a read of the person. */
	List<PersonalDataAccess> accessLog(Nik nik);

	/**
	 * A child born into a family (akta kelahiran): joins the mother's KK with the relationship given
	 * (ANAK of the head, or CUCU when the mother is herself a child of the head). The mother lives here,
	 * or died here no earlier than the birth.
	 */
	ResidentRecord recordBirth(NewResident child, Nik mother, Nik father, String details);

	/**
	 * A newcomer joins a family of the pemda, coming from a kecamatan or kelurahan outside the pemda's
	 * area.
	 */
	ResidentRecord recordMoveIn(NewResident resident, KodeWilayah from, LocalDate date, String details);

	/** The resident leaves for a kecamatan or kelurahan outside the pemda's area; stays in history as moved out. */
	void recordMoveOut(Nik nik, KodeWilayah to, LocalDate date, String details);

	/**
	 * A resident moves to another address inside the pemda (pindah dalam daerah) and stays a resident; the
	 * Kartu Keluarga's address follows when every living member of the family now lives there.
	 */
	void recordAddressChange(Nik nik, Address to, LocalDate date, String details);

	void recordDeath(Nik nik, LocalDate date, String details);

	void recordMarriage(Nik first, Nik second, LocalDate date, String details);

	void recordDivorce(Nik first, Nik second, LocalDate date, String details);
}
