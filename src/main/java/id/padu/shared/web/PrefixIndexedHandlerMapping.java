package id.padu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spring MVC's handler mapping, but a path with a variable ({@code /api/v1/residents/{nik}}) is tested only
 * against the mappings whose literal start fits the path, instead of against all several hundred mappings.
 * That loop was a third of the request threads' CPU in the NIK look-up benchmark (JFR), mostly each
 * mapping's method and path conditions.
 * <p>
 * The short cut only answers when it is sure to give Spring's own answer: exactly one of the candidates
 * matches, the path has no escaped characters or matrix parameters (so the raw path is the one the literal
 * segments are compared with), and the request is not a CORS pre-flight. Everything else (no match, several
 * matches to rank, 404/405/415 answers) goes to Spring's full look-up unchanged.
 */
class PrefixIndexedHandlerMapping extends RequestMappingHandlerMapping {

	private record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
	}

	private volatile @Nullable Map<String, List<Candidate>> byLiteralStart;

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		byLiteralStart = index(getHandlerMethods());
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		byLiteralStart = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		byLiteralStart = null;
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Map<String, List<Candidate>> index = byLiteralStart;
		if (index == null || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0
				|| CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo matched = null;
		HandlerMethod handler = null;
		for (String start : literalStarts(lookupPath)) {
			for (Candidate candidate : index.getOrDefault(start, List.of())) {
				RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
				if (match != null) {
					if (matched != null) {
						return super.lookupHandlerMethod(lookupPath, request);
					}
					matched = match;
					handler = candidate.handler();
				}
			}
		}
		if (matched == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(matched, lookupPath, request);
		return handler;
	}

	/**
	 * The keys under which a mapping that could match this path is indexed: the path cut before each slash,
	 * and the whole path with and without a trailing slash.
	 */
	static Set<String> literalStarts(String path) {
		Set<String> starts = new LinkedHashSet<>();
		for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
			starts.add(path.substring(0, i));
		}
		starts.add(path);
		return starts;
	}

	/**
	 * A pattern's key: its segments up to the first one with a variable or wildcard, without the slash
	 * before that segment ({@code /api/v1/residents/{nik}} → {@code /api/v1/residents}); a pattern of
	 * literal segments only is its own key. Any path the pattern matches then starts with the key.
	 */
	static String literalStart(String pattern) {
		int cut = pattern.length();
		int segmentStart = 0;
		for (int i = 0; i <= pattern.length(); i++) {
			if (i == pattern.length() || pattern.charAt(i) == '/') {
				String segment = pattern.substring(segmentStart, i);
				if (segment.contains("{") || segment.contains("*") || segment.contains("?")) {
					cut = Math.max(segmentStart - 1, 0);
					break;
				}
				segmentStart = i + 1;
			}
		}
		String start = pattern.substring(0, cut);
		return start.endsWith("/") ? start.substring(0, start.length() - 1) : start;
	}

	private @Nullable Map<String, List<Candidate>> index(Map<RequestMappingInfo, HandlerMethod> mappings) {
		if (getPatternParser() == null || !getPatternParser().isCaseSensitive()) {
			return null;
		}
		Map<String, List<Candidate>> index = new HashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.entrySet()) {
			PathPatternsRequestCondition paths = entry.getKey().getPathPatternsCondition();
			if (paths == null) {
				return null;
			}
			Set<String> keys = new LinkedHashSet<>();
			for (PathPattern pattern : paths.getPatterns()) {
				keys.add(literalStart(pattern.getPatternString()));
			}
			if (keys.isEmpty()) {
				keys.add("");
			}
			for (String key : keys) {
				index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(entry.getKey(), entry.getValue()));
			}
		}
		return index;
	}
}
