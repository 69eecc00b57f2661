package id.padu.archive.internal.records;

import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.organization.OrganizationDirectory;
import id.padu.organization.UnitRef;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Names for codes on archive pages ({@code @archiveLabels} in templates): OPDs and classification codes. A page
 * names the same few OPDs and codes many times (a search page: twenty hits and their facets), so the names are
 * looked up once per request: all OPDs in one query, each classification code once.
 */
@Component("archiveLabels")
class ArchiveLabels {

	private final OrganizationDirectory organization;
	private final ClassificationScheme scheme;

	ArchiveLabels(OrganizationDirectory organization, ClassificationScheme scheme) {
		this.organization = organization;
		this.scheme = scheme;
	}

	public String opd(String code) {
		if (code == null) {
			return "";
		}
		Map<String, String> names = perRequest("opd", this::opdNames);
		return names.getOrDefault(code, code);
	}

	public String code(String code) {
		if (code == null) {
			return "";
		}
		return perRequest("code", HashMap::new)
			.computeIfAbsent(code, c -> scheme.find(c).map(found -> found.code() + " " + found.name()).orElse(c));
	}

	private Map<String, String> opdNames() {
		Map<String, String> names = new HashMap<>();
		organization.units().forEach(unit -> names.put(unit.code(), unit.name()));
		return names;
	}

	/** The request's map of names of one kind; outside a request (tests, mails) a fresh one each time. */
	@SuppressWarnings("unchecked")
	private static Map<String, String> perRequest(String kind, Supplier<Map<String, String>> load) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return load.get();
		}
		String key = ArchiveLabels.class.getName() + "." + kind;
		Map<String, String> names = (Map<String, String>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
		if (names == null) {
			names = load.get();
			request.setAttribute(key, names, RequestAttributes.SCOPE_REQUEST);
		}
		return names;
	}

	List<UnitRef> opds() {
		return organization.units().stream().filter(u -> u.kind().isOpd() && u.active()).toList();
	}

	/** Main codes and the level below them: what the picker offers before the user types. */
	List<Classification> pickerOptions() {
		List<Classification> options = new ArrayList<>();
		for (Classification main : scheme.children(null)) {
			options.add(main);
			options.addAll(scheme.children(main.code()));
		}
		return options;
	}
}
