package id.padu.registry;

import id.padu.shared.NomorKk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A Kartu Keluarga with its members, head first, then by birth date. */
public record FamilyRecord(NomorKk nomorKk, LocalDate issuedOn, Address address, List<FamilyMember> members) {

	public FamilyRecord {
		members = List.copyOf(members);
	}

	public Optional<FamilyMember> head() {
		return members.stream().filter(m -> m.relationship() == FamilyRelationship.KEPALA_KELUARGA).findFirst();
	}
}
