package id.padu.eoffice;

import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat sets how an OPD writes its letter numbers; a wrong pattern is refused and nothing changes. */
@PaduIntegrationTest
class NumberingPagesIT {

	@Autowired
	MockMvc mvc;

	@Test
	void theSecretariatSetsAnOpdsShortNameAndPattern() throws Exception {
		MockHttpSession sekretariat = signIn("sekretariat");
		int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		assertThat(page(sekretariat, "/kantor/surat/penomoran")).contains("id=\"unit-disdukcapil\"",
				"400.3.5/17/Disdukcapil/" + year, "id=\"unit-diskominfo\"");

		String refused = mvc.perform(post("/kantor/surat/penomoran/diskominfo").session(sekretariat).with(csrf())
				.param("shortName", "Diskominfo").param("pattern", "{nomr}/{tahun}")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Pola nomor harus memuat");
		assertThat(page(sekretariat, "/kantor/surat/penomoran")).contains("400.3.5/17/Diskominfo/" + year);

		mvc.perform(post("/kantor/surat/penomoran/diskominfo").session(sekretariat).with(csrf())
				.param("shortName", "Kominfo").param("pattern", "{klasifikasi}/{nomor}/{unit}/{bulan}/{tahun}"))
			.andExpect(redirectedUrl("/kantor/surat/penomoran"));
		assertThat(page(sekretariat, "/kantor/surat/penomoran")).contains("400.3.5/17/Kominfo/");

		mvc.perform(get("/kantor/surat/penomoran").session(signIn("petugas"))).andExpect(status().isForbidden());
		mvc.perform(get("/kantor/surat/penomoran/bukan-unit").session(sekretariat)).andExpect(status().isNotFound());
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username).param("password", "padu-demo")
				.with(csrf()).with(request -> {
					request.setRemoteAddr("10.55.0." + (1 + (int) (Math.random() * 250)));
					return request;
				})).andExpect(redirectedUrl("/beranda"));
		return session;
	}
}
