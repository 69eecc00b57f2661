package id.padu.archive.internal.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly closing once when a node starts (after the demo archive is filed): a node that was down at
 * 01:00, or a new installation with records of past years, would otherwise show no due berkas until the next night.
 * Closing is idempotent: what is closed stays closed. A failure here is logged and left to the nightly run rather
 * than stopping the node: the records themselves are served either way.
 */
@Component
@Order(70)
class BerkasClosingAtStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BerkasClosingAtStartup.class);

	private final BerkasClosing closing;

	BerkasClosingAtStartup(BerkasClosing closing) {
		this.closing = closing;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			closing.closeDaily();
		} catch (RuntimeException e) {
			log.warn("Closing berkas of ended years at start-up failed; the nightly run tries again", e);
		}
	}
}
