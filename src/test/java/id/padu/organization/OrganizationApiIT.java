package id.padu.organization;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PaduIntegrationTest
@AutoConfigureMockMvc
class OrganizationApiIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	MockMvc mvc;

	@Test
	void readsUnitsPositionsAndStaff() throws Exception {
		mvc.perform(get("/api/v1/organization/units").with(user(staff(Role.OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("pemkot"))
			.andExpect(jsonPath("$[?(@.code == 'kel-poris-plawad')].parentCode").value(hasItem("kec-cipondoh")));
		mvc.perform(get("/api/v1/organization/units/kec-cipondoh").with(user(staff(Role.OFFICER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Kecamatan Cipondoh"))
			.andExpect(jsonPath("$.kodeWilayah").value("36.71.05"));
		mvc.perform(get("/api/v1/organization/positions").param("unit", "disdukcapil-capil").with(user(staff(Role.HEAD))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("kabid-capil-disdukcapil"))
			.andExpect(jsonPath("$[0].holders[0].kind").value("PLT"));
		mvc.perform(get("/api/v1/organization/staff/199203152015032001").with(user(staff(Role.AUDITOR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value("Dewi Lestari"))
			.andExpect(jsonPath("$.positions[0].positionCode").value("adminduk-identitas-disdukcapil"));
	}

	@Test
	void clientsWithTheReadScopeMayRead() throws Exception {
		mvc.perform(get("/api/v1/organization/units/disdukcapil")
				.with(jwt().jwt(j -> j.claim("tenant", TANGERANG.value())).authorities(
						new org.springframework.security.core.authority.SimpleGrantedAuthority("SCOPE_organization.read"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Dinas Kependudukan dan Pencatatan Sipil"));
		mvc.perform(get("/api/v1/organization/units").with(jwt().jwt(j -> j.claim("tenant", TANGERANG.value()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organization/units")).andExpect(status().isUnauthorized());
	}

	@Test
	void unknownCodesAnswer404InTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/organization/units/tidak-ada").with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Unit organisasi tidak ditemukan."));
		mvc.perform(get("/api/v1/organization/units/tidak-ada").header("Accept-Language", "en")
				.with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Organization unit not found."));
		mvc.perform(get("/api/v1/organization/staff/199001012015011999").with(user(staff(Role.OFFICER))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organization/staff/123").with(user(staff(Role.OFFICER))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void adminCreatesAndUpdatesUnits() throws Exception {
		String code = "bid-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(json(post("/api/v1/organization/units"), Role.ADMIN,
				"{\"code\":\"" + code + "\",\"name\":\"Bidang Uji\",\"kind\":\"BIDANG\",\"parentCode\":\"diskominfo\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/organization/units/" + code))
			.andExpect(jsonPath("$.parentCode").value("diskominfo"));
		mvc.perform(json(put("/api/v1/organization/units/" + code), Role.ADMIN,
				"{\"code\":\"" + code + "\",\"name\":\"Bidang Aplikasi Informatika\",\"kind\":\"BIDANG\",\"parentCode\":\"diskominfo\",\"order\":3}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Bidang Aplikasi Informatika"))
			.andExpect(jsonPath("$.order").value(3));
		mvc.perform(json(post("/api/v1/organization/units"), Role.OFFICER,
				"{\"code\":\"x-" + code + "\",\"name\":\"X\",\"kind\":\"BIDANG\",\"parentCode\":\"diskominfo\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void invalidBodiesAnswer400WithFieldErrors() throws Exception {
		mvc.perform(json(post("/api/v1/organization/units"), Role.ADMIN, "{\"code\":\"Bukan Kode\",\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("code", "name", "kind")));
		mvc.perform(json(put("/api/v1/organization/units/tidak-ada"), Role.ADMIN,
				"{\"code\":\"tidak-ada\",\"name\":\"X\",\"kind\":\"BIDANG\",\"parentCode\":\"pemkot\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void brokenRulesAnswer422() throws Exception {
		mvc.perform(json(post("/api/v1/organization/units"), Role.ADMIN,
				"{\"code\":\"setda\",\"name\":\"Lagi\",\"kind\":\"DINAS\",\"parentCode\":\"pemkot\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("organization.unit.codeTaken"));
		// Moving Disdukcapil under its own Seksi would make a cycle.
		mvc.perform(json(put("/api/v1/organization/units/disdukcapil"), Role.ADMIN,
				"{\"code\":\"disdukcapil\",\"name\":\"Dinas Kependudukan dan Pencatatan Sipil\",\"kind\":\"DINAS\",\"parentCode\":\"disdukcapil-identitas\"}")
				.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("organization.unit.cycle"))
			.andExpect(jsonPath("$.detail").value(containsString("cannot sit under")));
		mvc.perform(json(post("/api/v1/organization/units"), Role.ADMIN,
				"{\"code\":\"kel-x-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"name\":\"Kelurahan X\",\"kind\":\"KELURAHAN\",\"parentCode\":\"disdukcapil\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("organization.unit.kelurahanUnderKecamatan"));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Role role, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(user(staff(role)));
	}

	static PaduUser staff(Role role) {
		return new PaduUser(UUID.randomUUID(), TANGERANG, "api-" + role.name().toLowerCase(), "API " + role,
				Set.of(role), true, null, "x");
	}
}
