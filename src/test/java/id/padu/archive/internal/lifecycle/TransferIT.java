package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.FinalAction;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.Retention;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.UUID;

import static id.padu.archive.internal.lifecycle.LifecycleFixture.PASSPHRASE;
import static id.padu.archive.internal.lifecycle.LifecycleForms.approve;
import static id.padu.archive.internal.lifecycle.LifecycleForms.proposalId;
import static id.padu.archive.internal.lifecycle.LifecycleForms.propose;
import static org.assertj.core.api.Assertions.assertThat;

/** Transfers to the records centre (inaktif) and the regional archive (statis), by page and by API. */
@PaduIntegrationTest
class TransferIT {

	@LocalServerPort
	int port;

	@Autowired
	Filing filing;

	@Autowired
	BerkasRepository berkas;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	LifecycleFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new LifecycleFixture(filing, berkas, tx);
	}

	@Test
	void anActivePeriodThatEndedMovesTheBerkasToTheRecordsCentreAndKeepsItsRecords() {
		LifecycleFixture.Filed filed = fixture.closedBerkas("disdukcapil", "Laporan kegiatan 2020", 2020,
				new Retention(2, 10, FinalAction.PERMANEN));
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		UUID proposal = proposalId(propose(arsiparis, "TRANSFER_INAKTIF", "Masa aktif berakhir", null,
				filed.berkasId()));
		HttpResponse<String> approved = approve(WebClient.signedIn(port, "kadis"), proposal, PASSPHRASE);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
		assertThat(stage(filed.berkasId())).isEqualTo("INAKTIF");
		assertThat(jdbc.sql("select full_text from archive_record where id = ?").param(filed.recordId())
			.query(String.class).single()).contains("Laporan kegiatan 2020");
		assertThat(jdbc.sql("select document_type from issued_document where source_reference = ?")
			.param(proposal.toString()).query(String.class).single()).isEqualTo("Berita Acara Pemindahan Arsip Inaktif");
		assertThat(propose(arsiparis, "TRANSFER_INAKTIF", "Sekali lagi", null, filed.berkasId()).body())
			.contains("belum jatuh tempo");
	}

	@Test
	void aPermanentBerkasGoesToTheRegionalArchiveThroughTheApi() {
		LifecycleFixture.Filed filed = fixture.closedBerkas("disdukcapil", "Peraturan wali kota 2014", 2014,
				new Retention(2, 3, FinalAction.PERMANEN));
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		assertThat(propose(arsiparis, "MUSNAH", "Keliru", null, filed.berkasId()).body())
			.contains("tidak jatuh tempo untuk usul jenis ini");
		UUID proposal = proposalId(propose(arsiparis, "TRANSFER_STATIS", "Arsip bernilai guna sekunder", null,
				filed.berkasId()));
		assertThat(arsiparis.get("/api/v1/archive/disposal-proposals").body()).contains(proposal.toString());

		String body = "{\"passphrase\":\"" + PASSPHRASE + "\"}";
		assertThat(WebClient.signedIn(port, "kadis.dindik").send("POST", "/api/v1/archive/disposal-proposals/"
				+ proposal + "/approval", "application/json", body).statusCode()).isEqualTo(403);
		HttpResponse<String> wrong = WebClient.signedIn(port, "kadis").send("POST",
				"/api/v1/archive/disposal-proposals/" + proposal + "/approval", "application/json",
				"{\"passphrase\":\"salah\"}");
		assertThat(wrong.statusCode()).isEqualTo(422);
		HttpResponse<String> approved = WebClient.signedIn(port, "kadis").send("POST",
				"/api/v1/archive/disposal-proposals/" + proposal + "/approval", "application/json", body);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("BA-SERAH/USUL-");
		assertThat(stage(filed.berkasId())).isEqualTo("STATIS");
	}

	@Test
	void aReassessedBerkasIsDestroyedOnlyWithAnAssessmentNote() {
		LifecycleFixture.Filed filed = fixture.closedBerkas("disdukcapil", "Undangan sosialisasi 2014", 2014,
				new Retention(2, 3, FinalAction.DINILAI_KEMBALI));
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		assertThat(propose(arsiparis, "MUSNAH", "Dinilai tidak bernilai guna", null, filed.berkasId()).body())
			.contains("catatan penilaian");
		UUID proposal = proposalId(propose(arsiparis, "MUSNAH", "Dinilai tidak bernilai guna",
				"Undangan rutin, tidak bernilai guna sekunder", filed.berkasId()));
		assertThat(approve(WebClient.signedIn(port, "kadis"), proposal, PASSPHRASE).statusCode()).isEqualTo(302);
		assertThat(stage(filed.berkasId())).isEqualTo("MUSNAH");
	}

	private String stage(UUID berkasId) {
		return jdbc.sql("select stage from berkas where id = ?").param(berkasId).query(String.class).single();
	}
}
