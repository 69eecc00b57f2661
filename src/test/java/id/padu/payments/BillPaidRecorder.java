package id.padu.payments;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener like the ones other modules will have (services waits for payment), so the tests see
 * {@link BillPaid} go through the event publication registry and arrive after the commit.
 */
@Component
public class BillPaidRecorder {

	private final List<BillPaid> received = new CopyOnWriteArrayList<>();

	@ApplicationModuleListener
	void on(BillPaid event) {
		received.add(event);
	}

	public List<BillPaid> forCode(String billingCode) {
		return received.stream().filter(e -> e.billingCode().equals(billingCode)).toList();
	}
}
