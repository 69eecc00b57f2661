package id.padu.services;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.payments.PaymentsFixture;
import id.padu.services.ServicesFixture.Citizen;
import id.padu.shared.NotFoundException;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * New services and versions uploaded at run time: checked completely before activation (every problem
 * reported), a new version serves new applications while running ones finish on theirs, and a service with
 * a fee waits for the bank's payment and then continues by itself.
 */
@PaduIntegrationTest
class BundleUploadIT {

	static final String PINDAH_FILES = "services/bundles/surat-keterangan-pindah/";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationProcesses processes;

	@Test
	void aNewVersionServesNewApplicationsWhileRunningOnesFinishOnTheirs() throws Exception {
		String code = "uji-pindah-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> v1 = pindahBundle(code, 1, "Verifikasi berkas", "Tanda tangan Kepala Dinas");
		MvcResult first = upload(zip(v1), Role.ADMIN);
		assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);

		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		WebClient petugas = WebClient.signedIn(port, "petugas");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		String old = json(ServicesFixture.apply(warga, code, ServicesFixture.pindah(citizen, ServicesFixture.IN_CITY,
				ServicesFixture.upload(warga), false), UUID.randomUUID().toString())).get("id").asString();

		Map<String, String> v2 = pindahBundle(code, 2, "Pemeriksaan berkas v2", "Pengesahan v2");
		assertThat(upload(zip(v2), Role.ADMIN).getResponse().getStatus()).isEqualTo(201);
		assertThat(upload(zip(v2), Role.ADMIN).getResponse().getContentAsString()).contains("versionNotHigher");
		assertThat(json(WebClient.anonymous(port).get("/api/v1/services/" + code)).get("version").asInt()).isEqualTo(2);

