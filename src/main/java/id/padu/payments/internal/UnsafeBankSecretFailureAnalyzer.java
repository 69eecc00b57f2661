package id.padu.payments.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class UnsafeBankSecretFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeBankSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, UnsafeBankSecretException cause) {
		return new FailureAnalysis(
				"Padu refuses to start with the prod profile while the bank's callback secret is empty or the demo "
						+ "secret (" + PaymentsConfig.DEMO_BANK_SECRET + "): anyone could sign a payment callback.",
				"Set PADU_PAYMENTS_BANK_SECRET to the shared secret agreed with the pemda's bank.", cause);
	}
}
