package id.padu.organization;

import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin screens, reached through a real sign-in with the demo accounts. */
@PaduIntegrationTest
@AutoConfigureMockMvc
class OrganizationPagesIT {

	@Autowired
	MockMvc mvc;

	@Test
	void adminSeesTheTreeInBothLanguages() throws Exception {
		MockHttpSession admin = signIn("admin");
		mvc.perform(get("/kantor/organisasi").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"opd-tree\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Struktur organisasi")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kelurahan Poris Plawad")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tambah unit")));
		String tree = mvc.perform(get("/kantor/organisasi").session(admin)).andReturn().getResponse()
			.getContentAsString();
		// Each unit appears once, whether it has sub-units (a <details>) or not.
		org.assertj.core.api.Assertions.assertThat(tree.split("href=\"/kantor/organisasi/unit/disdukcapil\"", -1))
			.hasSize(2);
		org.assertj.core.api.Assertions.assertThat(tree.split("href=\"/kantor/organisasi/unit/inspektorat\"", -1))
			.hasSize(2);
		mvc.perform(get("/kantor/organisasi").param("lang", "en").session(admin)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Organization structure")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Add unit")));
	}

	@Test
	void everyAdminPageRenders() throws Exception {
		MockHttpSession admin = signIn("admin");
		for (String lang : new String[] { "id", "en" }) {
			for (String path : new String[] { "/kantor/organisasi/unit/disdukcapil", "/kantor/organisasi/unit/baru",
					"/kantor/organisasi/unit/disdukcapil/ubah", "/kantor/organisasi/jabatan/baru?unit=disdukcapil-pdp",
					"/kantor/organisasi/jabatan/kabid-pdp-disdukcapil/ubah", "/kantor/organisasi/pegawai",
					"/kantor/organisasi/pegawai?q=dewi", "/kantor/organisasi/pegawai/baru",
					"/kantor/organisasi/jabatan/kabid-capil-disdukcapil/tugaskan?q=wahyu", "/kantor/organisasi/impor" }) {
				mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang).session(admin))
					.andExpect(status().isOk());
			}
		}
		mvc.perform(get("/kantor/organisasi/unit/disdukcapil").session(admin))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Drs. Djoko Susilo, M.Si.")));
		mvc.perform(get("/kantor/organisasi/unit/tidak-ada").session(admin)).andExpect(status().isNotFound());
		String form = mvc.perform(get("/kantor/organisasi/unit/baru").session(admin)).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("id=\"code\"", "id=\"name\"", "id=\"parentId\"", "id=\"kind\"",
				"id=\"kodeWilayah\"", "id=\"active\"", "id=\"save-unit\"", "<label for=\"parentId\"");
	}

	@Test
	void petugasMayNotManageTheStructure() throws Exception {
		MockHttpSession petugas = signIn("petugas");
		mvc.perform(get("/kantor/organisasi").session(petugas)).andExpect(status().isForbidden());
		mvc.perform(get("/kantor/organisasi/unit/baru").session(petugas)).andExpect(status().isForbidden());
		mvc.perform(get("/kantor/organisasi/ekspor.xlsx").session(petugas)).andExpect(status().isForbidden());
	}

	@Test
	void addingAUnitShowsItInTheTree() throws Exception {
		MockHttpSession admin = signIn("admin");
		String code = "upt-" + UUID.randomUUID().toString().substring(0, 8);
		String parentId = idOf(admin, "disdukcapil");
		MvcResult saved = mvc.perform(post("/kantor/organisasi/unit").session(admin).with(csrf())
				.param("code", code).param("name", "UPT Uji " + code).param("kind", "UPT")
				.param("parentId", parentId).param("order", "5").param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/kantor/organisasi?baru=" + code + "*"))
			.andExpect(flash().attribute("savedName", "UPT Uji " + code))
			.andReturn();
		mvc.perform(get("/kantor/organisasi").param("baru", code).session(admin).flashAttrs(saved.getFlashMap()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Unit &quot;UPT Uji " + code + "&quot; sudah ditambahkan.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"unit-" + code + "\"")));
	}

	@Test
	void invalidUnitFormShowsErrorsNextToFields() throws Exception {
		MockHttpSession admin = signIn("admin");
		mvc.perform(post("/kantor/organisasi/unit").session(admin).with(csrf())
				.param("code", "Bukan Kode!").param("name", "").param("kind", "DINAS").param("order", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Isi nama resmi unit.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Pilih unit tempat unit ini berada.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("huruf kecil, angka, dan tanda hubung")));
		mvc.perform(post("/kantor/organisasi/unit").param("lang", "en").session(admin).with(csrf())
				.param("code", "setda").param("name", "Duplicate").param("kind", "DINAS")
				.param("parentId", idOf(admin, "pemkot")).param("order", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Code &quot;setda&quot; is already used by another unit.")));
	}

	private String idOf(MockHttpSession session, String code) throws Exception {
		String html = mvc.perform(get("/kantor/organisasi/unit/baru").param("parent", code).session(session))
			.andReturn().getResponse().getContentAsString();
		var matcher = java.util.regex.Pattern.compile("<option value=\"([0-9a-f-]{36})\" selected=\"selected\"").matcher(html);
		assertThat(matcher.find()).as("parent option selected").isTrue();
		return matcher.group(1);
	}

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username)
				.param("password", "padu-demo"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getRequest().getSession();
	}
}
