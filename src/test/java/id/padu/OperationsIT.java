package id.padu;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API clients rely on: health, metrics, OpenAPI and calm problem details. */
@PaduIntegrationTest
class OperationsIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void healthIsPublicAndDetailsAreForAdminsOnly() {
		HttpResponse<String> anonymous = WebClient.anonymous(port).get("/actuator/health");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("diskSpace");
		assertNoLeak(anonymous);

		HttpResponse<String> admin = WebClient.signedIn(port, "admin").get("/actuator/health");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("\"db\"", "\"diskSpace\"", "\"searchIndex\"", "\"status\":\"UP\"")
			.doesNotContain("\"mail\"");
		assertThat(WebClient.anonymous(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(WebClient.anonymous(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(WebClient.signedIn(port, "admin").get("/actuator/health/readiness").body()).contains("\"db\"",
				"\"searchIndex\"");
	}

	@Test
	void prometheusMetricsAreForAdmins() {
		HttpResponse<String> admin = WebClient.signedIn(port, "admin").get("/actuator/prometheus");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
		HttpResponse<String> anonymous = WebClient.anonymous(port).get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isIn(302, 401, 403);
		assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");
	}

	@Test
	void openApiDescribesTheApi() {
		HttpResponse<String> docs = WebClient.anonymous(port).get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"", "/api/v1/audit/verify", "/api/v1/audit/entries");
	}

	@Test
	void swaggerUiLoadsWithSameOriginAssetsOnly() {
		WebClient browser = WebClient.anonymous(port);
		HttpResponse<String> redirect = browser.get("/swagger-ui.html");
		assertThat(redirect.statusCode()).isIn(200, 302);
		String location = redirect.statusCode() == 302 ? redirect.headers().firstValue("Location").orElseThrow()
				: "/swagger-ui.html";
		HttpResponse<String> page = browser.get(location.replaceFirst("^https?://[^/]+", ""));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("swagger-ui");
		List<String> assets = ASSET.matcher(page.body()).results().map(m -> m.group(1)).toList();
		assertThat(assets).isNotEmpty().allSatisfy(asset -> assertThat(asset).doesNotStartWith("http").doesNotStartWith("//"));
		for (String asset : assets) {
			String path = asset.startsWith("/") ? asset : "/swagger-ui/" + asset.replaceFirst("^\\./", "");
			assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void unknownApiPathIsAProblemDetail() {
		HttpResponse<String> response = WebClient.signedIn(port, "auditor").get("/api/v1/no-such-thing");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404", "\"title\"");
		assertNoLeak(response);
	}

	@Test
	void wrongMethodAndMalformedJsonAreProblemDetails() {
		WebClient auditor = WebClient.signedIn(port, "auditor");
		HttpResponse<String> wrongMethod = auditor.send("POST", "/api/v1/audit/verify", "application/json", "{");
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongMethod.body()).contains("\"status\":405", "Metode");
		assertNoLeak(wrongMethod);

		HttpResponse<String> forbidden = WebClient.signedIn(port, "petugas").get("/api/v1/audit/verify");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("\"status\":403");
		assertNoLeak(forbidden);
	}

	@Test
	void malformedJsonIsAProblemDetailInTheCallersLanguage() {
		WebClient admin = WebClient.signedIn(port, "admin");
		HttpResponse<String> broken = admin.send("POST", "/api/v1/organization/units", "application/json",
				"{\"code\": \"bid-x\", \"name\": ");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(broken.body()).contains("Permintaan tidak dapat dibaca");
		assertNoLeak(broken);
		HttpResponse<String> english = WebClient.withBearer(port, id.padu.support.TenantFixture.bearerToken(port,
				"demo-integrasi", "padu-demo-secret")).get("/api/v1/organization/units/tidak-ada", "Accept-Language", "en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("\"title\":\"Not found\"");
	}

	@Test
	void pagesNeverShowStackTraces() {
		HttpResponse<String> missing = WebClient.anonymous(port).get("/tidak-ada");
		assertThat(missing.statusCode()).isIn(302, 404);
		assertNoLeak(missing);
		assertNoLeak(WebClient.signedIn(port, "petugas").get("/kantor/audit"));
	}

	private static void assertNoLeak(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at id.padu")
			.doesNotContain("at org.springframework");
	}
}
