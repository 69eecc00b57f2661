package id.padu.documents.internal;

import id.padu.documents.SigningRefusedException;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Production certificates: an ADMIN imports a head's PKCS#12 (as BSrE hands them out); its password becomes the
 * head's signing passphrase, a newer import replaces the older one, and files that cannot sign are refused.
 */
@PaduIntegrationTest
class CredentialImportIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	MockMvc mvc;

	@Autowired
	SigningCredentials signing;

	@Autowired
	TransactionTemplate tx;

	private final String address = "10.53." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	@Test
	void aHeadsPkcs12IsImportedAndItsPasswordOpensIt() throws Exception {
		MockHttpSession admin = signIn("admin", "padu-demo");
		String head = "kepala.uji." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		mvc.perform(post("/kantor/akun/baru").session(admin).param("username", head).param("displayName", "Kepala Uji")
				.param("roles", "HEAD").param("passwordChoice", "password").param("password", "sandi-kepala-uji-1")
				.param("passwordConfirmation", "sandi-kepala-uji-1").with(csrf()).with(from(address)))
			.andExpect(status().is3xxRedirection());

		Instant now = Instant.now();
		KeyPair caKeys = Certificates.newKeyPair(2048);
		X509Certificate ca = Certificates.certificationAuthority(caKeys, Certificates.authority("BSrE Uji"),
				now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
		byte[] first = pkcs12(ca, caKeys, now.minus(1, ChronoUnit.DAYS), now.plus(730, ChronoUnit.DAYS), "sandi-p12-uji");
		byte[] second = pkcs12(ca, caKeys, now.minus(1, ChronoUnit.DAYS), now.plus(730, ChronoUnit.DAYS), "sandi-p12-baru");

		upload(admin, head, first, "sandi-p12-uji").andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("IMPORTED")).andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.issuer").value(org.hamcrest.Matchers.containsString("BSrE Uji")));
		assertThat(unlock(head, "sandi-p12-uji").certificate().getSubjectX500Principal().getName()).contains("Kepala Uji");
		assertThatThrownBy(() -> unlock(head, "sandi-salah")).isInstanceOf(SigningRefusedException.class);

		upload(admin, head, second, "sandi-p12-baru").andExpect(status().isCreated());
		assertThatThrownBy(() -> unlock(head, "sandi-p12-uji")).isInstanceOf(SigningRefusedException.class);
		assertThat(unlock(head, "sandi-p12-baru")).isNotNull();
		String list = mvc.perform(get("/api/v1/signing-credentials").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list.split("\"username\":\"" + head + "\"", -1)).hasSize(3);
		assertThat(mvc.perform(get("/kantor/dokumen/sertifikat").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains(head, "Diimpor (PKCS#12)", "Diganti");
	}

	@Test
	void filesThatCannotSignAreRefused() throws Exception {
		MockHttpSession admin = signIn("admin", "padu-demo");
		Instant now = Instant.now();
		KeyPair caKeys = Certificates.newKeyPair(2048);
		X509Certificate ca = Certificates.certificationAuthority(caKeys, Certificates.authority("CA Uji"),
				now.minus(400, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
		byte[] valid = pkcs12(ca, caKeys, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), "sandi-p12-uji");
		byte[] expired = pkcs12(ca, caKeys, now.minus(400, ChronoUnit.DAYS), now.minus(35, ChronoUnit.DAYS), "sandi-p12-uji");
		byte[] caFile = Pkcs12.pack(caKeys.getPrivate(), new X509Certificate[] { ca }, "sandi-p12-uji".toCharArray());

		refused(upload(admin, "kadis", valid, "salah"), "documents.credential.wrongPassword");
		refused(upload(admin, "petugas", valid, "sandi-p12-uji"), "documents.credential.notHead");
		refused(upload(admin, "admin.tangsel", valid, "sandi-p12-uji"), "documents.credential.notHead");
		refused(upload(admin, "kadis", expired, "sandi-p12-uji"), "documents.credential.notValid");
		refused(upload(admin, "kadis", caFile, "sandi-p12-uji"), "documents.credential.keyUsage");
		refused(upload(admin, "kadis", "bukan p12".getBytes(), "sandi-p12-uji"), "documents.credential.unreadable");
		// kadis still signs with the demo certificate and passphrase.
		assertThat(unlock("kadis", "padu-demo").certificate().getIssuerX500Principal().getName()).contains("Otoritas Sertifikat Demo");

		MockHttpSession officer = signIn("petugas", "padu-demo");
		mvc.perform(get("/kantor/dokumen/sertifikat").session(officer)).andExpect(status().isForbidden());
		upload(officer, "kadis", valid, "sandi-p12-uji").andExpect(status().isForbidden());
		String page = mvc.perform(multipart("/kantor/dokumen/sertifikat").file(new MockMultipartFile("berkas", "k.p12",
				"application/x-pkcs12", valid)).param("username", "kadis").param("password", "salah").session(admin)
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"credential-error\"", "Kata sandi berkas salah.");
	}

	private byte[] pkcs12(X509Certificate ca, KeyPair caKeys, Instant from, Instant until, String password) {
		KeyPair keys = Certificates.newKeyPair(2048);
		X509Certificate certificate = Certificates.signer(keys.getPublic(),
				Certificates.person("Kepala Uji", "Kepala Dinas", null, "Pemerintah Kota Tangerang"), ca, caKeys.getPrivate(),
				from, until);
		return Pkcs12.pack(keys.getPrivate(), new X509Certificate[] { certificate, ca }, password.toCharArray());
	}

	private ResultActions upload(MockHttpSession session, String username, byte[] file, String password) throws Exception {
		return mvc.perform(multipart("/api/v1/signing-credentials").file(new MockMultipartFile("file", "kepala.p12",
				"application/x-pkcs12", file)).param("username", username).param("password", password).session(session)
				.with(csrf()));
	}

	private static void refused(ResultActions result, String code) throws Exception {
		result.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value(code));
	}

	private SigningCredentials.Unlocked unlock(String username, String passphrase) {
		return TenantContext.callAs(TANGERANG, () -> tx.execute(status -> signing.unlock(username, passphrase.toCharArray())));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username).param("password", password)
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
