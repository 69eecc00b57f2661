package id.padu.admission.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An application's admission values, read from the event data and the registry, with measured distances. */
record RegistrationData(String childNik, String maskedName, LocalDate birthDate, AdmissionPath path,
		List<String> choices, Map<String, Long> distances, LocationPrecision precision, Integer score) {

	RegistrationData {
		choices = List.copyOf(choices);
		distances = Map.copyOf(distances);
	}
}
