package id.padu.localtax.internal;

import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.localtax.Nop;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import id.padu.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may read a tax object: Bapenda's staff (an appointment in the OPD named in
 * {@code padu.localtax.pbb.opd}) and auditors read every object of the pemda; a citizen reads the objects
 * registered to their own NIK. Another citizen's object is "not found" (nobody learns whose a NOP is);
 * other staff are refused.
 */
@Component("pbbAccess")
class PbbAccess {

	private final TaxObjectRepository objects;
	private final CitizenAccounts citizens;
	private final OrganizationDirectory organization;
	private final String opd;

	PbbAccess(TaxObjectRepository objects, CitizenAccounts citizens, OrganizationDirectory organization,
			PbbSettings settings) {
		this.objects = objects;
		this.citizens = citizens;
		this.organization = organization;
		this.opd = settings.opd();
	}

	/** For the layout's menu ({@code @pbbAccess.showsMenu(principal)}): only those who may open the page see it. */
	public boolean showsMenu(Object principal) {
		return principal instanceof PaduUser user && isRevenueStaff(user);
	}

	boolean isRevenueStaff(PaduUser user) {
		if (user == null || !user.isStaff()) {
			return false;
		}
		return user.has(Role.AUDITOR) || organization.appointmentsOf(user.getUsername()).stream()
			.map(holder -> organization.opdOf(holder.position().unitCode())).flatMap(Optional::stream)
			.map(UnitRef::code).anyMatch(opd::equals);
	}

	/** Staff outside Bapenda get 403. */
	void requireRevenueStaff(PaduUser user) {
		if (!isRevenueStaff(user)) {
			throw new AccessDeniedException("Only the revenue agency's staff read tax objects");
		}
	}

	TaxObjectRecord readable(PaduUser user, Nop nop) {
		TaxObjectRecord object = objects.findByNop(nop.value())
			.orElseThrow(() -> new NotFoundException("localtax.object.notFound"));
		if (isRevenueStaff(user)) {
			return object;
		}
		if (user != null && user.isStaff()) {
			throw new AccessDeniedException("Only the revenue agency's staff and the taxpayer read a tax object");
		}
		boolean own = user != null && citizens.nikOf(user.accountId())
			.filter(nik -> nik.value().equals(object.subjectNik())).isPresent();
		if (!own) {
			throw new NotFoundException("localtax.object.notFound");
		}
		return object;
	}
}
