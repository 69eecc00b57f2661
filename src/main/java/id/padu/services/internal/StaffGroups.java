package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The candidate groups a staff member works for: each of their staff roles in each OPD where they hold a
 * position today, definitive or acting (the organization module knows which OPD that is). An officer of
 * Disdukcapil is {@code OFFICER:disdukcapil}; an account with no position in the structure has none.
 */
@Component
class StaffGroups {

	private final OrganizationDirectory organization;

	StaffGroups(OrganizationDirectory organization) {
		this.organization = organization;
	}

	/** The OPD codes of the user's positions today. */
	Set<String> opds(PaduUser user) {
		Set<String> opds = new TreeSet<>();
		if (user == null || !user.isStaff()) {
			return opds;
		}
		for (Holder holder : organization.appointmentsOf(user.getUsername())) {
			organization.opdOf(holder.position().unitCode()).map(UnitRef::code).ifPresent(opds::add);
		}
		return opds;
	}

	List<String> groups(PaduUser user) {
		Set<String> opds = opds(user);
		Set<String> groups = new TreeSet<>();
		for (Role role : user == null ? Set.<Role>of() : user.roles()) {
			if (role.isStaff()) {
				opds.forEach(opd -> groups.add(new TaskGroup(role, opd).value()));
			}
		}
		return List.copyOf(groups);
	}

	/** OPDs where the user is a HEAD: they see the escalated tasks of those OPDs. */
	Set<String> headOf(PaduUser user) {
		return user != null && user.has(Role.HEAD) ? opds(user) : Set.of();
	}
}
