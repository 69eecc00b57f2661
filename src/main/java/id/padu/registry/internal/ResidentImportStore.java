package id.padu.registry.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts one batch of checked rows by NIK in the caller's transaction, with the database's fastest
 * way of doing so. A row equal to what is stored is left alone (no version bump), so importing the
 * same file again changes nothing.
 */
interface ResidentImportStore {

	/** What one batch changed: new residents, changed residents, and the NIKs of both. */
	record Written(int imported, int updated, List<String> niks) {
	}

	/**
	 * A family card as the batch describes it. The kepala keluarga's address is the card's address; a
	 * card whose head is not in the batch is created from the first member's address but never updated
	 * from it.
	 */
	record FamilyRow(String nomorKk, LocalDate issuedOn, String street, String rt, String rw, String kelurahanKode,
			boolean fromHead) {
	}

	Written write(String tenant, List<ResidentImportRow> rows, Timestamp now);

	static Collection<FamilyRow> families(List<ResidentImportRow> rows) {
		Map<String, FamilyRow> families = new LinkedHashMap<>();
		for (ResidentImportRow r : rows) {
			FamilyRow known = families.get(r.nomorKk());
			if (known == null || (r.isHead() && !known.fromHead())) {
				families.put(r.nomorKk(), new FamilyRow(r.nomorKk(), r.kkIssuedOn(), r.street(), r.rt(), r.rw(),
						r.kelurahanKode(), r.isHead()));
			}
		}
		return families.values();
	}
}
