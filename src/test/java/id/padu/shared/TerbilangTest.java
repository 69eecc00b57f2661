package id.padu.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerbilangTest {

	@Test
	void writesAmountsAsReceiptsDo() {
		assertThat(Terbilang.of(0)).isEqualTo("nol");
		assertThat(Terbilang.of(11)).isEqualTo("sebelas");
		assertThat(Terbilang.of(15)).isEqualTo("lima belas");
		assertThat(Terbilang.of(21)).isEqualTo("dua puluh satu");
		assertThat(Terbilang.of(100)).isEqualTo("seratus");
		assertThat(Terbilang.of(111)).isEqualTo("seratus sebelas");
		assertThat(Terbilang.of(999)).isEqualTo("sembilan ratus sembilan puluh sembilan");
		assertThat(Terbilang.of(1_000)).isEqualTo("seribu");
		assertThat(Terbilang.of(1_500)).isEqualTo("seribu lima ratus");
		assertThat(Terbilang.of(35_000)).isEqualTo("tiga puluh lima ribu");
		assertThat(Terbilang.of(100_000)).isEqualTo("seratus ribu");
		assertThat(Terbilang.of(150_000)).isEqualTo("seratus lima puluh ribu");
		assertThat(Terbilang.of(1_000_000)).isEqualTo("satu juta");
		assertThat(Terbilang.of(1_250_000)).isEqualTo("satu juta dua ratus lima puluh ribu");
		assertThat(Terbilang.of(2_000_001_000L)).isEqualTo("dua miliar seribu");
		assertThat(Terbilang.of(9_999_999_999_999L)).startsWith("sembilan triliun sembilan ratus");
		assertThat(Rupiah.of(287_500).inWords()).isEqualTo("dua ratus delapan puluh tujuh ribu lima ratus rupiah");
	}
}
