package id.padu.payments.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The pemda's QRIS merchant account (at most one per pemda). */
@Entity
@Table(name = "payment_merchant")
class MerchantRecord extends TenantScopedEntity {

	@Column(name = "acquirer_domain")
	private String acquirerDomain;
	@Column(name = "merchant_pan")
	private String merchantPan;
	@Column(name = "merchant_id")
	private String merchantId;
	private String nmid;
	private String criteria;
	@Column(name = "postal_code")
	private String postalCode;

	protected MerchantRecord() {
	}

	MerchantRecord(QrisMerchant merchant) {
		this.acquirerDomain = merchant.acquirerDomain();
		this.merchantPan = merchant.merchantPan();
		this.merchantId = merchant.merchantId();
		this.nmid = merchant.nmid();
		this.criteria = merchant.criteria();
		this.postalCode = merchant.postalCode();
	}

	QrisMerchant toMerchant() {
		return new QrisMerchant(acquirerDomain, merchantPan, merchantId, nmid, criteria, postalCode);
	}
}
