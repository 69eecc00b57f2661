package id.padu.registry.internal;

import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20,000 rows generated while they are read (a custom InputStream: the file never exists as a whole, in
 * the test or in the application) are all imported, one {@link ResidentsWritten} per committed batch.
 * Ten batches prove the streaming; the 2-million-row run with its heap figure is the benchmark's job
 * ({@code bench/registry-import}), so the shared test database stays small and the suite fast.
 */
@PaduIntegrationTest
class ResidentImportStreamingIT {

	static final int ROWS = 20_000;
	static final String MARKER = "Uji Aliran " + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	ResidentImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConfigurableApplicationContext context;

	final List<ResidentsWritten> events = new CopyOnWriteArrayList<>();
	final ApplicationListener<ApplicationEvent> listener = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ResidentsWritten written) {
			events.add(written);
		}
	};

	/** Batches are written on writer threads, so the events are heard where they are published. */
	@BeforeEach
	void listen() {
		context.addApplicationListener(listener);
	}

	@Test
	void twoHundredThousandGeneratedRowsAreImportedInCommittedBatches() {
		ResidentImportResult result = TenantContext.callAs(new TenantId("kota-tangerang"),
				() -> imports.importCsv(new GeneratedCsv(ROWS), "generated.csv", null, "test"));
		assertThat(result.rows()).isEqualTo(ROWS);
		assertThat(result.imported()).isEqualTo(ROWS);
		assertThat(result.rejected()).isZero();
		assertThat(jdbc.sql("select count(*) from resident where tenant_id = 'kota-tangerang' and birth_place = ?")
			.param(MARKER).query(Long.class).single()).isEqualTo(ROWS);
		assertThat(events).hasSize(ROWS / ResidentImportRun.BATCH).allMatch(e -> e.tenantId().equals("kota-tangerang"));
		assertThat(events.stream().mapToInt(e -> e.niks().size()).sum()).isEqualTo(ROWS);
	}

	/** The generated residents are removed again: other tests count and search this tenant's residents. */
	@AfterEach
	void removeGeneratedResidents() {
		context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class)
			.removeApplicationListener(listener);
		jdbc.sql("delete from family where tenant_id = 'kota-tangerang' and nomor_kk in (select nomor_kk from resident "
				+ "where tenant_id = 'kota-tangerang' and birth_place = ?)").param(MARKER).update();
		jdbc.sql("delete from resident where tenant_id = 'kota-tangerang' and birth_place = ?").param(MARKER).update();
	}

	/** A CSV body made up row by row as it is read; serials 8000+ keep clear of demo and other test NIKs. */
	static final class GeneratedCsv extends InputStream {

		private final int rows;
		private int next = -1;
		private byte[] line = new byte[0];
		private int at;

		GeneratedCsv(int rows) {
			this.rows = rows;
		}

		@Override
		public int read() {
			if (at == line.length && !advance()) {
				return -1;
			}
			return line[at++] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (at == line.length && !advance()) {
				return -1;
			}
			int n = Math.min(length, line.length - at);
			System.arraycopy(line, at, buffer, offset, n);
			at += n;
			return n;
		}

		private boolean advance() {
			if (next >= rows) {
				return false;
			}
			line = (next < 0 ? "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,agama,status_perkawinan,"
					+ "pekerjaan,alamat,rt,rw,kode_wilayah,hubungan_keluarga\n" : row(next)).getBytes(StandardCharsets.UTF_8);
			next++;
			at = 0;
			return true;
		}

		private static String row(int i) {
			LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 20_000);
			boolean female = (i / 20_000) % 2 == 1;
			String nik = "367101" + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
					birth.getMonthValue(), birth.getYear() % 100, 8000 + i / 40_000);
			int family = i / 4;
			LocalDate issued = LocalDate.of(2010, 1, 1).plusDays(family % 4000);
			String kk = "367101" + String.format("%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(),
					issued.getYear() % 100, 8000 + family / 4000);
			String relationship = i % 4 == 0 ? "KEPALA KELUARGA" : "ANAK";
			return String.join(",", nik, kk, "Warga Uji " + i, MARKER, birth.toString(), female ? "P" : "L", "ISLAM",
					"BELUM KAWIN", "Pelajar", "\"Jl. Uji No. " + i + "\"", "1", "2", "36.71.01.1001", relationship) + "\n";
		}
	}
}
