package id.padu.services.internal;

import org.springframework.stereotype.Component;

/** PLACEHOLDER until the payments module is merged: issues the bill when a process waits for payment. */
@Component
class PaymentWait {

	void billIfNeeded(ServiceApplication application, ServiceManifest manifest) {
		throw new IllegalStateException("Payments are not available yet");
	}
}
