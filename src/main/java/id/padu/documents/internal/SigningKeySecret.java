package id.padu.documents.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server secret that protects keys no person holds: the demo CA's. Set {@code PADU_SIGNING_KEY_SECRET};
 * the prod profile refuses the demo default ({@link SigningProductionGuard}).
 */
@Component
class SigningKeySecret {

	static final String DEMO_DEFAULT = "padu-demo-signing-secret";

	private final String secret;

	SigningKeySecret(@Value("${padu.signing.key-secret:" + DEMO_DEFAULT + "}") String secret) {
		this.secret = secret;
	}

	/** A fresh copy each time: callers may clear it after use. */
	char[] chars() {
		return secret.toCharArray();
	}

	boolean isDemoDefault() {
		return DEMO_DEFAULT.equals(secret);
	}

	boolean isWeak() {
		return secret == null || secret.length() < 16;
	}
}
