package id.padu.audit.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who caused a change: the signed-in username or OAuth client id, otherwise the system itself. */
final class Actors {

	static final String SYSTEM = "system";
	static final String ANONYMOUS = "anonymous";

	private Actors() {
	}

	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getName() == null) {
			return SYSTEM;
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			// A visitor of a public form (sign-up, complaint) who has not signed in.
			return ANONYMOUS;
		}
		String name = authentication.getName();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}
}
