package id.padu.services.internal;

import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Public tracking by number in the pemda of the host name; an unknown number is simply not found. */
@Component
@Transactional(readOnly = true)
class Tracking {

	record Found(ServiceApplication application, String serviceName, List<ApplicationEvent> timeline) {

		ApplicationView view() {
			return ApplicationView.of(application, serviceName);
		}

		List<EventView> events() {
			return timeline.stream().map(EventView::of).toList();
		}
	}

	private final ApplicationRepository applications;
	private final ServiceDefinitions definitions;
	private final Timeline timeline;

	Tracking(ApplicationRepository applications, ServiceDefinitions definitions, Timeline timeline) {
		this.applications = applications;
		this.definitions = definitions;
		this.timeline = timeline;
	}

	Found find(String trackingNumber, java.util.Locale locale) {
		String number = TrackingNumbers.normalize(trackingNumber);
		if (!TrackingNumbers.FORMAT.matcher(number).matches()) {
			throw new NotFoundException("services.tracking.notFound");
		}
		ServiceApplication application = applications.findByTrackingNumber(number)
			.orElseThrow(() -> new NotFoundException("services.tracking.notFound"));
		return new Found(application, definitions.version(application.bundleId()).manifest().name().in(locale),
				timeline.of(application.getId()));
	}
}
