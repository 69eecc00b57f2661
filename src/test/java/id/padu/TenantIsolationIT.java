package id.padu;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.TenantFixture;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as the people of Kota Tangerang and calls every page and API that exists — found from
 * Spring MVC's own mapping table, so a new endpoint is covered the day it is added — with the ids,
 * codes and NIPs of Kota Tangerang Selatan. Nothing of Tangerang Selatan may appear in any answer,
 * no answer about one of its records may succeed, none of its rows may change, and no Tangerang row
 * may end up pointing at one of its rows.
 */
@PaduIntegrationTest
class TenantIsolationIT {

	static final String HOME = "kota-tangerang";
	static final String OTHER = "kota-tangerang-selatan";
	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
	static final List<String> PEOPLE = List.of("admin", "auditor", "petugas", "kadis", "warga", "bendahara");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffAndCitizensOfOneTenantCannotReadOrChangeTheOther() {
		TenantFixture other = TenantFixture.of(jdbc, OTHER, HOME);
		String before = other.snapshot();
		String bearer = TenantFixture.bearerToken(port, "demo-integrasi", "padu-demo-secret");
		List<String> problems = new ArrayList<>();
		Set<String> uncovered = new TreeSet<>();
		int requests = 0;

		for (String person : PEOPLE) {
			WebClient client = WebClient.signedIn(port, person);
			for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
				for (String pattern : mapping.getKey().getPatternValues()) {
					for (RequestMethod method : methods(mapping.getKey())) {
						List<String> paths = other.pathsFor(pattern, uncovered);
						for (String path : paths) {
							requests++;
							HttpResponse<String> response = call(client, null, method, path, other);
							check(person, method, pattern, path, response, other, problems);
							if (path.startsWith("/api/")) {
								check("demo-integrasi", method, pattern, path,
										call(null, bearer, method, path, other), other, problems);
							}
						}
					}
				}
			}
		}

		assertThat(requests).as("requests made").isGreaterThan(100);
		assertThat(uncovered).as("path variables with no value of the other tenant: add them to TenantFixture").isEmpty();
		assertThat(problems).as("answers that leaked or accepted data of the other tenant").isEmpty();
		assertThat(other.snapshot()).as("rows of the other tenant after " + requests + " requests").isEqualTo(before);
		assertThat(other.rowsOfHomePointingAtOther()).as("rows of Kota Tangerang referencing Tangerang Selatan").isEmpty();
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
	}

	private HttpResponse<String> call(WebClient session, String bearer, RequestMethod method, String path,
			TenantFixture other) {
		WebClient client = session != null ? session : WebClient.withBearer(port, bearer);
		String query = other.searchParameters();
		if (method == RequestMethod.GET || method == RequestMethod.HEAD) {
			return client.get(path + (path.contains("?") ? "&" : "?") + query);
		}
		if (path.startsWith("/api/")) {
			return client.send(method.name(), path, "application/json", other.jsonBody());
		}
		String csrf = session == null ? "" : "&_csrf=" + client.csrfToken("/");
		return client.send(method.name(), path, "application/x-www-form-urlencoded", other.formBody() + csrf);
	}

	private static void check(String who, RequestMethod method, String pattern, String path,
			HttpResponse<String> response, TenantFixture other, List<String> problems) {
		String leaked = other.markerIn(response.body(), path);
		if (leaked != null) {
			problems.add(who + " " + method + " " + path + " showed " + leaked);
		}
		boolean aboutOtherRecord = PATH_VARIABLE.matcher(pattern).find();
		int status = response.statusCode();
		if (aboutOtherRecord && status >= 200 && status < 300) {
			problems.add(who + " " + method + " " + path + " answered " + status + " for a record of " + OTHER);
		}
		if (status >= 500) {
			problems.add(who + " " + method + " " + path + " failed with " + status);
		}
	}
}
