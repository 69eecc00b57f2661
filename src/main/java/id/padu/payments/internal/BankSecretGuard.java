package id.padu.payments.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the prod profile, refuses to start while the bank's shared secret is the demo value (published in
 * the README, so anyone could sign a callback that marks a bill paid) or empty.
 */
@Component
@Profile("prod")
class BankSecretGuard implements SmartInitializingSingleton {

	private final String secret;

	BankSecretGuard(@Value("${padu.payments.bank-secret:}") String secret) {
		this.secret = secret;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check(secret);
	}

	static void check(String secret) {
		if (secret == null || secret.isBlank() || secret.strip().equals(PaymentsConfig.DEMO_BANK_SECRET)) {
			throw new UnsafeBankSecretException();
		}
	}
}
