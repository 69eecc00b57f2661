package id.padu.services.internal;

import java.time.Instant;

/** One timeline line for pages; {@code note} and {@code actor} are left out of public pages by the template. */
record EventView(String type, String step, String decision, String note, String actor, Instant happenedAt) {

	static EventView of(ApplicationEvent e) {
		return new EventView(e.type().name(), e.step(), e.decision(), e.note(), e.actor(), e.happenedAt());
	}
}
