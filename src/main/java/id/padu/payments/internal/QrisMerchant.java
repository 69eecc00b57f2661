package id.padu.payments.internal;

/**
 * A pemda's QRIS merchant account at its bank: the acquirer's globally unique id (reverse domain, e.g.
 * {@code ID.CO.BANKBJB.WWW}), the merchant PAN (the acquirer's 8-digit NNS and the merchant number), the
 * merchant id at the acquirer, the National Merchant ID (NMID) from the QRIS registry, the merchant
 * criteria ({@code UMI}, {@code UKE}, {@code UME}, {@code UBE}, {@code URE}) and the postal code.
 */
record QrisMerchant(String acquirerDomain, String merchantPan, String merchantId, String nmid, String criteria,
		String postalCode) {
}
