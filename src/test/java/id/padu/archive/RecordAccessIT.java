package id.padu.archive;

import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.padu.archive.ArchiveFixture.fileRecord;
import static id.padu.archive.ArchiveFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/** TERBATAS and RAHASIA records: who finds them, who opens them, and that openings are audited. */
@PaduIntegrationTest
class RecordAccessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void restrictedRecordsAreFoundAndOpenedOnlyByTheirCircle() {
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		String biasa = fileRecord(arsiparis, "Edaran jam pelayanan", "BIASA", "disdukcapil", "Edaran kalimayangsari jam pelayanan.");
		String terbatas = fileRecord(arsiparis, "Data pegawai kontrak", "TERBATAS", "disdukcapil", "Daftar kalimayangsari pegawai.");
		String rahasia = fileRecord(arsiparis, "Hasil pemeriksaan khusus", "RAHASIA", "disdukcapil", "Temuan kalimayangsari pemeriksaan.");

		assertThat(found("arsiparis")).isEqualTo(3);
		assertThat(found("kadis")).isEqualTo(3);
		assertThat(found("petugas")).isEqualTo(2);
		assertThat(found("kabid")).isEqualTo(2);
		assertThat(found("admin")).isEqualTo(2);
		assertThat(found("kadis.dinkes")).isEqualTo(1);
		assertThat(json(WebClient.signedIn(port, "petugas").get("/api/v1/archive/search/facets?q=kalimayangsari"))
			.get("facets").get("opd").get("disdukcapil").asLong()).isEqualTo(2);

		assertThat(status("kadis.dinkes", biasa)).isEqualTo(200);
		assertThat(status("kadis.dinkes", terbatas)).isEqualTo(403);
		assertThat(status("petugas", terbatas)).isEqualTo(200);
		assertThat(status("admin", terbatas)).isEqualTo(200);
		assertThat(status("petugas", rahasia)).isEqualTo(403);
		assertThat(status("kabid", rahasia)).isEqualTo(403);
		assertThat(status("admin", rahasia)).isEqualTo(403);
		assertThat(status("kadis", rahasia)).isEqualTo(200);
		assertThat(status("arsiparis", rahasia)).isEqualTo(200);
		assertThat(WebClient.signedIn(port, "kabid").get("/kantor/arsip/rekaman/" + rahasia).statusCode()).isEqualTo(403);

		assertThat(audited(terbatas)).isEqualTo(2);
		assertThat(audited(rahasia)).isEqualTo(2);
		assertThat(audited(biasa)).isZero();
	}

	private int found(String username) {
		return json(WebClient.signedIn(port, username).get("/api/v1/archive/search?q=kalimayangsari")).size();
	}

	private int status(String username, String id) {
		return WebClient.signedIn(port, username).get("/api/v1/archive/records/" + id).statusCode();
	}

	private long audited(String id) {
		return jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'ARCHIVE_RECORD_OPENED'")
			.param(id).query(Long.class).single();
	}
}
