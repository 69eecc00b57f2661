package id.padu.services.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Appends to and reads an application's timeline ({@link ApplicationEvent}). */
@Component
class Timeline {

	private final ApplicationEventRepository events;
	private final Clock clock;

	Timeline(ApplicationEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void record(UUID applicationId, ApplicationEvent.Type type, String step, Decision decision, String note,
			String actor) {
		events.save(new ApplicationEvent(applicationId, type, step, decision == null ? null : decision.wireName(),
				note, actor, clock.instant()));
	}

	List<ApplicationEvent> of(UUID applicationId) {
		return events.findByApplicationIdOrderByHappenedAtAscIdAsc(applicationId);
	}
}
