package id.padu.admission.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranking and placement: overflow to the next choice, ties, full schools, seats per path, SD age priority. */
class PlacementPolicyTest {

	static final LocalDate JULY = LocalDate.of(2027, 7, 1);
	static final String A = "20670101";
	static final String B = "20670102";
	static final String C = "20670103";
	static final Instant T0 = Instant.parse("2027-06-01T01:00:00Z");

	final Map<PlacementPolicy.Seats, Integer> seats = new HashMap<>();
	final List<Candidate> candidates = new ArrayList<>();

	@Test
	void theNearestTakeTheSeatsAndTheOthersMoveOnToTheirNextChoice() {
		seats(A, AdmissionPath.ZONASI, 2);
		seats(B, AdmissionPath.ZONASI, 1);
		Candidate near = zonasi("near", List.of(A, B), Map.of(A, 300L, B, 2000L));
		Candidate middle = zonasi("middle", List.of(A, B), Map.of(A, 800L, B, 900L));
		Candidate far = zonasi("far", List.of(A, B), Map.of(A, 1500L, B, 400L));
		Candidate farthest = zonasi("farthest", List.of(A), Map.of(A, 5000L));

		Map<UUID, PlacementPolicy.Placement> placed = place(SchoolLevel.SMP);

		assertThat(placed.get(near.id())).isEqualTo(new PlacementPolicy.Placement(A, 1));
		assertThat(placed.get(middle.id())).isEqualTo(new PlacementPolicy.Placement(A, 2));
		assertThat(placed.get(far.id())).isEqualTo(new PlacementPolicy.Placement(B, 1));
		assertThat(placed).doesNotContainKey(farthest.id());
	}

	@Test
	void aCloserApplicantWhoArrivesLaterStillTakesTheSeatAndPushesTheOtherOn() {
		seats(A, AdmissionPath.ZONASI, 1);
		seats(B, AdmissionPath.ZONASI, 1);
		Candidate first = zonasi("first", List.of(A, B), Map.of(A, 900L, B, 1000L));
		Candidate closer = zonasi("closer", List.of(A), Map.of(A, 100L));

		Map<UUID, PlacementPolicy.Placement> placed = place(SchoolLevel.SMP);

		assertThat(placed.get(closer.id()).npsn()).isEqualTo(A);
		assertThat(placed.get(first.id()).npsn()).isEqualTo(B);
	}

	@Test
	void equalDistancesGoToTheOlderChildThenTheEarlierSubmission() {
		seats(A, AdmissionPath.ZONASI, 1);
		Candidate younger = candidate("younger", AdmissionPath.ZONASI, List.of(A), Map.of(A, 500L),
				LocalDate.of(2014, 9, 1), null, T0);
		Candidate older = candidate("older", AdmissionPath.ZONASI, List.of(A), Map.of(A, 500L),
				LocalDate.of(2014, 2, 1), null, T0.plusSeconds(60));
		assertThat(place(SchoolLevel.SMP)).containsOnlyKeys(older.id()).doesNotContainKey(younger.id());

		candidates.clear();
		Candidate later = candidate("later", AdmissionPath.ZONASI, List.of(A), Map.of(A, 500L),
				LocalDate.of(2014, 2, 1), null, T0.plusSeconds(60));
		Candidate earlier = candidate("earlier", AdmissionPath.ZONASI, List.of(A), Map.of(A, 500L),
				LocalDate.of(2014, 2, 1), null, T0);
		assertThat(place(SchoolLevel.SMP)).containsOnlyKeys(earlier.id()).doesNotContainKey(later.id());
	}

	@Test
	void aFullSchoolTakesNobodyAndAPathWithoutSeatsTakesNobody() {
		seats(A, AdmissionPath.ZONASI, 0);
		seats(A, AdmissionPath.MUTASI, 0);
		seats(B, AdmissionPath.ZONASI, 1);
		Candidate zonasi = zonasi("z", List.of(A, B), Map.of(A, 100L, B, 200L));
		Candidate mutasi = candidate("m", AdmissionPath.MUTASI, List.of(A, B), Map.of(A, 100L, B, 200L),
				LocalDate.of(2014, 1, 1), null, T0);

		Map<UUID, PlacementPolicy.Placement> placed = place(SchoolLevel.SMP);

		assertThat(placed.get(zonasi.id()).npsn()).isEqualTo(B);
		assertThat(placed).doesNotContainKey(mutasi.id());
	}

	@Test
	void eachPathHasItsOwnSeatsAndPrestasiRanksByScore() {
		seats(A, AdmissionPath.ZONASI, 1);
		seats(A, AdmissionPath.PRESTASI, 1);
		Candidate zonasi = zonasi("z", List.of(A), Map.of(A, 5000L));
		Candidate high = candidate("high", AdmissionPath.PRESTASI, List.of(A), Map.of(A, 9000L),
				LocalDate.of(2014, 5, 1), 95, T0);
		Candidate low = candidate("low", AdmissionPath.PRESTASI, List.of(A), Map.of(A, 100L),
				LocalDate.of(2014, 5, 1), 80, T0);

		Map<UUID, PlacementPolicy.Placement> placed = place(SchoolLevel.SMP);

		assertThat(placed).containsKeys(zonasi.id(), high.id()).doesNotContainKey(low.id());
	}

	@Test
	void sdTakesChildrenOfSevenBeforeSixYearOldsLivingCloser() {
		seats(C, AdmissionPath.ZONASI, 1);
		Candidate six = candidate("six", AdmissionPath.ZONASI, List.of(C), Map.of(C, 100L), LocalDate.of(2021, 3, 1),
				null, T0);
		Candidate seven = candidate("seven", AdmissionPath.ZONASI, List.of(C), Map.of(C, 3000L),
				LocalDate.of(2020, 3, 1), null, T0);

		assertThat(place(SchoolLevel.SD)).containsOnlyKeys(seven.id()).doesNotContainKey(six.id());
	}

	@Test
	void anUnknownDistanceRanksLast() {
		seats(A, AdmissionPath.AFIRMASI, 1);
		Candidate unknown = candidate("unknown", AdmissionPath.AFIRMASI, List.of(A), Map.of(), LocalDate.of(2013, 1, 1),
				null, T0);
		Candidate known = candidate("known", AdmissionPath.AFIRMASI, List.of(A), Map.of(A, 7000L),
				LocalDate.of(2014, 1, 1), null, T0);
		assertThat(place(SchoolLevel.SMP)).containsOnlyKeys(known.id()).doesNotContainKey(unknown.id());
	}

	private Map<UUID, PlacementPolicy.Placement> place(SchoolLevel level) {
		return PlacementPolicy.place(level, JULY, candidates, seats);
	}

	private void seats(String npsn, AdmissionPath path, int count) {
		seats.put(new PlacementPolicy.Seats(npsn, path), count);
	}

	private Candidate zonasi(String name, List<String> choices, Map<String, Long> distances) {
		return candidate(name, AdmissionPath.ZONASI, choices, distances, LocalDate.of(2014, 6, 1), null, T0);
	}

	private Candidate candidate(String name, AdmissionPath path, List<String> choices, Map<String, Long> distances,
			LocalDate born, Integer score, Instant submitted) {
		Candidate candidate = new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), path, choices, distances, born,
				score, submitted);
		candidates.add(candidate);
		return candidate;
	}
}
