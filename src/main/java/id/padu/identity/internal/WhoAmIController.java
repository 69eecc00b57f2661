package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import id.padu.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Tells an API caller who it is to Padu: a person's account or another system's client, and its pemda. */
@RestController
class WhoAmIController {

	record WhoAmI(String kind, String name, String tenant, List<String> roles, List<String> scopes) {
	}

	@GetMapping("/api/v1/identity/whoami")
	WhoAmI whoami(Authentication authentication) {
		String tenant = TenantContext.require().value();
		List<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		List<String> roles = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList();
		List<String> scopes = authorities.stream().filter(a -> a.startsWith("SCOPE_")).map(a -> a.substring(6)).sorted().toList();
		if (authentication.getPrincipal() instanceof PaduUser user) {
			return new WhoAmI("account", user.getUsername(), tenant, roles, scopes);
		}
		if (authentication.getPrincipal() instanceof Jwt jwt) {
			return new WhoAmI("client", jwt.getSubject(), tenant, roles, scopes);
		}
		return new WhoAmI("other", authentication.getName(), tenant, roles, scopes);
	}
}
