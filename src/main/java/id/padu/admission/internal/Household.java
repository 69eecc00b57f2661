package id.padu.admission.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRecord;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.ResidentStatus;
import id.padu.shared.Nik;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The applicant's Kartu Keluarga as admission needs it for one request: the children who may be registered and
 * where the family lives ({@code home} null when neither the house nor the kelurahan has a location).
 */
record Household(Nik applicant, FamilyRecord family, GeoPoint home, LocationPrecision precision) {

	private static final Set<FamilyRelationship> CHILDREN = Set.of(FamilyRelationship.ANAK, FamilyRelationship.CUCU,
			FamilyRelationship.FAMILI_LAIN, FamilyRelationship.LAINNYA);

	/** Living children (and grandchildren, other relatives) on the card, oldest first; never the applicant. */
	List<FamilyMember> children() {
		return family.members().stream()
			.filter(m -> m.status() == ResidentStatus.HIDUP && CHILDREN.contains(m.relationship()))
			.filter(m -> !m.nik().equals(applicant))
			.toList();
	}

	Optional<FamilyMember> child(String nik) {
		return children().stream().filter(m -> m.nik().value().equals(nik)).findFirst();
	}

	/** Metres from home to the school, when the home is known. */
	Optional<Long> metresTo(School school) {
		return home == null ? Optional.empty() : Optional.of(home.metresTo(school.location()));
	}
}
