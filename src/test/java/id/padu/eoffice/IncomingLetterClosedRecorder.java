package id.padu.eoffice;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the archive's listener, so the tests see the filing event arrive after the commit. */
@Component
public class IncomingLetterClosedRecorder {

	private final List<IncomingLetterClosed> received = new CopyOnWriteArrayList<>();

	@ApplicationModuleListener
	void on(IncomingLetterClosed event) {
		received.add(event);
	}

	public List<IncomingLetterClosed> forLetter(UUID letterId) {
		return received.stream().filter(e -> e.letterId().equals(letterId)).toList();
	}
}
