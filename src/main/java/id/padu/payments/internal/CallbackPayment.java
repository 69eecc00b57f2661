package id.padu.payments.internal;

import java.time.Instant;

/** The bank's claim in a callback, once its signature and fields have been checked. */
record CallbackPayment(String billingCode, long amount, Instant paidAt, String bankReference) {
}
