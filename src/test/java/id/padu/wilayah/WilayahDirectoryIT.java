package id.padu.wilayah;

import id.padu.shared.KodeWilayah;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PaduIntegrationTest
class WilayahDirectoryIT {

	@Autowired
	WilayahDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shipsEveryAreaOfIndonesia() {
		assertThat(count("PROVINSI")).isEqualTo(38);
		assertThat(count("KABUPATEN_KOTA")).isEqualTo(514);
		assertThat(count("KECAMATAN")).isEqualTo(7_285);
		assertThat(count("DESA_KELURAHAN")).isEqualTo(83_762);
	}

	@Test
	void knowsTheKecamatanAndKelurahanOfKotaTangerang() {
		assertThat(directory.children(KodeWilayah.of("36.71"))).hasSize(13)
			.extracting(Wilayah::nama).contains("Cipondoh", "Karawaci", "Larangan");
		assertThat(directory.children(KodeWilayah.of("36.71")).stream()
			.mapToInt(k -> directory.children(k.kode()).size()).sum()).isEqualTo(104);
		assertThat(directory.find(KodeWilayah.of("36.74"))).get().extracting(Wilayah::nama)
			.isEqualTo("Kota Tangerang Selatan");
		assertThat(directory.exists(KodeWilayah.of("99.99.99"))).isFalse();
	}

	private long count(String level) {
		return jdbc.sql("select count(*) from wilayah where level = ?").param(level).query(Long.class).single();
	}
}
