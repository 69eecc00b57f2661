package id.padu.archive.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.organization.Holder;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.PositionRef;
import id.padu.organization.UnitRef;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link Reader} of a signed-in account or an OAuth client from today's appointments. */
@Component
public class ArchiveReaders {

	private final OrganizationDirectory organization;

	ArchiveReaders(OrganizationDirectory organization) {
		this.organization = organization;
	}

	public Reader of(Authentication authentication) {
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			return Reader.client(jwt.getSubject());
		}
		String username = authentication.getName();
		boolean archivist = false;
		boolean admin = false;
		if (authentication.getPrincipal() instanceof PaduUser user) {
			archivist = user.has(Role.ARCHIVIST);
			admin = user.has(Role.ADMIN);
		}
		Set<String> opds = new HashSet<>();
		Set<String> headed = new HashSet<>();
		for (Holder holder : organization.appointmentsOf(username)) {
			PositionRef position = holder.position();
			opdOf(position.unitCode()).ifPresent(opd -> {
				opds.add(opd);
				organization.headOf(opd)
					.filter(head -> head.code().equals(position.code()))
					.ifPresent(head -> headed.add(opd));
			});
		}
		return new Reader(username, false, archivist, admin, opds, headed);
	}

	/** The OPD of the caller's (first) position: the default creator of what they file. */
	public Optional<String> opdOfPosition(String username) {
		return organization.positionOf(username).flatMap(position -> opdOf(position.unitCode()));
	}

	public Optional<String> opdOf(String unitCode) {
		return organization.opdOf(unitCode).map(UnitRef::code);
	}
}
