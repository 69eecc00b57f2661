package id.padu.payments;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static id.padu.payments.PaymentsFixture.SITI;
import static id.padu.payments.PaymentsFixture.body;
import static id.padu.payments.PaymentsFixture.callback;
import static id.padu.payments.PaymentsFixture.issue;
import static id.padu.payments.PaymentsFixture.json;
import static id.padu.payments.PaymentsFixture.reference;
import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's bills, the treasurers' reconciliation, and the demo bank simulator. */
@PaduIntegrationTest
class PaymentPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCitizenSeesTheBillWithAQrisCodeThatDecodesToItsPayload() throws Exception {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 42_500, "Retribusi halaman warga");
		String payload = json(bendahara.get("/api/v1/bills/" + code)).get("qrisPayload").asString();
		WebClient warga = WebClient.signedIn(port, "warga");

		String list = HtmlUtils.htmlUnescape(warga.get("/warga/tagihan").body());
		assertThat(list).contains("bill-" + code, "Retribusi halaman warga", "Rp 42.500", "Belum dibayar");
		String page = HtmlUtils.htmlUnescape(warga.get("/warga/tagihan/" + code).body());
		assertThat(page).contains(code, "Rp 42.500", "Cara membayar", "/warga/tagihan/" + code + "/qris.png",
				"/simulasi-bank?kode=" + code);

		HttpResponse<byte[]> png = warga.getBytes("/warga/tagihan/" + code + "/qris.png");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		// PURE_BARCODE: the PNG is the code alone; without it zxing's finder search misses about 1 in 100 perfect codes
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
				Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
		assertThat(decoded).isEqualTo(payload);

		assertThat(warga.get("/warga/tagihan/" + code + "/bukti.pdf").statusCode()).as("no receipt before payment").isEqualTo(404);
		assertThat(WebClient.signedIn(port, "petugas").get("/warga/tagihan").statusCode()).isEqualTo(403);
	}

	@Test
	void afterPaymentTheCitizenDownloadsTheReceipt() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 1_250_000, "Retribusi kuitansi");
		assertThat(callback(port, body(code, 1_250_000, Instant.now(), reference())).statusCode()).isEqualTo(200);
		WebClient warga = WebClient.signedIn(port, "warga");

		assertThat(HtmlUtils.htmlUnescape(warga.get("/warga/tagihan/" + code).body())).contains("Lunas", "bukti.pdf");
		HttpResponse<byte[]> pdf = warga.getBytes("/warga/tagihan/" + code + "/bukti.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(warga.getBytes("/warga/tagihan/" + code + "/qris.png").statusCode()).as("no QR once paid").isEqualTo(404);
	}

	@Test
	void treasurersSeeDailyTotalsResolveFlaggedItemsAndDownloadCsv() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String paid = issue(bendahara, SITI, 33_000, "Retribusi rekonsiliasi");
		String flagged = issue(bendahara, SITI, 44_000, "Retribusi salah bayar");
		assertThat(callback(port, body(paid, 33_000, Instant.now(), reference())).statusCode()).isEqualTo(200);
		String wrongReference = reference();
		assertThat(callback(port, body(flagged, 40_000, Instant.now(), wrongReference)).statusCode()).isEqualTo(422);
		String itemId = jdbc.sql("select cast(id as varchar(40)) from payment_reconciliation_item where bank_reference = ?")
			.param(wrongReference).query(String.class).single();

		assertThat(HtmlUtils.htmlUnescape(bendahara.get("/kantor").body()))
			.contains("Konfirmasi bank yang perlu ditindaklanjuti", "/kantor/pembayaran/rekonsiliasi");
		String report = HtmlUtils.htmlUnescape(bendahara.get("/kantor/pembayaran/rekonsiliasi").body());
		assertThat(report).contains("item-" + itemId, "Jumlah tidak sesuai tagihan", flagged, wrongReference, "Rp 40.000",
				"Penerimaan per hari", "grand-total");

		String csv = bendahara.get("/kantor/pembayaran/rekonsiliasi.csv").body();
		assertThat(csv).startsWith("jenis,waktu,kode_bayar").contains("PEMBAYARAN", paid, "33000", "DITANDAI", flagged,
				"WRONG_AMOUNT", "TERBUKA");

		String csrf = bendahara.csrfToken("/kantor/pembayaran/rekonsiliasi");
		HttpResponse<String> noNote = bendahara.post("/kantor/pembayaran/rekonsiliasi/" + itemId + "/selesai", "note=&_csrf=" + csrf);
		assertThat(noNote.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(bendahara.get("/kantor/pembayaran/rekonsiliasi").body()))
			.contains("Tulis catatan tindak lanjutnya.", "item-" + itemId);
		HttpResponse<String> resolved = bendahara.post("/kantor/pembayaran/rekonsiliasi/" + itemId + "/selesai",
				"note=" + URLEncoder.encode("Selisih Rp 4.000 ditagih ulang", StandardCharsets.UTF_8) + "&_csrf=" + csrf);
		assertThat(resolved.statusCode()).isEqualTo(302);
		String after = HtmlUtils.htmlUnescape(bendahara.get("/kantor/pembayaran/rekonsiliasi").body());
		assertThat(after).contains("Konfirmasi ditandai selesai.", "Selesai oleh bendahara").doesNotContain("item-" + itemId);
		assertThat(bendahara.post("/kantor/pembayaran/rekonsiliasi/" + itemId + "/selesai", "note=lagi&_csrf=" + csrf)
			.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(bendahara.get("/kantor/pembayaran/rekonsiliasi").body()))
			.contains("Konfirmasi ini sudah ditandai selesai.");

		WebClient auditor = WebClient.signedIn(port, "auditor");
		assertThat(auditor.get("/kantor/pembayaran/rekonsiliasi").statusCode()).isEqualTo(200);
		assertThat(auditor.post("/kantor/pembayaran/rekonsiliasi/" + UUID.randomUUID() + "/selesai",
				"note=x&_csrf=" + auditor.csrfToken("/kantor/pembayaran/rekonsiliasi")).statusCode()).isEqualTo(403);
		assertThat(WebClient.signedIn(port, "petugas").get("/kantor/pembayaran/rekonsiliasi").statusCode()).isEqualTo(403);
	}

	@Test
	void theTreasurersBillPageNamesThePayerAndLogsTheRead() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 12_000, "Retribusi nama pembayar");

		String page = HtmlUtils.htmlUnescape(bendahara.get("/kantor/pembayaran/tagihan/" + code).body());

		assertThat(page).contains(code, "Siti Rahmawati", SITI);
		assertThat(jdbc.sql("select count(*) from personal_data_access where nik = ? and purpose = ?")
			.params(SITI, "Rekonsiliasi pembayaran tagihan " + code).query(Long.class).single()).isEqualTo(1);
		assertThat(WebClient.signedIn(port, "auditor").get("/kantor/pembayaran/tagihan/" + code).statusCode()).isEqualTo(403);
	}

	@Test
	void theBankSimulatorSendsARealSignedCallback() {
		WebClient bendahara = WebClient.signedIn(port, "bendahara");
		String code = issue(bendahara, SITI, 27_000, "Retribusi simulasi");
		WebClient warga = WebClient.signedIn(port, "warga");

		String found = HtmlUtils.htmlUnescape(warga.get("/simulasi-bank?kode=" + code).body());
		assertThat(found).contains("Retribusi simulasi", "Rp 27.000", "************0003").doesNotContain(SITI);

		String csrf = warga.csrfToken("/simulasi-bank?kode=" + code);
		String answer = HtmlUtils.htmlUnescape(warga.post("/simulasi-bank/bayar",
				"billingCode=" + code + "&amount=27000&_csrf=" + csrf).body());

		assertThat(answer).contains("Jawaban Padu: HTTP 200", "\"status\":\"PAID\"", "Lunas");
		assertThat(json(bendahara.get("/api/v1/bills/" + code)).get("status").asString()).isEqualTo("PAID");
		assertThat(HtmlUtils.htmlUnescape(warga.get("/simulasi-bank?kode=36719900000000").body()))
			.contains("Tidak ada tagihan dengan kode bayar 36719900000000");
	}
}
