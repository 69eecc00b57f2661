package id.padu.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

	@Test
	void nikOfAWomanCarriesDayPlusForty() {
		Nik nik = Nik.of("3671014508900003");
		assertThat(nik.isFemale()).isTrue();
		assertThat(nik.kecamatan()).isEqualTo(KodeWilayah.of("36.71.01"));
		assertThat(nik.matches(LocalDate.of(1990, 8, 5), true)).isTrue();
		assertThat(nik.matches(LocalDate.of(1990, 8, 5), false)).isFalse();
		assertThat(nik.masked()).isEqualTo("3671**********03");
	}

	@Test
	void nikNamesThePartThatIsWrong() {
		assertThatThrownBy(() -> Nik.of("36710145089000")).hasMessage("identifier.nik.format");
		assertThatThrownBy(() -> Nik.of("367101450890000A")).hasMessage("identifier.nik.format");
		assertThatThrownBy(() -> Nik.of("3671013213900003")).hasMessage("identifier.nik.birthdate");
		assertThatThrownBy(() -> Nik.of("3671017102900003")).hasMessage("identifier.nik.birthdate");
		assertThatThrownBy(() -> Nik.of("3671013102900003")).hasMessage("identifier.nik.birthdate");
		assertThatThrownBy(() -> Nik.of("3671010508900000")).hasMessage("identifier.nik.serial");
	}

	@Test
	void nipHasBirthDateAppointmentAndGender() {
		Nip nip = Nip.of("19800101 200501 1 001");
		assertThat(nip.value()).isEqualTo("198001012005011001");
		assertThat(nip.formatted()).isEqualTo("19800101 200501 1 001");
		assertThat(nip.appointedIn().getYear()).isEqualTo(2005);
		assertThatThrownBy(() -> Nip.of("198013012005011001")).hasMessage("identifier.nip.birthdate");
		assertThatThrownBy(() -> Nip.of("198001012005131001")).hasMessage("identifier.nip.appointment");
		assertThatThrownBy(() -> Nip.of("198001012005013001")).hasMessage("identifier.nip.gender");
	}

	@Test
	void kodeWilayahKnowsItsLevel() {
		assertThat(KodeWilayah.of("36").level()).isEqualTo(KodeWilayah.Level.PROVINSI);
		assertThat(KodeWilayah.of("36.71").level()).isEqualTo(KodeWilayah.Level.KABUPATEN_KOTA);
		assertThat(KodeWilayah.of("36.71.01").level()).isEqualTo(KodeWilayah.Level.KECAMATAN);
		assertThat(KodeWilayah.of("36.71.01.1001").level()).isEqualTo(KodeWilayah.Level.DESA_KELURAHAN);
		assertThat(KodeWilayah.of("36.71.01.1001").isWithin(KodeWilayah.of("36.71"))).isTrue();
		assertThat(KodeWilayah.of("36.74.01").isWithin(KodeWilayah.of("36.71"))).isFalse();
		assertThatThrownBy(() -> KodeWilayah.of("36.7")).hasMessage("identifier.wilayah.format");
	}

	@Test
	void rupiahIsWrittenTheIndonesianWay() {
		assertThat(Rupiah.of(1_250_000).formatted()).isEqualTo("Rp 1.250.000");
		assertThat(Rupiah.of(0).formatted()).isEqualTo("Rp 0");
		assertThat(Rupiah.of(500).plus(Rupiah.of(250)).amount()).isEqualTo(750);
		assertThatThrownBy(() -> Rupiah.of(-1)).isInstanceOf(IllegalArgumentException.class);
	}
}
