package id.padu.eoffice;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delegation (Plt/Plh): a letter is signed for a position, so the acting official signs while the post is vacant,
 * and the letter says so. Demo: {@code kasi} (Sri Wahyuni, Kepala Seksi Identitas Penduduk) is Plt. Kepala Bidang
 * Pelayanan Pencatatan Sipil; {@code kabid} holds another bidang and may not sign for it.
 */
@PaduIntegrationTest
class ActingSignatureIT {

	private static final String VACANT_POSITION = "kabid-capil-disdukcapil";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theActingOfficialSignsForThePositionAndTheLetterSaysPlt() throws Exception {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		Map<String, Object> body = LettersFixture.notaDinas("Laporan akta kelahiran " + UUID.randomUUID(), List.of());
		body.put("signerUsername", null);
		body.put("signerPositionCode", VACANT_POSITION);
		String id = LettersFixture.created(sekretariat, body);
		assertThat(LettersFixture.submit(sekretariat, id).statusCode()).isEqualTo(200);

		HttpResponse<String> notHolder = LettersFixture.sign(WebClient.signedIn(port, "kabid"), id, LettersFixture.PASSPHRASE);
		assertThat(notHolder.statusCode()).isEqualTo(422);
		assertThat(notHolder.body()).contains("Anda tidak memegang jabatan penandatangan surat ini.");
		assertThat(jdbc.sql("select letter_number from letter where id = ? and letter_number is not null").param(UUID.fromString(id)).query(String.class)
			.optional()).isEmpty();

		WebClient kasi = WebClient.signedIn(port, "kasi");
		HttpResponse<String> signed = LettersFixture.sign(kasi, id, LettersFixture.PASSPHRASE);
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
		assertThat(LettersFixture.json(signed).get("number").asString()).isNotBlank();

		HttpResponse<byte[]> pdf = kasi.getBytes("/api/v1/letters/" + id + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("PLT. KEPALA BIDANG PELAYANAN PENCATATAN SIPIL", "Sri Wahyuni");
		}
		assertThat(jdbc.sql("select signer_position from issued_document where source_reference = ?").param(id)
			.query(String.class).single()).startsWith("Plt. Kepala Bidang Pelayanan Pencatatan Sipil");
	}
}
