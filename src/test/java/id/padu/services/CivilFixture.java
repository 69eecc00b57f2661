package id.padu.services;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.services.ServicesFixture.Citizen;
import id.padu.shared.TenantId;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For the tests of Akta Kelahiran, Kartu Berobat Puskesmas and Sertifikasi Guru: the fresh family of
 * {@link ServicesFixture#citizen} (a mother who heads the card and her son) with a husband added, and the
 * steps those tests repeat: deciding, downloading the output and finding its issued document.
 */
final class CivilFixture {

	/** The citizen's family with the mother's husband on the same Kartu Keluarga. */
	record Family(Citizen citizen, String fatherNik) {
	}

	private CivilFixture() {
	}

	static Family family(JdbcClient jdbc, PasswordEncoder encoder) {
		Citizen citizen = ServicesFixture.citizen(jdbc, encoder, ServicesFixture.TANGERANG);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1970 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
		String father = String.format("367105%02d%02d%02d%04d", born.getDayOfMonth(), born.getMonthValue(),
				born.getYear() % 100, 1000 + random.nextInt(9000));
		jdbc.sql("""
				insert into resident (id, tenant_id, version, nik, full_name, birth_place, birth_date, gender, blood_type,
				  religion, marital_status, occupation, education, citizenship, street, rt, rw, kelurahan_kode, phone, email,
				  status, nomor_kk, family_relationship, registered_at)
				values (?, ?, 0, ?, ?, 'Jakarta', ?, 'L', 'O', 'ISLAM', 'KAWIN', 'Wiraswasta', 'SLTA/Sederajat', 'WNI',
				  'Jl. Layanan No. 3', '004', '006', '36.71.05.1001', null, null, 'HIDUP', ?, 'SUAMI', ?)""")
			.params(UUID.randomUUID(), ServicesFixture.TANGERANG, father, "Agus Santoso " + father.substring(12), born,
					citizen.kk(), Timestamp.from(Instant.parse("2024-01-02T03:00:00Z")))
			.update();
		return new Family(citizen, father);
	}

	/** Applies and expects the application to be made; returns its id. */
	static String applied(WebClient client, String service, Map<String, Object> data) {
		HttpResponse<String> made = ServicesFixture.apply(client, service, data, UUID.randomUUID().toString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		return json(made).get("id").asString();
	}

	/** Decides the application's open task in the client's queue and expects it to be accepted. */
	static JsonNode decided(WebClient client, String applicationId, String decision, String note, String passphrase) {
		JsonNode task = ServicesFixture.taskOf(client, applicationId);
		assertThat(task).as("task of " + applicationId + " in the queue").isNotNull();
		HttpResponse<String> done = ServicesFixture.decide(client, task.get("id").asString(), decision, note, passphrase);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
		return json(done);
	}

	/** The field names of a 400 answer's errors with their codes, e.g. {@code ibu=services.civil...}. */
	static String errors(HttpResponse<String> refused) {
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		StringBuilder out = new StringBuilder();
		json(refused).get("errors").forEach(e -> out.append(e.get("field").asString()).append('=')
			.append(e.get("code").asString()).append(' '));
		return out.toString();
	}

	static byte[] output(WebClient client, String applicationId) {
		HttpResponse<byte[]> pdf = client.getBytes("/api/v1/applications/" + applicationId + "/output");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		return pdf.body();
	}

	/** The PDF's text with every run of white space as one space, so a wrapped line still matches. */
	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static IssuedDocument issued(DocumentIssuer issuer, WebClient client, String applicationId) {
		UUID id = UUID.fromString(json(client.get("/api/v1/applications/" + applicationId)).get("issuedDocumentId")
			.asString());
		return TenantContext.callAs(TenantId.of(ServicesFixture.TANGERANG), () -> issuer.find(id)).orElseThrow();
	}

	static long applicationsOf(JdbcClient jdbc, Citizen citizen) {
		return jdbc.sql("select count(*) from service_application where applicant_nik = ?").param(citizen.nik())
			.query(Long.class).single();
	}
}
