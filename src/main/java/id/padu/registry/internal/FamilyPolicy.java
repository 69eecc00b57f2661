package id.padu.registry.internal;

import id.padu.registry.FamilyMember;
import id.padu.registry.FamilyRelationship;
import id.padu.registry.ResidentStatus;
import id.padu.shared.BusinessRuleViolation;

import java.util.List;

/**
 * Who may join a Kartu Keluarga: one kepala keluarga per family, and one spouse of the head
 * (a husband when the head is a woman, a wife otherwise). Members who died or moved out no longer count.
 */
final class FamilyPolicy {

	private FamilyPolicy() {
	}

	/**
	 * Where a newborn stands on the mother's card, seen from the head: the head's or the head's spouse's
	 * child is ANAK; the child of a daughter or daughter-in-law of the head is CUCU; any other is FAMILI_LAIN.
	 */
	static FamilyRelationship newbornOf(FamilyRelationship mother) {
		if (mother == null) {
			return FamilyRelationship.ANAK;
		}
		return switch (mother) {
			case KEPALA_KELUARGA, ISTRI, SUAMI -> FamilyRelationship.ANAK;
			case ANAK, MENANTU -> FamilyRelationship.CUCU;
			default -> FamilyRelationship.FAMILI_LAIN;
		};
	}

	static void checkJoin(List<FamilyMember> members, FamilyRelationship relationship) {
		List<FamilyMember> living = members.stream().filter(m -> m.status() == ResidentStatus.HIDUP).toList();
		if (relationship == FamilyRelationship.KEPALA_KELUARGA
				&& living.stream().anyMatch(m -> m.relationship() == FamilyRelationship.KEPALA_KELUARGA)) {
			throw new BusinessRuleViolation("registry.family.headExists");
		}
		if (relationship == FamilyRelationship.SUAMI
				&& living.stream().anyMatch(m -> m.relationship() == FamilyRelationship.SUAMI)) {
			throw new BusinessRuleViolation("registry.family.husbandExists");
		}
	}
}
