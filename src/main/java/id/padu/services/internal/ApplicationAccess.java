package id.padu.services.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Who may open an application: the citizen who made it, and officers and heads of the responsible OPD.
 * Anyone else, in this pemda or another, is told it does not exist.
 */
@Component
@Transactional(readOnly = true)
class ApplicationAccess {

	private final ApplicationRepository applications;
	private final StaffGroups groups;

	ApplicationAccess(ApplicationRepository applications, StaffGroups groups) {
		this.applications = applications;
		this.groups = groups;
	}

	ServiceApplication readable(PaduUser user, UUID id) {
		return applications.findById(id).filter(a -> may(user, a))
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
	}

	ServiceApplication own(PaduUser user, UUID id) {
		return applications.findById(id).filter(a -> a.applicantAccount().equals(user.accountId()))
			.orElseThrow(() -> new NotFoundException("services.application.notFound"));
	}

	boolean may(PaduUser user, ServiceApplication application) {
		if (application.applicantAccount().equals(user.accountId())) {
			return true;
		}
		return (user.has(Role.OFFICER) || user.has(Role.HEAD)) && groups.opds(user).contains(application.opdCode());
	}
}
