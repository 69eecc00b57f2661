package id.padu.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.support.TestSmtp;
import id.padu.support.PaduIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PaduIntegrationTest
@AutoConfigureMockMvc
class CitizenSignupIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	static final String ADDRESS = Web.randomAddress();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void signUpConfirmByMailThenSignIn() throws Exception {
		String email = "warga." + Web.suffix() + "@contoh.id";
		signUp(Web.randomNik(), email, "rahasia-sekali-1").andExpect(redirectedUrl("/daftar/terkirim"));

		// Not usable before the confirmation.
		signIn(email, "rahasia-sekali-1").andExpect(redirectedUrl("/login?error"));

		MimeMessage mail = Mails.last(greenMail, email);
		assertThat(mail.getSubject()).isEqualTo("Konfirmasi akun Padu Anda");
		assertThat(Mails.part(mail, "text/html")).contains("Aktifkan akun");
		assertThat(Mails.part(mail, "text/plain")).contains("Halo, Budi Santoso.").contains("berlaku 24 jam");
		String link = Mails.linkIn(mail);
		assertThat(link).startsWith("/daftar/konfirmasi?token=");
		assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?")
			.param(sha256(link.substring(link.indexOf('=') + 1))).query(Long.class).single()).isOne();

		mvc.perform(get(link).with(Web.from(ADDRESS))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Akun Anda sudah aktif")));
		signIn(email, "rahasia-sekali-1").andExpect(redirectedUrl("/beranda"));

		// The link works once.
		mvc.perform(get(link).with(Web.from(ADDRESS))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sudah pernah dipakai")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/daftar/kirim-ulang")));
	}

	@Test
	void expiredLinkGetsAClearPageAndANewLinkCanBeRequested() throws Exception {
		String email = "telat." + Web.suffix() + "@contoh.id";
		signUp(Web.randomNik(), email, "rahasia-sekali-2").andExpect(redirectedUrl("/daftar/terkirim"));
		String link = Mails.linkIn(Mails.last(greenMail, email));
		jdbc.sql("update account_token set expires_at = ? where token_hash = ?")
			.param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param(sha256(link.substring(link.indexOf('=') + 1))).update();

		mvc.perform(get(link).with(Web.from(ADDRESS))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sudah kedaluwarsa")));
		mvc.perform(get("/daftar/konfirmasi?token=tidak-ada").with(Web.from(ADDRESS))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tidak dikenal")));

		mvc.perform(post("/daftar/kirim-ulang").param("email", email).with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/daftar/kirim-ulang/terkirim"));
		assertThat(Mails.to(greenMail, email)).hasSize(2);
		String fresh = Mails.linkIn(Mails.last(greenMail, email));
		assertThat(fresh).isNotEqualTo(link);
		mvc.perform(get(fresh).with(Web.from(ADDRESS)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Akun Anda sudah aktif")));
	}

	@Test
	void invalidNikIsExplainedInIndonesianAndEnglish() throws Exception {
		String email = "nik." + Web.suffix() + "@contoh.id";
		signUp("3671014513900003", email, "rahasia-sekali-3").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bukan tanggal lahir yang sah")));
		signUp("12345", email, "rahasia-sekali-3")
			.andExpect(content().string(org.hamcrest.Matchers.containsString("NIK harus terdiri dari 16 angka.")));
		signUp("9971011208900003", email, "rahasia-sekali-3")
			.andExpect(content().string(org.hamcrest.Matchers.containsString("(997101) bukan kode kecamatan")));
		mvc.perform(post("/daftar").param("lang", "en").param("nik", "3671011208900000").param("fullName", "Budi")
				.param("email", email).param("password", "rahasia-sekali-3").param("passwordConfirmation", "lain-sekali-3")
				.param("consent", "true").with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The last four digits of the NIK cannot be 0000.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The two passwords do not match.")));
		assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single()).isZero();
		assertThat(Mails.to(greenMail, email)).isEmpty();
	}

	@Test
	void duplicateEmailAndNikAreFieldErrors() throws Exception {
		String email = "ganda." + Web.suffix() + "@contoh.id";
		String nik = Web.randomNik();
		signUp(nik, email, "rahasia-sekali-4").andExpect(redirectedUrl("/daftar/terkirim"));
		signUp(Web.randomNik(), email.toUpperCase(), "rahasia-sekali-4").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sudah dipakai akun lain")));
		signUp(nik, "lain." + email, "rahasia-sekali-4").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("NIK ini sudah terdaftar")));
		signUp(Web.randomNik(), "demo." + email, "padu-demo").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("minimal 10 karakter")));
	}

	private ResultActions signUp(String nik, String email, String password) throws Exception {
		return mvc.perform(post("/daftar").param("nik", nik).param("fullName", "Budi Santoso").param("email", email)
			.param("password", password).param("passwordConfirmation", password).param("consent", "true")
			.with(csrf()).with(Web.from(ADDRESS)));
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf()).with(Web.from(ADDRESS)));
	}

	static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}
}