		String fresh = json(ServicesFixture.apply(warga, code, ServicesFixture.pindah(citizen, ServicesFixture.IN_CITY,
				ServicesFixture.upload(warga), false), UUID.randomUUID().toString())).get("id").asString();
		assertThat(ServicesFixture.taskOf(petugas, fresh).get("name").asString()).isEqualTo("Pemeriksaan berkas v2");
		JsonNode running = ServicesFixture.taskOf(petugas, old);
		assertThat(running.get("name").asString()).isEqualTo("Verifikasi berkas");
		ServicesFixture.decide(petugas, running.get("id").asString(), "approve", null, null);
		assertThat(ServicesFixture.taskOf(kadis, old).get("name").asString()).isEqualTo("Tanda tangan Kepala Dinas");
		assertThat(json(warga.get("/api/v1/applications/" + old)).get("version").asInt()).isEqualTo(1);
		assertThat(json(warga.get("/api/v1/applications/" + fresh)).get("version").asInt()).isEqualTo(2);
	}

	@Test
	void aBrokenBundleIsRefusedWithEveryProblemAndNothingIsActivated() throws Exception {
		String code = "uji-rusak-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> files = pindahBundle(code, 1, "Verifikasi berkas", "Tanda tangan");
		files.put("service.yml", files.get("service.yml").replace("opd: disdukcapil", "opd: dinas-tidak-ada")
			.replace("type: wilayah", "type: peta"));
		files.put("process.bpmn20.xml", files.get("process.bpmn20.xml")
			.replace("<endEvent id=\"selesai\" name=\"Surat terbit\"/>",
					"<endEvent id=\"selesai\" name=\"Surat terbit\"/><scriptTask id=\"skrip\" scriptFormat=\"groovy\"><script>1</script></scriptTask>")
			.replace("${decision == 'reject'}", "${decision.getClass().forName('java.lang.Runtime') == null}"));
		files.put("output.html", "<div><p th:text=\"${applicant.name}\">x</p><p>tidak ditutup</div>");
		files.put("catatan.txt", "boleh?");
		MvcResult refused = upload(zip(files), Role.ADMIN);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("services.bundle.problem.opd").contains("services.bundle.problem.fieldType")
			.contains("services.bundle.problem.element").contains("services.bundle.problem.expression")
			.contains("services.bundle.problem.template").contains("services.bundle.problem.unknownFile");
		assertThat(WebClient.anonymous(port).get("/api/v1/services/" + code).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from act_re_deployment where key_ = ?").param(code).query(Long.class)
			.single()).isZero();

		assertThat(upload("not a zip".getBytes(StandardCharsets.UTF_8), Role.ADMIN).getResponse().getContentAsString())
			.contains("services.bundle.problem.zip");
		assertThat(upload(zip(pindahBundle(code, 1, "a", "b")), Role.OFFICER).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aServiceWithAFeeWaitsForThePaymentAndThenContinues() throws Exception {
		String code = "uji-biaya-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(upload(zip(testBundle("uji-biaya", code)), Role.ADMIN).getResponse().getStatus()).isEqualTo(201);
		assertThat(json(WebClient.anonymous(port).get("/api/v1/services/" + code)).get("fee").asLong()).isEqualTo(50000);

		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		JsonNode made = json(ServicesFixture.apply(warga, code, Map.of("keperluan", "Uji pembayaran"),
				UUID.randomUUID().toString()));
		assertThat(made.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
		String id = made.get("id").asString();
		String billingCode = jdbc.sql("select billing_code from bill where source_module = 'services' and source_reference = ?")
			.param(id).query(String.class).single();
		assertThat(warga.get("/warga/permohonan/" + id).body()).contains(billingCode).contains("Rp 50.000");

		var paid = PaymentsFixture.callback(port, PaymentsFixture.body(billingCode, 50000, Instant.now(),
				PaymentsFixture.reference()));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		String status = null;
		for (int i = 0; i < 100 && !"SUBMITTED".equals(status); i++) {
			Thread.sleep(100);
			status = json(warga.get("/api/v1/applications/" + id)).get("status").asString();
		}
		assertThat(status).isEqualTo("SUBMITTED");
		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(ServicesFixture.taskOf(petugas, id).get("name").asString()).isEqualTo("Pemeriksaan");
		assertThat(json(warga.get("/api/v1/applications/" + id)).get("timeline").toString()).contains("BILLED")
			.contains("PAID");
	}

	@Test
	void anotherModuleFinishesAWaitPointThroughApplicationProcesses() throws Exception {
		String code = "uji-tunggu-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(upload(zip(testBundle("uji-tunggu", code)), Role.ADMIN).getResponse().getStatus()).isEqualTo(201);
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		WebClient warga = WebClient.signedIn(port, citizen.username());
		JsonNode waiting = json(ServicesFixture.apply(warga, code, Map.of(), UUID.randomUUID().toString()));
		assertThat(waiting.get("status").asString()).isEqualTo("WAITING");
		UUID id = UUID.fromString(waiting.get("id").asString());
		TenantId tangerang = TenantId.of("kota-tangerang");
		assertThatThrownBy(() -> TenantContext.runAs(tangerang, () -> processes.resume(id, "payment", true, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TenantContext.runAs(TenantId.of("kota-tangerang-selatan"),
				() -> processes.resume(id, "announcement", true, null))).isInstanceOf(NotFoundException.class);
		TenantContext.runAs(tangerang, () -> processes.resume(id, "announcement", false, "Kuota penuh."));
		JsonNode done = json(warga.get("/api/v1/applications/" + id));
		assertThat(done.get("status").asString()).isEqualTo("REJECTED");
		assertThat(done.get("note").asString()).isEqualTo("Kuota penuh.");
		assertThatThrownBy(() -> TenantContext.runAs(tangerang, () -> processes.resume(id, "announcement", true, null)))
			.isInstanceOf(NotFoundException.class);
	}

	private static Map<String, String> testBundle(String folder, String code) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : List.of("service.yml", "process.bpmn20.xml")) {
			files.put(name, new ClassPathResource("services/" + folder + "/" + name).getContentAsString(StandardCharsets.UTF_8)
				.replace("CODE", code));
		}
		return files;
	}

	private MvcResult upload(byte[] zip, Role role) throws Exception {
		PaduUser user = new PaduUser(UUID.randomUUID(), TenantId.of("kota-tangerang"), role == Role.ADMIN ? "admin" : "petugas",
				"Uji", Set.of(role), true, null, "x");
		return mvc.perform(multipart("/api/v1/service-bundles").file(new MockMultipartFile("bundle", "paket.zip",
				"application/zip", zip)).with(csrf())
			.with(authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))))
			.andReturn();
	}

	/** The shipped Surat Keterangan Pindah bundle under another code and version, with other step names. */
	private static Map<String, String> pindahBundle(String code, int version, String verifyName, String signName)
			throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (String name : List.of("service.yml", "process.bpmn20.xml", "output.html")) {
			files.put(name, new ClassPathResource(PINDAH_FILES + name).getContentAsString(StandardCharsets.UTF_8)
				.replace("surat-keterangan-pindah", code).replace("version: 1", "version: " + version)
				.replace("Verifikasi berkas", verifyName).replace("Tanda tangan Kepala Dinas", signName));
		}
		return files;
	}

	private static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry("paket/" + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
