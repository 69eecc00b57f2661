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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pemda IT admin's account pages, with real sign-in as the demo admin. */
@PaduIntegrationTest
@AutoConfigureMockMvc
class AccountAdminIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	static final String ADDRESS = Web.randomAddress();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminCreatesStaffWhoSetsOwnPasswordByMail() throws Exception {
		MockHttpSession admin = signIn("admin", "padu-demo");
		String username = "petugas." + Web.suffix();
		String email = username + "@tangerangkota.go.id";
		String location = mvc.perform(post("/kantor/akun/baru").session(admin).param("username", username)
				.param("displayName", "Yuni Kartika").param("email", email).param("roles", "OFFICER")
				.param("passwordChoice", "link").with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/kantor/akun/");

		String link = Mails.linkIn(Mails.last(greenMail, email));
		assertThat(link).startsWith("/atur-sandi?token=");
		mvc.perform(post("/atur-sandi").param("token", link.substring(link.indexOf('=') + 1))
				.param("password", "sandi-petugas-baru").param("passwordConfirmation", "sandi-petugas-baru")
				.with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/atur-sandi/selesai"));
		MockHttpSession officer = signIn(username, "sandi-petugas-baru");
		mvc.perform(get("/kantor/akun").session(officer)).andExpect(status().isForbidden());

		mvc.perform(get("/kantor/akun").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Petugas layanan")));
		// Accounts of the other pemda are not listed.
		mvc.perform(get("/kantor/akun").session(admin)).andExpect(content().string(not(containsString("admin.tangsel"))));
	}

	@Test
	void adminChangesRolesDisablesAndUnlocks() throws Exception {
		MockHttpSession admin = signIn("admin", "padu-demo");
		String username = "arsip." + Web.suffix();
		String location = mvc.perform(post("/kantor/akun/baru").session(admin).param("username", username)
				.param("displayName", "Rina Marlina").param("roles", "ARCHIVIST").param("passwordChoice", "password")
				.param("password", "sandi-awal-arsip").param("passwordConfirmation", "sandi-awal-arsip")
				.with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/kantor/akun/{id}/peran", id).session(admin).param("roles", "ARCHIVIST", "AUDITOR").with(csrf()))
			.andExpect(redirectedUrl(location));
		assertThat(jdbc.sql("select role from account_role where account_id = ? order by role").param(id)
			.query(String.class).list()).containsExactly("ARCHIVIST", "AUDITOR");
		mvc.perform(post("/kantor/akun/{id}/peran", id).session(admin).param("roles", "CITIZEN").with(csrf()))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(post("/kantor/akun/{id}/status", id).session(admin).param("enabled", "false").with(csrf()));
		signInFails(username, "sandi-awal-arsip");
		mvc.perform(post("/kantor/akun/{id}/status", id).session(admin).param("enabled", "true").with(csrf()));

		jdbc.sql("update account set locked_until = ? where id = ?")
			.params(Timestamp.from(Instant.now().plusSeconds(600)), id).update();
		mvc.perform(get(location).session(admin)).andExpect(content().string(containsString("Terkunci")));
		signInFails(username, "sandi-awal-arsip");
		mvc.perform(post("/kantor/akun/{id}/buka-kunci", id).session(admin).with(csrf())).andExpect(redirectedUrl(location));
		signIn(username, "sandi-awal-arsip");
	}

	@Test
	void invalidStaffAccountFormShowsFieldErrorsAndSavesNothing() throws Exception {
		MockHttpSession admin = signIn("admin", "padu-demo");
		mvc.perform(post("/kantor/akun/baru").session(admin).param("username", "Admin!").param("displayName", "")
				.param("passwordChoice", "link").with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nama pengguna hanya boleh huruf kecil")))
			.andExpect(content().string(containsString("Pilih paling sedikit satu peran petugas.")))
			.andExpect(content().string(containsString("Isi alamat e-mail untuk mengirim tautan")));
		mvc.perform(post("/kantor/akun/baru").session(admin).param("username", "petugas").param("displayName", "X")
				.param("roles", "OFFICER").param("passwordChoice", "password").param("password", "padu-demo")
				.param("passwordConfirmation", "padu-demo").with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(content().string(containsString("Nama pengguna ini sudah dipakai.")));
	}

	@Test
	void everyoneChangesOwnPasswordAndSessionsReachTheApi() throws Exception {
		MockHttpSession admin = signIn("admin", "padu-demo");
		String username = "staf." + Web.suffix();
		mvc.perform(post("/kantor/akun/baru").session(admin).param("username", username).param("displayName", "Tono")
			.param("roles", "HR").param("passwordChoice", "password").param("password", "sandi-awal-staf")
			.param("passwordConfirmation", "sandi-awal-staf").with(csrf()).with(Web.from(ADDRESS)));
		MockHttpSession staff = signIn(username, "sandi-awal-staf");

		mvc.perform(get("/akun-saya").session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kepegawaian")));
		mvc.perform(post("/akun-saya").session(staff).param("currentPassword", "salah-sekali")
				.param("password", "sandi-baru-staf").param("passwordConfirmation", "sandi-baru-staf").with(csrf()))
			.andExpect(content().string(containsString("Kata sandi sekarang tidak benar.")));
		mvc.perform(post("/akun-saya").session(staff).param("currentPassword", "sandi-awal-staf")
				.param("password", "sandi-baru-staf").param("passwordConfirmation", "sandi-baru-staf").with(csrf()))
			.andExpect(redirectedUrl("/akun-saya"));
		signIn(username, "sandi-baru-staf");

		mvc.perform(get("/api/v1/identity/whoami").session(staff)).andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("account"))
			.andExpect(jsonPath("$.name").value(username))
			.andExpect(jsonPath("$.tenant").value("kota-tangerang"))
			.andExpect(jsonPath("$.roles[0]").value("HR"));
		mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").session(staff)).andExpect(status().isForbidden());
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username).param("password", password)
				.with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/beranda"));
		return session;
	}

	private ResultActions signInFails(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password)
				.with(csrf()).with(Web.from(ADDRESS)))
			.andExpect(redirectedUrl("/login?error"));
	}
}
