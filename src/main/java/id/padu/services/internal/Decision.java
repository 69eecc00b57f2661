package id.padu.services.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an officer or head decides on a step; the process variable {@code decision} carries the wire name. */
enum Decision {
	APPROVE, REJECT, REVISE;

	String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Decision> of(String wireName) {
		return Arrays.stream(values()).filter(d -> d.wireName().equals(wireName)).findFirst();
	}
}
