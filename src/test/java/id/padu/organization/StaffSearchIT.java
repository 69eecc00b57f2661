package id.padu.organization;

import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff search for the admin screens (htmx fragment), and the search index health check. */
@PaduIntegrationTest
@AutoConfigureMockMvc
class StaffSearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("searchIndex")
	HealthIndicator searchIndex;

	@Test
	void findsStaffByNameWithOldSpellingTyposAndByNip() throws Exception {
		MockHttpSession admin = signIn("admin");
		assertThat(search(admin, "wahyu", "list")).contains("Ir. Bambang Wahjoe");
		assertThat(search(admin, "Djoko", "list")).contains("Drs. Djoko Susilo, M.Si.");
		assertThat(search(admin, "Lestary", "list")).contains("Dewi Lestari");
		assertThat(search(admin, "1992031520", "pick")).contains("Dewi Lestari").contains("value=\"199203152015032001\"");
		assertThat(search(admin, "Andi Wijaya", "list")).doesNotContain("Andi Wijaya");
	}

	@Test
	void staffAddedOnThePageIsFoundAtOnce() throws Exception {
		MockHttpSession admin = signIn("admin");
		String nip = "19950812202203" + "1" + String.format("%03d", (int) (Math.random() * 1000));
		mvc.perform(post("/kantor/organisasi/pegawai").session(admin).with(csrf())
				.param("nip", nip).param("fullName", "Tjahjo Koesoemo " + nip.substring(15)))
			.andExpect(status().is3xxRedirection());
		assertThat(search(admin, "Cahyo", "list")).contains("Tjahjo Koesoemo " + nip.substring(15));
		mvc.perform(post("/kantor/organisasi/pegawai").session(admin).with(csrf())
				.param("nip", "123").param("fullName", "Salah"))
			.andExpect(status().isOk());
	}

	@Test
	void searchIndexIsHealthy() {
		assertThat(searchIndex.health(false).getStatus()).isEqualTo(Status.UP);
	}

	private String search(MockHttpSession session, String q, String mode) throws Exception {
		return mvc.perform(get("/kantor/organisasi/pegawai/cari").param("q", q).param("mode", mode)
				.header("HX-Request", "true").session(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", "padu-demo"))
			.andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
	}
}
