package id.padu.eoffice;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open a letter: the security class decides inside a pemda, and another pemda never sees it (404 both
 * ways, the same answer as for a letter that does not exist).
 */
@PaduIntegrationTest
class LetterClearanceIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityClassDecidesWhoInsideThePemdaMayOpenALetter() {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		WebClient kabid = WebClient.signedIn(port, "kabid");
		String open = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Surat biasa", List.of()));
		Map<String, Object> secret = LettersFixture.notaDinas("Surat rahasia", List.of());
		secret.put("securityClass", "RAHASIA");
		String closed = LettersFixture.created(sekretariat, secret);

		assertThat(petugas.get("/api/v1/letters/" + open).statusCode()).isEqualTo(200);
		assertThat(petugas.get("/api/v1/letters/" + closed).statusCode()).isEqualTo(404);
		assertThat(kabid.get("/api/v1/letters/" + closed).statusCode())
			.as("an addressee opens a letter only once it is sent").isEqualTo(404);
		assertThat(WebClient.signedIn(port, "kadis").get("/api/v1/letters/" + closed).statusCode())
			.as("the holder of the signing position").isEqualTo(200);
		assertThat(WebClient.signedIn(port, "bendahara").get("/api/v1/letters/" + open).statusCode())
			.as("staff of another OPD").isEqualTo(404);

		LettersFixture.submit(sekretariat, closed);
		assertThat(LettersFixture.sign(WebClient.signedIn(port, "kadis"), closed, LettersFixture.PASSPHRASE).statusCode())
			.isEqualTo(200);
		assertThat(kabid.get("/api/v1/letters/" + closed).statusCode()).isEqualTo(200);
		assertThat(petugas.getBytes("/api/v1/letters/" + closed + "/pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void anotherPemdaNeverSeesALetter() {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		String tangerang = LettersFixture.created(sekretariat, LettersFixture.notaDinas("Surat Kota Tangerang", List.of()));
		WebClient tangsel = WebClient.signedIn(port, "admin.tangsel");
		Map<String, Object> body = LettersFixture.notaDinas("Surat Tangerang Selatan", List.of());
		body.put("signerUsername", null);
		body.put("signerPositionCode", "kepala-diskominfo");
		body.put("recipients", List.of(Map.of("email", "warga@example.org", "name", "Warga")));
		String own = LettersFixture.created(tangsel, body);

		assertThat(tangsel.get("/api/v1/letters/" + own).statusCode()).isEqualTo(200);
		assertThat(tangsel.get("/api/v1/letters/" + tangerang).statusCode()).isEqualTo(404);
		assertThat(LettersFixture.submit(tangsel, tangerang).statusCode()).isEqualTo(404);
		assertThat(sekretariat.get("/api/v1/letters/" + own).statusCode()).isEqualTo(404);
		assertThat(LettersFixture.review(sekretariat, own, "approve", null).statusCode()).isEqualTo(404);
		assertThat(LettersFixture.sign(WebClient.signedIn(port, "kadis"), own, "padu-demo").statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select tenant_id from letter where id = cast(? as uuid)").param(own).query(String.class).single())
			.isEqualTo("kota-tangerang-selatan");
	}
}
