package id.padu.admission.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Places verified applicants in schools, path by path, with the seats each school has for that path. Every
 * applicant walks their choices in order and is placed in the first school where they rank within the seats
 * ({@link RankingPolicy}); someone who ranks higher there later pushes the last placed applicant on to their
 * next choice (student-proposing deferred acceptance). So nobody loses a seat to a lower-ranked applicant, and
 * nobody is kept out of a preferred school that had room for them. Unused seats of one path stay empty: a
 * later round (gelombang) may offer them.
 */
final class PlacementPolicy {

	/** Where an applicant was placed and at which rank among those placed there on the same path. */
	record Placement(String npsn, int rank) {
	}

	/** Seats of one school for one path. */
	record Seats(String npsn, AdmissionPath path) {
	}

	private PlacementPolicy() {
	}

	static Map<UUID, Placement> place(SchoolLevel level, LocalDate referenceDate, List<Candidate> candidates,
			Map<Seats, Integer> seats) {
		Map<Seats, List<Candidate>> held = new HashMap<>();
		Map<UUID, Integer> next = new HashMap<>();
		Deque<Candidate> waiting = new ArrayDeque<>(candidates);
		while (!waiting.isEmpty()) {
			Candidate candidate = waiting.poll();
			int choice = next.getOrDefault(candidate.id(), 0);
			if (choice >= candidate.choices().size()) {
				continue;
			}
			next.put(candidate.id(), choice + 1);
			String npsn = candidate.choices().get(choice);
			Seats key = new Seats(npsn, candidate.path());
			int room = seats.getOrDefault(key, 0);
			List<Candidate> there = held.computeIfAbsent(key, k -> new ArrayList<>());
			there.add(candidate);
			there.sort(RankingPolicy.at(npsn, candidate.path(), level, referenceDate));
			if (there.size() > room) {
				waiting.add(there.remove(there.size() - 1));
			}
		}
		Map<UUID, Placement> placed = new LinkedHashMap<>();
		held.forEach((key, list) -> {
			for (int i = 0; i < list.size(); i++) {
				placed.put(list.get(i).id(), new Placement(key.npsn(), i + 1));
			}
		});
		return placed;
	}
}
