package id.padu.payments.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bank's shared secret, from {@code padu.payments.bank-secret} (PADU_PAYMENTS_BANK_SECRET). */
@Configuration(proxyBeanMethods = false)
class PaymentsConfig {

	static final String DEMO_BANK_SECRET = "padu-demo-bank";

	@Bean
	CallbackSignature callbackSignature(@Value("${padu.payments.bank-secret:}") String secret) {
		return new CallbackSignature(secret);
	}
}
