package id.padu.classification;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/v1/classifications: search, one code, children; staff or a client with classification.read. */
@PaduIntegrationTest
@AutoConfigureMockMvc
class ClassificationApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneCodeWithItsParentAndLevel() throws Exception {
		mvc.perform(get("/api/v1/classifications/800.1.11.1").with(user(staff(Role.OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("800.1.11.1"))
			.andExpect(jsonPath("$.name").value("Surat Perintah Dinas/Surat Tugas"))
			.andExpect(jsonPath("$.parentCode").value("800.1.11"))
			.andExpect(jsonPath("$.active").value(true))
			.andExpect(jsonPath("$.level").value(4));
	}

	@Test
	void searchFindsActiveCodesByPrefixOrNameAtMostTwenty() throws Exception {
		mvc.perform(get("/api/v1/classifications").param("q", "000").with(user(staff(Role.SECRETARIAT))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(20)))
			.andExpect(jsonPath("$[0].code").value("000"))
			.andExpect(jsonPath("$[*].code", everyItem(startsWith("000"))));
		mvc.perform(get("/api/v1/classifications").param("q", "kelahiran").with(user(staff(Role.OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("400.12.3.1"))
			.andExpect(jsonPath("$.length()", lessThanOrEqualTo(20)));
	}

	@Test
	void childrenOfACodeOrTheMainCodes() throws Exception {
		mvc.perform(get("/api/v1/classifications").with(user(staff(Role.ARCHIVIST))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(10)))
			.andExpect(jsonPath("$[9].code").value("900"));
		mvc.perform(get("/api/v1/classifications").param("parent", "400.12.2").with(user(staff(Role.OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("400.12.2.1"))
			.andExpect(jsonPath("$[*].parentCode", everyItem(startsWith("400.12.2"))));
		mvc.perform(get("/api/v1/classifications").param("parent", "500").with(user(staff(Role.OFFICER))))
			.andExpect(jsonPath("$[9].code").value("500.10"));
	}

	@Test
	void unknownCodesAnswerAProblemDetail404InTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/classifications/999.9").with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Kode klasifikasi tidak ditemukan."));
		mvc.perform(get("/api/v1/classifications/999.9").header("Accept-Language", "en").with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Classification code not found."));
		mvc.perform(get("/api/v1/classifications").param("parent", "999").with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound());
	}

	@Test
	void clientsNeedTheReadScope() throws Exception {
		mvc.perform(get("/api/v1/classifications/900.1").with(jwt().jwt(j -> j.claim("tenant", "kota-tangerang"))
				.authorities(new SimpleGrantedAuthority("SCOPE_classification.read"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Keuangan Daerah"));
		mvc.perform(get("/api/v1/classifications/900.1").with(jwt().jwt(j -> j.claim("tenant", "kota-tangerang"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/classifications/900.1")).andExpect(status().isUnauthorized());
	}

	@Test
	void aPemdaSeesOnlyItsOwnCodes() throws Exception {
		String code = "000.3." + (500 + new java.util.Random().nextInt(499));
		jdbc.sql("""
				insert into classification_code (id, tenant_id, version, code, sort_key, name, parent_code, active)
				values (?, 'kota-tangerang-selatan', 0, ?, ?, 'Khusus Tangsel', '000.3', true)
				""").params(UUID.randomUUID(), code, code).update();
		mvc.perform(get("/api/v1/classifications/" + code).with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/classifications").param("q", "Khusus Tangsel").with(user(staff(Role.OFFICER))))
			.andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/api/v1/classifications/" + code).with(jwt().jwt(j -> j.claim("tenant", "kota-tangerang-selatan"))
				.authorities(new SimpleGrantedAuthority("SCOPE_classification.read"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Khusus Tangsel"));
	}

	static PaduUser staff(Role role) {
		return new PaduUser(UUID.randomUUID(), TenantId.of("kota-tangerang"), "api-" + role.name().toLowerCase(),
				"API " + role, Set.of(role), true, null, "x");
	}
}
