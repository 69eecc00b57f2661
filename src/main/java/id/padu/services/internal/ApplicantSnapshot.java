package id.padu.services.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.ResidentRecord;
import id.padu.registry.ResidentStatus;
import id.padu.shared.Nik;

import java.util.List;
import java.util.Set;

/**
 * What the registry says about an applicant at one moment: the own record and the Kartu Keluarga (null
 * when the person is in no family). Held in memory for one request only, never stored.
 */
record ApplicantSnapshot(ResidentRecord resident, FamilyRecord family) {

	/** Family members who still live here and can be chosen (e.g. to move along). */
	List<FamilyMember> livingMembers() {
		return family == null ? List.of(resident.nik()).stream().map(nik -> new FamilyMember(nik, resident.fullName(),
				resident.relationship(), resident.gender(), resident.birthDate(), resident.status())).toList()
				: family.members().stream().filter(m -> m.status() == ResidentStatus.HIDUP).toList();
	}

	List<FamilyMember> chosen(Set<String> niks) {
		return livingMembers().stream().filter(m -> niks.contains(m.nik().value())).toList();
	}

	Nik nik() {
		return resident.nik();
	}
}
