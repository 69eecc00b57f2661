package id.padu.archive.internal;

import id.padu.classification.SecurityClass;

import java.util.Set;

/**
 * Who may see a record, by its access classification (klasifikasi keamanan dan akses arsip):
 * <ul>
 * <li>{@code BIASA}: any staff of the pemda.</li>
 * <li>{@code TERBATAS}: archivists, administrators and staff holding a position in the creating OPD.</li>
 * <li>{@code RAHASIA}: archivists and the head of the creating OPD, acting heads (Plt/Plh) included; not
 * administrators, whose role is the system, not the content.</li>
 * </ul>
 * The search applies the same rule as a query filter ({@link #visibleUnits}), so counts and pages never include
 * what the reader may not open.
 */
public final class RecordAccessPolicy {

	private RecordAccessPolicy() {
	}

	public static boolean maySee(Reader reader, SecurityClass securityClass, String creatorUnit) {
		Set<String> units = visibleUnits(reader, securityClass);
		return units == null || units.contains(creatorUnit);
	}

	/**
	 * The creating OPDs whose records of this class the reader sees: null for all of them, empty for none.
	 */
	public static Set<String> visibleUnits(Reader reader, SecurityClass securityClass) {
		return switch (securityClass) {
			case BIASA -> null;
			case TERBATAS -> reader.archivist() || reader.admin() ? null : reader.opds();
			case RAHASIA -> reader.archivist() ? null : reader.headedOpds();
		};
	}

	/** Opening a restricted record is worth an audit entry; an ordinary one is not. */
	public static boolean auditsOpening(SecurityClass securityClass) {
		return securityClass != SecurityClass.BIASA;
	}
}
