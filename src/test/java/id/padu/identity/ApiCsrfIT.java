package id.padu.identity;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.TenantFixture;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A foreign page cannot make a signed-in browser change data through the REST API. */
@PaduIntegrationTest
class ApiCsrfIT {

	@LocalServerPort
	int port;

	@Test
	void formEncodedApiPostsOnTheSessionNeedTheCsrfToken() {
		WebClient admin = WebClient.signedIn(port, "admin");
		HttpResponse<String> forged = admin.send("POST", "/api/v1/organization/units",
				"application/x-www-form-urlencoded", "code=bid-palsu&name=Palsu&kind=BIDANG");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("\"status\":403");

		HttpResponse<String> withToken = admin.send("POST", "/api/v1/organization/units",
				"application/x-www-form-urlencoded", "code=bid-palsu&_csrf=" + admin.csrfToken("/"));
		assertThat(withToken.statusCode()).isNotEqualTo(403);
	}

	@Test
	void jsonOnTheSessionAndBearerCallersNeedNoToken() {
		WebClient admin = WebClient.signedIn(port, "admin");
		HttpResponse<String> json = admin.send("POST", "/api/v1/organization/units", "application/json", "{}");
		assertThat(json.statusCode()).isEqualTo(400);

		String token = TenantFixture.bearerToken(port, "demo-integrasi", "padu-demo-secret");
		HttpResponse<String> bearer = WebClient.withBearer(port, token).send("POST", "/api/v1/organization/units",
				"application/x-www-form-urlencoded", "code=bid-lain");
		assertThat(bearer.statusCode()).isNotEqualTo(403).isGreaterThanOrEqualTo(400);
	}
}
