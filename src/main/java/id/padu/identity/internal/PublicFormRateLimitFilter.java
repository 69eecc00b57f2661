package id.padu.identity.internal;

import id.padu.shared.web.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Slows down password guessing and form spam: POSTs to the sign-in and public forms are counted per
 * client address and answered with 429 (the calm {@code error/429} page) above the limit. Runs before
 * Spring Security, so a flood never reaches the password hashing. Behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so the client address is the real one.
 */
class PublicFormRateLimitFilter extends OncePerRequestFilter {

	static final Set<String> LIMITED_PATHS = Set.of("/login", "/daftar", "/lupa-sandi", "/daftar/kirim-ulang",
			"/atur-sandi");

	/** Public uploads of a signed PDF to check it against its verification code (page and API). */
	static final List<String> LIMITED_PREFIXES = List.of("/verifikasi/", "/api/v1/documents/verify/");

	private static final Logger log = LoggerFactory.getLogger(PublicFormRateLimitFilter.class);

	private final RateLimiter limiter;

	PublicFormRateLimitFilter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !LIMITED_PATHS.contains(path) && LIMITED_PREFIXES.stream().noneMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limiter.tryAcquire(request.getRemoteAddr())) {
			log.warn("Rate limit reached for {} on {}", request.getRemoteAddr(), request.getRequestURI());
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}
}
