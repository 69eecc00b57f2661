package id.padu.audit;

import id.padu.shared.Nik;

import java.util.List;

/**
 * The purpose-bound log of reads of personal data: who read which fields of whose record, when and
 * why. The owner of the data (the registry) records every read; the citizen and staff read the log.
 * Entries are sealed into the tenant's audit chain within seconds ({@code SEAL_ACCESS_LOG}: one chain
 * entry per batch, whose digest covers every row of the batch), so the log is tamper-evident.
 */
public interface PersonalDataAccessLog {

	/**
	 * Appends one access and returns once it is committed (with other readers' accesses, in one batch),
	 * whatever the caller's transaction does afterwards: show the data only after this returns.
	 *
	 * @throws IllegalStateException without a current tenant, or when the entry could not be written
	 */
	void record(Nik nik, Accessor accessor, String purpose, List<String> fields, Channel channel);

	/**
	 * Appends one access per NIK, all by the same reader for the same purpose and fields (a list of search
	 * results): the same entries as calling {@link #record} for each, committed together.
	 */
	default void recordAll(List<Nik> niks, Accessor accessor, String purpose, List<String> fields, Channel channel) {
		niks.forEach(nik -> record(nik, accessor, purpose, fields, channel));
	}

	/** The accesses to one person's data in the current tenant, newest first. */
	List<PersonalDataAccess> forNik(Nik nik);

	enum AccessorKind { ACCOUNT, CLIENT }

	/** Where the data was shown: a staff page, the REST API, or a search result that was opened. */
	enum Channel { PAGE, API, SEARCH_OPEN }

	/**
	 * Who read: an account (username) or an OAuth client (client id), the name people know them by
	 * and, for staff, their OPD.
	 */
	record Accessor(AccessorKind kind, String name, String display, String unit) {

		public Accessor {
			if (kind == null || name == null || name.isBlank() || display == null || display.isBlank()) {
				throw new IllegalArgumentException("An accessor needs a kind, a name and a display name");
			}
		}
	}
}
