package id.padu.documents;

import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The QR code's promise end to end: a signed document verifies on the public page and API; the same PDF uploaded
 * matches, a changed one does not; once revoked, page and API say so with date and reason. Staff of another pemda
 * can neither see nor revoke it; the public page is global by code (the code is the secret).
 */
@PaduIntegrationTest
class DocumentVerificationIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@LocalServerPort
	int port;

	@Autowired
	DocumentIssuer issuer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvc mvc;

	private final String address = "10.52." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	@Test
	void verifiesUntilChangedOrRevoked() throws Exception {
		String number = "474/" + UUID.randomUUID().toString().substring(0, 6) + "/DISDUKCAPIL/2026";
		IssuedDocument issued = issue(number);
		String code = issued.verificationCode();
		byte[] pdf = TenantContext.callAs(TANGERANG, () -> issuer.content(issued.id()));
		WebClient anyone = WebClient.anonymous(port);

		HttpResponse<String> api = anyone.get("/api/v1/documents/verify/" + code);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"documentType\":\"Surat Keterangan Pindah\"", "\"documentNumber\":\"" + number + "\"",
				"\"signer\":\"Drs. Djoko Susilo, M.Si.\"", "\"signerPosition\":\"Kepala Dinas Kependudukan dan Pencatatan Sipil\"",
				"\"sha256\":\"" + issued.sha256() + "\"", "\"status\":\"VALID\"", "\"signedAt\":\"")
			.doesNotContain("Siti", "3671", "kadis", "revoked");
		String page = anyone.get("/verifikasi/" + code.toLowerCase()).body();
		assertThat(page).contains("padu-verify-valid", "SAH", number, "Drs. Djoko Susilo, M.Si.", issued.sha256(),
				"Pemerintah Kota Tangerang", "WIB");
		assertThat(anyone.get("/verifikasi/" + code + "?lang=en").body()).contains("VALID", "Signed by");
		assertThat(anyone.get("/verifikasi?kode=" + code.substring(0, 4) + "-" + code.substring(4)).headers()
			.firstValue("Location").orElse("")).endsWith("/verifikasi/" + code);

		assertThat(upload(code, pdf)).contains("id=\"check-result\"", "padu-verify-valid", "sama persis");
		byte[] changed = pdf.clone();
		changed[pdf.length / 3] ^= 0x20;
		assertThat(upload(code, changed)).contains("padu-verify-revoked", "BUKAN dokumen", "berbeda");
		assertThat(checkApi(code, pdf)).contains("\"matches\":true", "\"sameBytes\":true", "\"signatureValid\":true");
		assertThat(checkApi(code, changed)).contains("\"matches\":false", "\"sameBytes\":false", "\"signatureValid\":false");
		mvc.perform(post("/api/v1/documents/verify/" + code).contentType("application/pdf").content("<html>".getBytes())
				.with(from(address))).andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart("/verifikasi/" + code).file(new MockMultipartFile("berkas", "surat.pdf", "application/pdf",
				"MZ program".getBytes())).with(csrf()).with(from(address))).andExpect(status().isUnprocessableContent());

		WebClient admin = WebClient.signedIn(port, "admin");
		String revocation = "/api/v1/documents/" + issued.id() + "/revocation";
		assertThat(admin.send("POST", revocation, "application/json", "{\"reason\":\"  \"}").statusCode()).isEqualTo(422);
		HttpResponse<String> revoked = admin.send("POST", revocation, "application/json",
				"{\"reason\":\"Nomor surat keliru, diganti surat baru\"}");
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(revoked.body()).contains("\"status\":\"REVOKED\"", "\"revokedBy\":\"admin\"");
		assertThat(admin.send("POST", revocation, "application/json", "{\"reason\":\"lagi\"}").statusCode()).isEqualTo(422);

		assertThat(anyone.get("/api/v1/documents/verify/" + code).body()).contains("\"status\":\"REVOKED\"",
				"\"revocationReason\":\"Nomor surat keliru, diganti surat baru\"", "\"revokedAt\":\"");
		assertThat(anyone.get("/verifikasi/" + code + "?lang=id").body()).contains("padu-verify-revoked", "DICABUT",
				"Nomor surat keliru, diganti surat baru");
		assertThat(upload(code, pdf)).contains("sama persis", "sudah dicabut");
	}

	@Test
	void unknownCodesAreClearNotFounds() throws Exception {
		WebClient anyone = WebClient.anonymous(port);
		String unknown = "AAAAAAAAAAAAAAAAAAAAAAAAAA";
		HttpResponse<String> page = anyone.get("/verifikasi/" + unknown);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Dokumen tidak ditemukan", "id=\"verify-unknown\"");
		assertThat(anyone.get("/verifikasi/kepala-disdukcapil").statusCode()).isEqualTo(404);
		HttpResponse<String> api = anyone.get("/api/v1/documents/verify/" + unknown);
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
		assertThat(anyone.get("/verifikasi?kode=bukan-kode").body()).contains("26 huruf A–Z");
		mvc.perform(multipart("/verifikasi/" + unknown).file(new MockMultipartFile("berkas", "a.pdf", "application/pdf",
				"%PDF-1.7".getBytes())).with(csrf()).with(from(address))).andExpect(status().isNotFound());
	}

	@Test
	void staffSeeTheirPemdasDocumentsOnlyAndOnlyAdminsAndSignersManageThem() throws Exception {
		IssuedDocument issued = issue("474/" + UUID.randomUUID().toString().substring(0, 6) + "/STAF");
		WebClient tangsel = WebClient.signedIn(port, "admin.tangsel");
		assertThat(tangsel.get("/api/v1/documents/" + issued.id()).statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/kantor/dokumen/" + issued.id()).statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/kantor/dokumen/" + issued.id() + "/pdf").statusCode()).isEqualTo(404);
		assertThat(tangsel.send("POST", "/api/v1/documents/" + issued.id() + "/revocation", "application/json",
				"{\"reason\":\"coba\"}").statusCode()).isEqualTo(404);
		assertThat(tangsel.get("/api/v1/documents").body()).doesNotContain(issued.id().toString());
		// The public page is global by code: a QR code printed by any pemda points at one address.
		assertThat(mvc.perform(get("/verifikasi/" + issued.verificationCode()).header("Host", "tangsel.localhost"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Diterbitkan oleh", "<dd>Pemerintah Kota Tangerang</dd>");

		WebClient kadis = WebClient.signedIn(port, "kadis");
		assertThat(kadis.get("/kantor/dokumen").body()).contains(issued.documentNumber());
		HttpResponse<String> content = kadis.get("/api/v1/documents/" + issued.id() + "/content");
		assertThat(content.statusCode()).isEqualTo(200);
		assertThat(content.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(WebClient.signedIn(port, "petugas").get("/kantor/dokumen").statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "auditor").get("/api/v1/documents/" + issued.id()).statusCode()).isEqualTo(403);

		MockHttpSession head = signIn("kadis");
		mvc.perform(post("/kantor/dokumen/" + issued.id() + "/cabut").param("reason", "").session(head).with(csrf()))
			.andExpect(redirectedUrl("/kantor/dokumen/" + issued.id()));
		assertThat(TenantContext.callAs(TANGERANG, () -> issuer.find(issued.id())).orElseThrow().status())
			.isEqualTo(IssuedDocument.Status.VALID);
		mvc.perform(post("/kantor/dokumen/" + issued.id() + "/cabut").param("reason", "Ditandatangani keliru").session(head)
				.with(csrf())).andExpect(redirectedUrl("/kantor/dokumen/" + issued.id()));
		assertThat(TenantContext.callAs(TANGERANG, () -> issuer.find(issued.id())).orElseThrow().status())
			.isEqualTo(IssuedDocument.Status.REVOKED);
		String html = mvc.perform(get("/kantor/dokumen/" + issued.id()).session(head)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("padu-document-revoked", "Ditandatangani keliru").doesNotContain("id=\"revoke-form\"");
	}

	private IssuedDocument issue(String number) {
		return TenantContext.callAs(TANGERANG, () -> tx.execute(status -> issuer.issue(new IssueRequest(
				"Surat Keterangan Pindah", number, "Surat Keterangan Pindah WNI",
				"<p>Yang bertanda tangan di bawah ini menerangkan kepindahan penduduk berikut.</p>", "kadis",
				"padu-demo".toCharArray(), "documents", "uji-verifikasi"))));
	}

	private String upload(String code, byte[] pdf) throws Exception {
		return mvc.perform(multipart("/verifikasi/" + code).file(new MockMultipartFile("berkas", "surat.pdf",
				"application/pdf", pdf)).with(csrf()).with(from(address)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String checkApi(String code, byte[] pdf) throws Exception {
		return mvc.perform(post("/api/v1/documents/verify/" + code).contentType("application/pdf").content(pdf)
				.with(from(address))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username).param("password", "padu-demo")
				.with(csrf()).with(from(address))).andExpect(redirectedUrl("/beranda"));
		return session;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
