package id.padu.payments;

/** UNPAID until the bank confirms; EXPIRED once past due unpaid; CANCELLED by the issuer. */
public enum BillStatus {
	UNPAID, PAID, EXPIRED, CANCELLED
}
