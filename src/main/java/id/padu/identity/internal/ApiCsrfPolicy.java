package id.padu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Locale;
import java.util.Set;

/**
 * Which REST API requests must carry a CSRF token: state-changing requests that ride on the session
 * cookie with a body a foreign web page could send through a plain HTML form (form-encoded,
 * multipart, text/plain or no body). JSON and CSV bodies need a CORS preflight that a foreign site
 * cannot pass, and bearer-token callers carry no cookie at all, so neither needs a token. The
 * SameSite=Lax session cookie is the first line; this is the second.
 */
final class ApiCsrfPolicy implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
	private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
			"text/plain");

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		String contentType = request.getContentType();
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return FORM_TYPES.contains(mediaType);
	}
}
