package id.padu.registry;

import id.padu.shared.Nik;

import java.util.List;

/**
 * Extension point for the staff page of a resident: each module that holds something about a person
 * (applications, letters, complaints, archive records) contributes its sections. Called with the
 * current tenant set, inside the request of a staff member who already gave a purpose.
 */
public interface PersonRecordsProvider {

	List<PersonRecordSection> recordsFor(Nik nik);
}
