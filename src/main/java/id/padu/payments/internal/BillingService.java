package id.padu.payments.internal;

import id.padu.payments.Bill;
import id.padu.payments.Billing;
import id.padu.payments.NewBill;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Issues bills of the current pemda and finds them; the receipt is {@link Receipts}' work. */
@Service
@Transactional(readOnly = true)
class BillingService implements Billing {

	private static final int CODE_ATTEMPTS = 10;

	private final BillRepository bills;
	private final MerchantRepository merchants;
	private final TenantDirectory tenants;
	private final Receipts receipts;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	BillingService(BillRepository bills, MerchantRepository merchants, TenantDirectory tenants, Receipts receipts,
			Clock clock) {
		this.bills = bills;
		this.merchants = merchants;
		this.tenants = tenants;
		this.receipts = receipts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Bill issue(NewBill bill) {
		Instant now = Instant.now(clock);
		BillRules.check(bill, now);
		TenantInfo pemda = tenants.current();
		String code = newCode(BillingCodeFormat.regionPrefix(pemda.kodeWilayah()), now.atZone(Formats.JAKARTA).getYear());
		String qris = merchants.findFirstBy()
			.map(m -> QrisPayload.of(m.toMerchant(), pemda.name(), pemda.shortName(), bill.amountRupiah(), code))
			.orElse(null);
		BillRecord record = new BillRecord(code, bill.payer(), bill.amountRupiah(), bill.description().strip(),
				bill.revenueAccount().strip(), bill.sourceModule(), bill.sourceReference().strip(), qris, now, issuer(),
				bill.dueAt());
		return bills.save(record).toBill();
	}

	@Override
	public Optional<Bill> find(UUID billId) {
		return bills.findById(billId).map(BillRecord::toBill);
	}

	@Override
	public Optional<Bill> findByBillingCode(String billingCode) {
		return bills.findByBillingCode(billingCode).map(BillRecord::toBill);
	}

	@Override
	public byte[] receiptPdf(UUID billId) {
		return receipts.pdf(billId);
	}

	/** Random codes collide rarely; a taken one (in any pemda) is simply drawn again. */
	private String newCode(String prefix, int year) {
		for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
			String code = BillingCodeFormat.generate(prefix, year, random);
			if (!bills.codeTakenAnywhere(code)) {
				return code;
			}
		}
		throw new IllegalStateException("No free billing code after " + CODE_ATTEMPTS + " attempts");
	}

	private static String issuer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
	}
}
