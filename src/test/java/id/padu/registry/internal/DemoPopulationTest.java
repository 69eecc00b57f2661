package id.padu.registry.internal;

import id.padu.registry.FamilyRelationship;
import id.padu.registry.LifeEventType;
import id.padu.registry.internal.DemoPopulation.Kelurahan;
import id.padu.registry.internal.RegistryRows.Household;
import id.padu.registry.internal.RegistryRows.ResidentRow;
import id.padu.shared.Nik;
import id.padu.shared.NomorKk;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator on its own: exact counts, valid and unique numbers, one head per card, deterministic. */
class DemoPopulationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void generatesExactlyTheAskedNumberWithConsistentNumbers() {
		List<Household> households = generate(3000, 42);
		List<ResidentRow> residents = households.stream().flatMap(h -> h.members().stream()).toList();
		assertThat(residents).hasSize(3000);
		Set<String> niks = new HashSet<>();
		for (ResidentRow r : residents) {
			Nik nik = Nik.of(r.nik());
			assertThat(nik.matches(r.birthDate(), r.gender().isFemale())).as(r.nik()).isTrue();
			assertThat(niks.add(r.nik())).as("unique " + r.nik()).isTrue();
			assertThat(r.birthDate()).isBefore(TODAY);
		}
		Set<String> kks = new HashSet<>();
		for (Household h : households) {
			NomorKk kk = NomorKk.of(h.family().nomorKk());
			assertThat(kks.add(kk.value())).isTrue();
			assertThat(kk.issuedOn()).isEqualTo(h.family().issuedOn()).isBefore(TODAY);
			assertThat(kk.kecamatan().value()).isEqualTo(h.family().kelurahanKode().substring(0, 8));
			assertThat(h.members().stream().filter(m -> m.relationship() == FamilyRelationship.KEPALA_KELUARGA)).hasSize(1);
			assertThat(h.members()).allMatch(m -> m.nomorKk().equals(kk.value()));
			for (ResidentRow m : h.members()) {
				boolean movedIn = h.events().stream().anyMatch(e -> e.nik().equals(m.nik()) && e.type() == LifeEventType.MOVE_IN);
				boolean born = h.events().stream().anyMatch(e -> e.nik().equals(m.nik()) && e.type() == LifeEventType.BIRTH);
				assertThat(movedIn ^ born).as("born here or moved in: " + m.nik()).isTrue();
				// Born here: the NIK starts with the family's kecamatan; moved in: with the area of origin.
				assertThat(m.nik().startsWith("367101") || m.nik().startsWith("367105")).isEqualTo(born);
			}
		}
		assertThat(residents.stream().map(ResidentRow::fullName)).anyMatch(n -> n.contains("oe") || n.contains("Dj") || n.contains("Tj"));
	}

	@Test
	void theSameSeedGivesTheSamePeople() {
		assertThat(generate(500, 7)).isEqualTo(generate(500, 7));
	}

	private static List<Household> generate(int count, long seed) {
		DemoPopulation population = new DemoPopulation(seed, TODAY,
				List.of(new Kelurahan("36.71.01.1001"), new Kelurahan("36.71.01.1005"), new Kelurahan("36.71.05.1001")),
				born -> "Tangerang", regency -> List.of(regency + ".01", regency + ".02"));
		population.reserve("3671014508900003");
		List<Household> households = new ArrayList<>();
		int total = 0;
		while (total < count) {
			Household h = population.next(count - total);
			households.add(h);
			total += h.members().size();
		}
		return households;
	}
}
