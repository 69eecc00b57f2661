package id.padu.services.internal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.padu.support.TestSmtp;
import id.padu.services.ServicesFixture;
import id.padu.services.ServicesFixture.Citizen;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.PINDAH;
import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Working the queue: who sees which task, revision and resubmission, rejection, SLA due dates, escalation. */
@PaduIntegrationTest
class TaskFlowIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	Escalation escalation;

	@Autowired
	ApplicationRecords records;

	Citizen citizen;
	WebClient warga;
	WebClient petugas;
	WebClient kadis;
	String applicationId;

	@BeforeEach
	void applied() {
		citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		warga = WebClient.signedIn(port, citizen.username());
		petugas = WebClient.signedIn(port, "petugas");
		kadis = WebClient.signedIn(port, "kadis");
		String document = ServicesFixture.upload(warga);
		applicationId = json(ServicesFixture.apply(warga, PINDAH,
				ServicesFixture.pindah(citizen, ServicesFixture.OUT_OF_CITY, document, true), UUID.randomUUID().toString()))
			.get("id").asString();
	}

	@Test
	void theOfficerSeesTheVerificationTaskWithItsSlaAndOthersDoNot() {
		JsonNode task = ServicesFixture.taskOf(petugas, applicationId);
		assertThat(task).isNotNull();
		assertThat(task.get("name").asString()).isEqualTo("Verifikasi berkas");
		assertThat(task.get("serviceCode").asString()).isEqualTo(PINDAH);
		Instant due = Instant.parse(task.get("dueAt").asString());
		Instant started = jdbc.sql("select started_at from service_task where task_id = ?").param(task.get("id").asString())
			.query(Timestamp.class).single().toInstant();
		Instant expected = TenantContext.callAs(TenantId.of("kota-tangerang"), () -> calendar.dueAt(started, 2));
		assertThat(due).isEqualTo(expected);
		assertThat(task.get("workingDaysLeft").asInt()).isBetween(1, 2);
		// The pemda's calendar holds the SKB 2026 holidays: two working days from 17 March end on 26 March.
		assertThat(TenantContext.callAs(TenantId.of("kota-tangerang"),
				() -> calendar.dueAt(Instant.parse("2026-03-17T03:00:00Z"), 2)))
			.isEqualTo(Instant.parse("2026-03-26T16:59:59Z"));

		assertThat(ServicesFixture.taskOf(kadis, applicationId)).isNull();
		var sections = TenantContext.callAs(TenantId.of("kota-tangerang"),
				() -> records.recordsFor(id.padu.shared.Nik.of(citizen.nik())));
		assertThat(sections.get(0).items()).anySatisfy(item -> assertThat(item.link()).endsWith(applicationId));
		assertThat(warga.get("/api/v1/tasks").statusCode()).isEqualTo(403);
		String taskId = task.get("id").asString();
		assertThat(ServicesFixture.decide(kadis, taskId, "approve", null, null).statusCode()).isEqualTo(404);
		assertThat(ServicesFixture.decide(petugas, UUID.randomUUID().toString(), "approve", null, null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void anApplicationSentBackIsFixedAndResubmittedThenRejectedWithAReason() throws Exception {
		String taskId = ServicesFixture.taskOf(petugas, applicationId).get("id").asString();
		assertThat(ServicesFixture.decide(petugas, taskId, "revise", " ", null).statusCode()).isEqualTo(400);
		assertThat(ServicesFixture.decide(petugas, taskId, "sign", "x", null).statusCode()).isEqualTo(400);
		var revised = ServicesFixture.decide(petugas, taskId, "revise", "Surat pengantar belum ditandatangani RT.", null);
		assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
		assertThat(json(revised).get("status").asString()).isEqualTo("NEEDS_REVISION");

		JsonNode mine = json(warga.get("/api/v1/applications/" + applicationId));
		assertThat(mine.get("status").asString()).isEqualTo("NEEDS_REVISION");
		assertThat(mine.get("note").asString()).isEqualTo("Surat pengantar belum ditandatangani RT.");
		String tracking = mine.get("trackingNumber").asString();
		String publicView = WebClient.anonymous(port).get("/api/v1/applications/track/" + tracking).body();
		assertThat(publicView).contains("NEEDS_REVISION").doesNotContain("ditandatangani").doesNotContain("Dewi")
			.doesNotContain(citizen.nik()).doesNotContain("petugas");
		assertThat(ServicesFixture.taskOf(petugas, applicationId)).isNull();

		Map<String, Object> fixed = ServicesFixture.pindah(citizen, ServicesFixture.OUT_OF_CITY,
				ServicesFixture.upload(warga), true);
		var resubmitted = warga.send("POST", "/api/v1/applications/" + applicationId + "/resubmit", "application/json",
				ServicesFixture.JSON.writeValueAsString(Map.of("data", fixed)));
		assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);
		assertThat(json(resubmitted).get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(warga.send("POST", "/api/v1/applications/" + applicationId + "/resubmit", "application/json",
				"{\"data\":{}}").statusCode()).isEqualTo(422);

		String again = ServicesFixture.taskOf(petugas, applicationId).get("id").asString();
		assertThat(again).isNotEqualTo(taskId);
		var rejected = ServicesFixture.decide(petugas, again, "reject", "Alamat tujuan tidak ditemukan.", null);
		assertThat(json(rejected).get("status").asString()).isEqualTo("REJECTED");
		JsonNode done = json(warga.get("/api/v1/applications/" + applicationId));
		List<String> types = done.get("timeline").valueStream().map(e -> e.get("type").asString()).toList();
		assertThat(types).containsSubsequence("SUBMITTED", "STEP_STARTED", "STEP_DECIDED", "RESUBMITTED", "STEP_STARTED",
				"STEP_DECIDED", "COMPLETED");
		assertThat(ServicesFixture.decide(petugas, again, "approve", null, null).statusCode()).isEqualTo(404);

		String email = citizen.username() + "@contoh.id";
		List<String> subjects = mails(email, 2);
		assertThat(subjects).contains("Permohonan Surat Keterangan Pindah sudah diterima",
				"Permohonan Surat Keterangan Pindah ditolak");
	}

	@Test
	void anOverdueTaskIsEscalatedToTheHeadWhoSeesItMarked() {
		String taskId = ServicesFixture.taskOf(petugas, applicationId).get("id").asString();
		assertThat(petugas.send("POST", "/api/v1/tasks/" + taskId + "/claim", "application/json", "{}").statusCode())
			.isEqualTo(200);
		jdbc.sql("update service_task set due_at = ? where task_id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(3 * 86400)), taskId).update();
		int escalated = TenantContext.callAs(TenantId.of("kota-tangerang"), escalation::escalateOverdue);
		assertThat(escalated).isPositive();

		JsonNode seen = ServicesFixture.taskOf(kadis, applicationId);
		assertThat(seen).isNotNull();
		assertThat(seen.get("escalated").asBoolean()).isTrue();
		assertThat(seen.get("assignee").asString()).isEqualTo("petugas");
		assertThat(seen.get("workingDaysLeft").asInt()).isNegative();
		assertThat(ServicesFixture.decide(kadis, taskId, "approve", null, null).statusCode()).isEqualTo(409);
		assertThat(TenantContext.callAs(TenantId.of("kota-tangerang"), escalation::escalateOverdue)).isZero();
		assertThat(json(warga.get("/api/v1/applications/" + applicationId)).get("timeline").toString())
			.contains("ESCALATED");
	}

	private List<String> mails(String recipient, int count) throws Exception {
		List<String> subjects = List.of();
		for (int i = 0; i < 100; i++) {
			subjects = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, recipient))
				.map(TaskFlowIT::subject).toList();
			if (subjects.size() >= count) {
				return subjects;
			}
			Thread.sleep(100);
		}
		return subjects;
	}

	private static boolean to(MimeMessage message, String recipient) {
		return GreenMailUtil.getAddressList(getRecipients(message)).contains(recipient);
	}

	private static jakarta.mail.Address[] getRecipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		} catch (Exception e) {
			return new jakarta.mail.Address[0];
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		} catch (Exception e) {
			return "";
		}
	}
}
