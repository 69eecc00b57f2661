package id.padu.audit;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit API and page through real sign-in, as auditors, admins and officers use them. */
@PaduIntegrationTest
class AuditWebIT {

	@LocalServerPort
	int port;

	static WebClient auditor;
	static WebClient petugas;

	@BeforeAll
	static void reset() {
		auditor = null;
		petugas = null;
	}

	WebClient auditor() {
		if (auditor == null) {
			auditor = WebClient.signedIn(port, "auditor");
		}
		return auditor;
	}

	WebClient petugas() {
		if (petugas == null) {
			petugas = WebClient.signedIn(port, "petugas");
		}
		return petugas;
	}

	@Test
	void auditorVerifiesTheChainOfTheTenant() {
		HttpResponse<String> response = auditor().get("/api/v1/audit/verify");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"valid\":true").contains("\"entries\":").doesNotContain("firstBrokenEntry");
	}

	@Test
	void auditorFiltersEntriesAsJson() {
		HttpResponse<String> response = auditor().get("/api/v1/audit/entries?entityType=Account&action=create&size=5");
		assertThat(response.statusCode()).isEqualTo(200);
		// The demo accounts were created at start-up, so the trail has them.
		assertThat(response.body()).contains("\"entityType\":\"Account\"").contains("\"action\":\"CREATE\"")
			.contains("\"size\":5").contains("\"totalElements\":");
	}

	@Test
	void officersAndAnonymousCallersMayNotReadTheTrail() {
		HttpResponse<String> officer = petugas().get("/api/v1/audit/verify");
		assertThat(officer.statusCode()).isEqualTo(403);
		assertThat(officer.body()).contains("\"status\":403", "\"title\"");
		assertThat(petugas().get("/kantor/audit").statusCode()).isEqualTo(403);
		assertThat(WebClient.anonymous(port).get("/api/v1/audit/verify").statusCode()).isEqualTo(401);
	}

	@Test
	void pageListsTheTrailAndShowsTheVerificationResult() {
		HttpResponse<String> page = auditor().get("/kantor/audit?actor=system&entityType=Account");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1", "Jejak audit", "Verifikasi rantai", "WIB", "Dibuat");

		HttpResponse<String> verified = auditor().get("/kantor/audit/verifikasi");
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.body()).contains("Rantai utuh.");

		HttpResponse<String> english = auditor().get("/kantor/audit/verifikasi?lang=en");
		assertThat(english.body()).contains("The chain is intact.", "Verify chain");
		auditor().get("/kantor/audit?lang=id");
	}
}
