package id.padu.identity;

import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Other systems: client credentials at /oauth2/token, then the API with the bearer token. */
@PaduIntegrationTest
class ApiClientIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void demoClientGetsAJwtWithTenantAndScopesAndReachesTheApi() throws Exception {
		HttpResponse<String> response = token("demo-integrasi", "padu-demo-secret", "registry.read organization.read");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.get("token_type").asString()).isEqualToIgnoringCase("Bearer");
		String jwt = body.get("access_token").asString();
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
		assertThat(claims.get("tenant").asString()).isEqualTo("kota-tangerang");
		assertThat(claims.get("sub").asString()).isEqualTo("demo-integrasi");
		assertThat(claims.get("scope").toString()).contains("registry.read", "organization.read");

		HttpResponse<String> whoami = get("/api/v1/identity/whoami", "Bearer " + jwt, null);
		assertThat(whoami.statusCode()).isEqualTo(200);
		JsonNode me = JSON.readTree(whoami.body());
		assertThat(me.get("kind").asString()).isEqualTo("client");
		assertThat(me.get("name").asString()).isEqualTo("demo-integrasi");
		assertThat(me.get("tenant").asString()).isEqualTo("kota-tangerang");
		assertThat(me.get("scopes").toString()).contains("registry.read", "organization.read");

		// Read scopes do not include metrics: 403 as a problem document.
		HttpResponse<String> metrics = get("/actuator/prometheus", "Bearer " + jwt, null);
		assertThat(metrics.statusCode()).isEqualTo(403);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(metrics.body()).get("title").asString()).isEqualTo("Akses ditolak");
	}

	@Test
	void demoClientMayAskForEveryReadScopeButNoOther() throws Exception {
		HttpResponse<String> response = token("demo-integrasi", "padu-demo-secret",
				"registry.read registry.basic registry.full organization.read services.read audit.read archive.read");
		assertThat(response.statusCode()).isEqualTo(200);
		String scope = JSON.readTree(response.body()).get("scope").asString();
		assertThat(scope.split(" ")).containsExactlyInAnyOrder("registry.read", "registry.basic", "registry.full",
				"organization.read", "services.read", "audit.read", "archive.read");
		assertThat(token("demo-integrasi", "padu-demo-secret", "metrics.read").statusCode()).isEqualTo(400);
	}

	@Test
	void wrongSecretIsRefused() throws Exception {
		HttpResponse<String> response = token("demo-integrasi", "salah", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("invalid_client");
	}

	@Test
	void apiWithoutAuthenticationAnswers401ProblemInTheCallersLanguage() throws Exception {
		HttpResponse<String> indonesian = get("/api/v1/identity/whoami", null, null);
		assertThat(indonesian.statusCode()).isEqualTo(401);
		assertThat(indonesian.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(indonesian.body());
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("title").asString()).isEqualTo("Perlu masuk");

		HttpResponse<String> english = get("/api/v1/identity/whoami", null, "en");
		assertThat(JSON.readTree(english.body()).get("detail").asString()).contains("needs authentication");

		HttpResponse<String> badToken = get("/api/v1/identity/whoami", "Bearer abc.def.ghi", null);
		assertThat(badToken.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(badToken.body()).get("title").asString()).isEqualTo("Perlu masuk");
	}

	private HttpResponse<String> token(String clientId, String secret, String scope) throws Exception {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace(" ", "+"));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String authorization, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
