package id.padu.payments.internal;

import id.padu.shared.persistence.TimeOrderedUuid;

import java.time.Instant;
import java.util.UUID;

/** One callback as it arrived: stored with its outcome whatever it said. */
record CallbackReceipt(UUID id, Instant receivedAt, String remoteAddress, byte[] rawBody, boolean signatureValid) {

	static CallbackReceipt of(Instant receivedAt, String remoteAddress, byte[] rawBody, boolean signatureValid) {
		return new CallbackReceipt(TimeOrderedUuid.next(), receivedAt, remoteAddress, rawBody, signatureValid);
	}

	/** The same callback under a new log id, for a second row about it (a failure after its first). */
	CallbackReceipt again() {
		return of(receivedAt, remoteAddress, rawBody, signatureValid);
	}
}
