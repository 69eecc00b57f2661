package id.padu.admission.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A verified application as ranking sees it: its path, the schools chosen in order (NPSN), the distance to
 * each (metres; absent when unknown), the child's birth date, the prestasi score and when it was submitted.
 */
record Candidate(UUID id, AdmissionPath path, List<String> choices, Map<String, Long> distances, LocalDate birthDate,
		Integer score, Instant submittedAt) {

	Candidate {
		choices = List.copyOf(choices);
		distances = Map.copyOf(distances);
	}

	Long distanceTo(String npsn) {
		return distances.get(npsn);
	}
}
