package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.Berkas;
import id.padu.classification.SecurityClass;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may take a berkas out as a transfer package: archivists and admins (or an API client with
 * {@code archive.read}); a RAHASIA berkas only an archivist, since a package leaves Padu's access control.
 */
@Component
class BagItAccessPolicy {

	void checkExport(Berkas berkas, Authentication caller) {
		boolean archivist = has(caller, "ROLE_ARCHIVIST");
		boolean allowed = berkas.securityClass() == SecurityClass.RAHASIA ? archivist
				: archivist || has(caller, "ROLE_ADMIN") || has(caller, "SCOPE_archive.read");
		if (!allowed) {
			throw new AuthorizationDeniedException("berkas " + berkas.berkasNumber() + " is not for this caller");
		}
	}

	private static boolean has(Authentication caller, String authority) {
		return caller.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}
}
