package id.padu.archive.internal.lifecycle;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly closing once when a node starts (after the demo archive is filed): a node that was down at
 * 01:00, or a new installation with records of past years, would otherwise show no due berkas until the next night.
 * Closing is idempotent: what is closed stays closed.
 */
@Component
@Order(70)
class BerkasClosingAtStartup implements ApplicationRunner {

	private final BerkasClosing closing;

	BerkasClosingAtStartup(BerkasClosing closing) {
		this.closing = closing;
	}

	@Override
	public void run(ApplicationArguments args) {
		closing.closeDaily();
	}
}
