package id.padu.tenancy;

import id.padu.shared.TenantAwarePrincipal;
import id.padu.shared.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Sets the tenant of each request: the signed-in account's or API client's tenant, otherwise the
 * pemda whose host name was called, otherwise the configured default. Runs after Spring Security so
 * the account is known, and clears the tenant when the request ends.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

	// A plain name, so the error page can read it as ${paduUnknownHost}.
	static final String UNKNOWN_TENANT = "paduUnknownHost";

	private final TenantDirectory directory;
	private final Optional<TenantId> defaultTenant;

	TenantResolutionFilter(TenantDirectory directory, Optional<TenantId> defaultTenant) {
		this.directory = directory;
		this.defaultTenant = defaultTenant;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<TenantId> tenant = fromAuthentication(SecurityContextHolder.getContext().getAuthentication())
				.or(() -> directory.findByHost(request.getServerName()).map(TenantInfo::id))
				.or(() -> defaultTenant.filter(t -> directory.find(t).isPresent()));
		if (tenant.isEmpty()) {
			request.setAttribute(UNKNOWN_TENANT, request.getServerName());
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		TenantContext.set(tenant.get());
		try {
			chain.doFilter(request, response);
		} finally {
			TenantContext.clear();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico");
	}

	private static Optional<TenantId> fromAuthentication(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof TenantAwarePrincipal principal) {
			return Optional.of(principal.tenantId());
		}
		if (authentication.getPrincipal() instanceof Jwt jwt && jwt.hasClaim("tenant")) {
			return Optional.of(TenantId.of(jwt.getClaimAsString("tenant")));
		}
		return Optional.empty();
	}
}
