package id.padu.payments.internal;

import id.padu.payments.Billing;
import id.padu.payments.NewBill;
import id.padu.shared.Nik;
import id.padu.shared.TenantId;
import id.padu.shared.web.Formats;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Demo QRIS merchants of both demo kota (at Bank BJB, the regional bank of Banten; the NMIDs are made up)
 * and one unpaid retribusi bill in each, the Kota Tangerang one for the demo citizen {@code warga}, to pay
 * with the bank simulator. A pemda that already has a merchant or bills is left alone.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("padu.demo.enabled")
class DemoPayments implements ApplicationRunner {

	static final String ACQUIRER = "ID.CO.BANKBJB.WWW";
	static final String WASTE_ACCOUNT = "4.1.2.01.03 Retribusi Pelayanan Persampahan/Kebersihan";

	/** Tenant, merchant PAN, merchant id, NMID, postal code, demo payer NIK. */
	private static final String[][] DEMO = {
			{ "kota-tangerang", "9360011000003671001", "367100000001", "ID1026367100001", "15111", "3671014508900003" },
			{ "kota-tangerang-selatan", "9360011000003674001", "367400000001", "ID1026367400001", "15310", "3674035203850002" } };

	private final TenantDirectory tenants;
	private final MerchantRepository merchants;
	private final BillRepository bills;
	private final Billing billing;
	private final TransactionTemplate tx;
	private final Clock clock;

	DemoPayments(TenantDirectory tenants, MerchantRepository merchants, BillRepository bills, Billing billing,
			TransactionTemplate tx, Clock clock) {
		this.tenants = tenants;
		this.merchants = merchants;
		this.bills = bills;
		this.billing = billing;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String[] demo : DEMO) {
			TenantId tenant = TenantId.of(demo[0]);
			if (tenants.find(tenant).isPresent()) {
				TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> load(demo)));
			}
		}
	}

	private void load(String[] demo) {
		if (merchants.count() == 0) {
			merchants.save(new MerchantRecord(new QrisMerchant(ACQUIRER, demo[1], demo[2], demo[3], "URE", demo[4])));
		}
		if (bills.count() == 0) {
			LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
			String month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("id-ID")).format(today);
			billing.issue(new NewBill(Nik.of(demo[5]), 35_000, "Retribusi Persampahan " + month, WASTE_ACCOUNT,
					"payments", "demo-persampahan-" + today.withDayOfMonth(1),
					today.plusDays(30).atTime(23, 59).atZone(Formats.JAKARTA).toInstant()));
		}
	}
}
