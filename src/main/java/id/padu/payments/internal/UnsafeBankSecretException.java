package id.padu.payments.internal;

/** The prod profile met the demo bank secret; {@link UnsafeBankSecretFailureAnalyzer} says what to do. */
class UnsafeBankSecretException extends IllegalStateException {

	UnsafeBankSecretException() {
		super("Production start refused: padu.payments.bank-secret is empty or the demo secret");
	}
}
