package id.padu.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.support.TestSmtp;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PaduIntegrationTest
@AutoConfigureMockMvc
class PasswordResetAndLockoutIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	static final String ADDRESS = Web.randomAddress();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void lockedAfterFiveFailuresUntilTheLockExpires() throws Exception {
		String email = confirmedCitizen("kunci", "kata-sandi-benar-1");
		for (int i = 0; i < 5; i++) {
			signIn(email, "salah-salah-" + i).andExpect(redirectedUrl("/login?error"));
		}
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", email).param("password", "kata-sandi-benar-1")
				.with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?error").session(session).with(Web.from(ADDRESS)))
			.andExpect(content().string(containsString("dikunci sementara")));

		jdbc.sql("update account set locked_until = ? where email = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), email).update();
		signIn(email, "kata-sandi-benar-1").andExpect(redirectedUrl("/beranda"));
		assertThat(jdbc.sql("select failed_logins from account where email = ?").param(email).query(Integer.class).single())
			.isZero();
	}

	@Test
	void passwordResetByMailLiftsTheLock() throws Exception {
		String email = confirmedCitizen("lupa", "kata-sandi-lama-1");
		for (int i = 0; i < 5; i++) {
			signIn(email, "salah-salah-" + i);
		}
		signIn(email, "kata-sandi-lama-1").andExpect(redirectedUrl("/login?error"));

		mvc.perform(post("/lupa-sandi").param("username", email.toUpperCase()).with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/lupa-sandi/terkirim"));
		String link = Mails.linkIn(Mails.last(greenMail, email));
		assertThat(link).startsWith("/atur-sandi?token=");

		mvc.perform(get(link).with(Web.from(ADDRESS))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Atur kata sandi baru")));
		String token = link.substring(link.indexOf('=') + 1);
		mvc.perform(post("/atur-sandi").param("token", token).param("password", "kata-sandi-baru-1")
				.param("passwordConfirmation", "kata-sandi-lain-1").with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Kedua kata sandi tidak sama.")));
		mvc.perform(post("/atur-sandi").param("token", token).param("password", "kata-sandi-baru-1")
				.param("passwordConfirmation", "kata-sandi-baru-1").with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/atur-sandi/selesai"));

		signIn(email, "kata-sandi-lama-1").andExpect(redirectedUrl("/login?error"));
		signIn(email, "kata-sandi-baru-1").andExpect(redirectedUrl("/beranda"));
		mvc.perform(get(link).with(Web.from(ADDRESS)))
			.andExpect(content().string(containsString("sudah pernah dipakai")));
	}

	@Test
	void unknownAccountGetsTheSameAnswerAndExpiredLinksAClearPage() throws Exception {
		mvc.perform(post("/lupa-sandi").param("username", "tidak-ada-" + Web.suffix()).with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/lupa-sandi/terkirim"));
		mvc.perform(get("/lupa-sandi/terkirim").with(Web.from(ADDRESS)))
			.andExpect(content().string(containsString("Jika ada akun dengan data itu")));

		String email = confirmedCitizen("basi", "kata-sandi-benar-2");
		mvc.perform(post("/lupa-sandi").param("username", email).with(csrf()).with(Web.from(ADDRESS)));
		String link = Mails.linkIn(Mails.last(greenMail, email));
		jdbc.sql("update account_token set expires_at = ? where token_hash = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), CitizenSignupIT.sha256(link.substring(link.indexOf('=') + 1)))
			.update();
		mvc.perform(get(link).param("lang", "en").with(Web.from(ADDRESS))).andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has expired.")))
			.andExpect(content().string(containsString("/lupa-sandi")));
	}

	/** A citizen account confirmed through its mailed link. */
	private String confirmedCitizen(String name, String password) throws Exception {
		String email = name + "." + Web.suffix() + "@contoh.id";
		mvc.perform(post("/daftar").param("nik", Web.randomNik()).param("fullName", "Sri Wahyuni").param("email", email)
				.param("password", password).param("passwordConfirmation", password).param("consent", "true")
				.with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/daftar/terkirim"));
		mvc.perform(get(Mails.linkIn(Mails.last(greenMail, email))).with(Web.from(ADDRESS))).andExpect(status().isOk());
		return email;
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password)
			.with(csrf()).with(Web.from(ADDRESS)));
	}
}
