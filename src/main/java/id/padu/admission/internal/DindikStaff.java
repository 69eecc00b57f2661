package id.padu.admission.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who works on admission: officers and heads with a position today (definitive or acting) in the OPD that
 * runs it ({@code padu.admission.opd}, Dinas Pendidikan), and admins. Officers and heads announce; only heads
 * and admins change quotas. Used in {@code @PreAuthorize} as {@code @dindikStaff}.
 */
@Component("dindikStaff")
class DindikStaff {

	private final OrganizationDirectory organization;
	private final String opd;

	DindikStaff(OrganizationDirectory organization, @Value("${padu.admission.opd:dindik}") String opd) {
		this.organization = organization;
		this.opd = opd;
	}

	public boolean mayView(Object principal) {
		PaduUser user = principal instanceof PaduUser p ? p : null;
		return user != null && (user.has(Role.ADMIN) || mayAnnounce(user));
	}

	public boolean mayAnnounce(Object principal) {
		PaduUser user = principal instanceof PaduUser p ? p : null;
		return user != null && (user.has(Role.OFFICER) || user.has(Role.HEAD)) && worksHere(user);
	}

	public boolean mayEdit(Object principal) {
		PaduUser user = principal instanceof PaduUser p ? p : null;
		return user != null && (user.has(Role.ADMIN) || user.has(Role.HEAD) && worksHere(user));
	}

	private boolean worksHere(PaduUser user) {
		for (Holder holder : organization.appointmentsOf(user.getUsername())) {
			if (organization.opdOf(holder.position().unitCode()).map(UnitRef::code).filter(opd::equals).isPresent()) {
				return true;
			}
		}
		return false;
	}
}
