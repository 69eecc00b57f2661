package id.padu.documents.internal;

import id.padu.support.PaduIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An admin sets the letterhead's address and place; the next document shows them. Runs in Tangerang Selatan. */
@PaduIntegrationTest
class LetterheadIT {

	@Autowired
	MockMvc mvc;

	@Test
	void theAdminChangesTheLetterheadAndDocumentsShowIt() throws Exception {
		MockHttpSession admin = signIn("admin.tangsel");
		assertThat(mvc.perform(get("/kantor/dokumen/kop").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("PEMERINTAH KOTA TANGERANG SELATAN", "id=\"letterhead-form\"");

		String invalid = mvc.perform(post("/kantor/dokumen/kop").session(admin).with(csrf()).param("addressLine", " ")
				.param("place", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(invalid).contains("Isi alamat kantor.", "Isi nama tempat penandatanganan.");

		String street = "Jl. Uji Kop No. " + UUID.randomUUID().toString().substring(0, 4);
		mvc.perform(post("/kantor/dokumen/kop").session(admin).with(csrf()).param("addressLine", street + ", Ciputat")
				.param("contactLine", "Laman: tangerangselatankota.go.id").param("place", "Tangerang Selatan"))
			.andExpect(redirectedUrl("/kantor/dokumen/kop"));
		byte[] sample = mvc.perform(get("/kantor/dokumen/kop/contoh").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(sample)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("PEMERINTAH KOTA TANGERANG SELATAN", street,
					"NAMA PERANGKAT DAERAH", "CONTOH KOP SURAT");
		}
		mvc.perform(get("/kantor/dokumen/kop").session(signIn("kadis"))).andExpect(status().isForbidden());
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", username).param("password", "padu-demo")
				.with(csrf()).with(request -> {
					request.setRemoteAddr("10.54.0." + (1 + (int) (Math.random() * 250)));
					return request;
				})).andExpect(redirectedUrl("/beranda"));
		return session;
	}
}
