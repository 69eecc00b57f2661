package id.padu.archive.internal.lifecycle;

import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.UnitRef;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who decides a proposal: whoever holds today the position that leads the OPD that created its berkas,
 * definitively or acting (Plt/Plh). Nobody else, not even an admin or the head of another OPD.
 */
@Component
public class ApproverPolicy {

	private final OrganizationDirectory directory;

	ApproverPolicy(OrganizationDirectory directory) {
		this.directory = directory;
	}

	/** The OPD a berkas's creating unit belongs to (the unit itself when it is not in the structure). */
	public String opdOf(String creatorUnit) {
		return directory.opdOf(creatorUnit).map(UnitRef::code).orElse(creatorUnit);
	}

	public Optional<Holder> holding(String opdCode, String username) {
		return directory.headOf(opdCode).flatMap(head -> directory.holders(head.code()).stream()
			.filter(h -> username != null && username.equals(h.staff().username())).findFirst());
	}

	/**
	 * @throws AccessDeniedException when the user does not lead the OPD today
	 * @throws BusinessRuleViolation when the OPD has no head position at all
	 */
	public Holder require(String opdCode, String username) {
		PositionRef head = directory.headOf(opdCode)
			.orElseThrow(() -> new BusinessRuleViolation("archive.lifecycle.approval.noHead", opdCode));
		return directory.holders(head.code()).stream().filter(h -> username.equals(h.staff().username())).findFirst()
			.orElseThrow(() -> new AccessDeniedException(username + " does not lead " + opdCode));
	}
}
