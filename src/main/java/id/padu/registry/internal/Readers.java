package id.padu.registry.internal;

import id.padu.audit.PersonalDataAccessLog.Accessor;
import id.padu.audit.PersonalDataAccessLog.AccessorKind;
import id.padu.identity.PaduUser;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.StaffRef;
import id.padu.organization.UnitRef;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who is reading, as the access log names them: a staff member by full name and OPD (from the
 * organization structure when they are on it), a citizen by account name, a system by client id.
 */
@Component
class Readers {

	private final OrganizationDirectory organization;

	Readers(OrganizationDirectory organization) {
		this.organization = organization;
	}

	Accessor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getName() == null) {
			return new Accessor(AccessorKind.ACCOUNT, "system", "Sistem Padu", null);
		}
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			return new Accessor(AccessorKind.CLIENT, jwt.getSubject(), jwt.getSubject(), null);
		}
		String username = authentication.getName();
		String display = authentication.getPrincipal() instanceof PaduUser user ? user.displayName() : username;
		if (authentication.getPrincipal() instanceof PaduUser user && !user.isStaff()) {
			return new Accessor(AccessorKind.ACCOUNT, username, display, null);
		}
		String fullName = organization.findStaffByUsername(username).map(StaffRef::fullName).orElse(display);
		String opd = organization.positionOf(username)
			.flatMap(position -> organization.opdOf(position.unitCode()))
			.map(UnitRef::name)
			.orElse(null);
		return new Accessor(AccessorKind.ACCOUNT, username, fullName, opd);
	}
}
