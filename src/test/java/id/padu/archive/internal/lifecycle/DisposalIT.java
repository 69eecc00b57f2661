package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.Filing;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.PdfCheck;
import id.padu.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static id.padu.archive.internal.lifecycle.LifecycleFixture.PASSPHRASE;
import static id.padu.archive.internal.lifecycle.LifecycleForms.approve;
import static id.padu.archive.internal.lifecycle.LifecycleForms.form;
import static id.padu.archive.internal.lifecycle.LifecycleForms.hold;
import static id.padu.archive.internal.lifecycle.LifecycleForms.proposalId;
import static id.padu.archive.internal.lifecycle.LifecycleForms.propose;
import static org.assertj.core.api.Assertions.assertThat;

/** Destruction: proposal, the head's signed approval, tombstones; and everything that must refuse it. */
@PaduIntegrationTest
class DisposalIT {

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
	void theHeadApprovesWithHisPassphraseAndTheRecordBecomesATombstone() {
		LifecycleFixture.Filed filed = fixture.dueForDestruction("disdukcapil", "Daftar hadir apel pagi 2015");
		String sha256 = jdbc.sql("select sha256 from archive_file where record_id = ?").param(filed.recordId())
			.query(String.class).single();
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		assertThat(arsiparis.get("/kantor/arsip/penyusutan").body()).contains("due-" + filed.berkasId());

		HttpResponse<String> created = propose(arsiparis, "MUSNAH", "Retensi telah habis", null, filed.berkasId());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		UUID proposal = proposalId(created);

		assertThat(approve(WebClient.signedIn(port, "kadis.dpmptsp"), proposal, PASSPHRASE).statusCode()).isEqualTo(403);
		assertThat(approve(arsiparis, proposal, PASSPHRASE).statusCode()).isEqualTo(403);
		WebClient kadis = WebClient.signedIn(port, "kadis");
		HttpResponse<String> wrong = approve(kadis, proposal, "bukan-passphrase");
		assertThat(wrong.body()).contains("id=\"error\"");
		assertThat(stage(filed.berkasId())).isEqualTo("AKTIF");
		assertThat(status(proposal)).isEqualTo("PROPOSED");
		assertThat(storedFiles(sha256)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from issued_document where source_reference = ?").param(proposal.toString())
			.query(Long.class).single()).isZero();

		HttpResponse<String> approved = approve(kadis, proposal, PASSPHRASE);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
		assertThat(status(proposal)).isEqualTo("APPROVED");
		assertThat(stage(filed.berkasId())).isEqualTo("MUSNAH");
		assertThat(jdbc.sql("select full_text from archive_record where id = ?").param(filed.recordId())
			.query(String.class).optional()).isEmpty();
		assertThat(jdbc.sql("select count(*) from archive_file where record_id = ? and destroyed_at is not null")
			.param(filed.recordId()).query(Long.class).single()).isEqualTo(1);
		assertThat(storedFiles(sha256)).isZero();

		byte[] pdf = kadis.getBytes("/kantor/arsip/penyusutan/usul/" + proposal + "/berita-acara").body();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String code = jdbc.sql("select verification_code from issued_document where source_reference = ?")
			.param(proposal.toString()).query(String.class).single();
		String checked = PdfCheck.verify(port, code, pdf).body();
		assertThat(checked).contains("\"matches\":true").contains("\"signatureValid\":true");

		String tombstone = arsiparis.get("/kantor/arsip/musnah/" + filed.recordId()).body();
		assertThat(tombstone).contains("Daftar hadir apel pagi 2015").contains("Dimusnahkan pada")
			.contains("BA-MUSNAH/USUL-").doesNotContain("Teks lengkap");
		assertThat(approve(kadis, proposal, PASSPHRASE).body()).contains("sudah diputuskan");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXECUTE' and entity_id = ?")
			.param(proposal.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aLegalHoldBlocksProposalAndApprovalUntilItIsReleased() {
		LifecycleFixture.Filed proposed = fixture.dueForDestruction("disdukcapil", "Surat undangan rapat 2015");
		LifecycleFixture.Filed held = fixture.dueForDestruction("disdukcapil", "Nota dinas pengadaan 2015");
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		UUID proposal = proposalId(propose(arsiparis, "MUSNAH", "Retensi telah habis", null, proposed.berkasId()));

		assertThat(hold(arsiparis, proposed.berkasId(), "PERKARA-17/2026").statusCode()).isEqualTo(302);
		assertThat(hold(arsiparis, held.berkasId(), "PERKARA-18/2026").statusCode()).isEqualTo(302);
		WebClient kadis = WebClient.signedIn(port, "kadis");
		assertThat(kadis.get("/kantor/arsip/penyusutan/usul/" + proposal).body()).contains("id=\"held\"");
		assertThat(approve(kadis, proposal, PASSPHRASE).body()).contains("PERKARA-17/2026");
		assertThat(stage(proposed.berkasId())).isEqualTo("AKTIF");
		assertThat(status(proposal)).isEqualTo("PROPOSED");
		assertThat(propose(arsiparis, "MUSNAH", "Retensi telah habis", null, held.berkasId()).body())
			.contains("PERKARA-18/2026");

		UUID holdId = jdbc.sql("select id from legal_hold where berkas_id = ?").param(proposed.berkasId())
			.query(UUID.class).single();
		String page = "/kantor/arsip/penyusutan/berkas/" + proposed.berkasId();
		assertThat(arsiparis.post("/kantor/arsip/penyusutan/tahan/" + holdId + "/lepas", form(arsiparis, page,
				"reason", "Perkara selesai", "berkasId", proposed.berkasId().toString())).statusCode()).isEqualTo(302);
		assertThat(approve(kadis, proposal, PASSPHRASE).statusCode()).isEqualTo(302);
		assertThat(stage(proposed.berkasId())).isEqualTo("MUSNAH");
		assertThat(stage(held.berkasId())).isEqualTo("AKTIF");
	}

	@Test
	void aProposalIsForDueBerkasOfOneOpdNotProposedYet() {
		LifecycleFixture.Filed duk = fixture.dueForDestruction("disdukcapil", "Rekap absensi 2015");
		LifecycleFixture.Filed dpm = fixture.dueForDestruction("dpmptsp", "Rekap absensi DPMPTSP 2015");
		LifecycleFixture.Filed young = fixture.closedBerkas("disdukcapil", "Rekap absensi 2025", 2025,
				new id.padu.archive.internal.Retention(2, 3, id.padu.archive.internal.FinalAction.MUSNAH));
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");

		assertThat(propose(arsiparis, "MUSNAH", "Retensi habis", null, duk.berkasId(), dpm.berkasId()).body())
			.contains("satu perangkat daerah");
		assertThat(propose(arsiparis, "MUSNAH", "Retensi habis", null, young.berkasId()).body())
			.contains("belum jatuh tempo");
		assertThat(propose(arsiparis, "TRANSFER_STATIS", "Retensi habis", null, duk.berkasId()).body())
			.contains("tidak jatuh tempo untuk usul jenis ini");
		assertThat(propose(arsiparis, "MUSNAH", " ", null, duk.berkasId()).body()).contains("Alasan usul wajib diisi");
		assertThat(propose(WebClient.signedIn(port, "kadis"), "MUSNAH", "Retensi habis", null, duk.berkasId())
			.statusCode()).isEqualTo(403);

		UUID first = proposalId(propose(arsiparis, "MUSNAH", "Retensi habis", null, duk.berkasId()));
		assertThat(propose(arsiparis, "MUSNAH", "Retensi habis", null, duk.berkasId()).body())
			.contains("sudah ada dalam usul lain");
		WebClient kadis = WebClient.signedIn(port, "kadis");
		String page = "/kantor/arsip/penyusutan/usul/" + first;
		assertThat(kadis.post(page + "/tolak", form(kadis, page, "reason", "Masih dipakai untuk audit BPK"))
			.statusCode()).isEqualTo(302);
		assertThat(status(first)).isEqualTo("REJECTED");
		assertThat(propose(arsiparis, "MUSNAH", "Retensi habis", null, duk.berkasId()).statusCode()).isEqualTo(302);
	}

	private String stage(UUID berkasId) {
		return jdbc.sql("select stage from berkas where id = ?").param(berkasId).query(String.class).single();
	}

	private String status(UUID proposal) {
		return jdbc.sql("select status from disposal_proposal where id = ?").param(proposal).query(String.class).single();
	}

	private long storedFiles(String sha256) {
		return jdbc.sql("select count(*) from stored_file where sha256 = ? and tenant_id = 'kota-tangerang'")
			.param(sha256).query(Long.class).single();
	}
}
