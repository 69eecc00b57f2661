package id.padu.payments.internal;

import id.padu.payments.BillStatus;
import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Marks unpaid bills past their due date EXPIRED, pemda by pemda, in batches (each bill's change goes to
 * the audit chain like any other). Runs with a fixed delay ({@code padu.payments.expiry-interval}), so a
 * slow run is never overlapped by the next; a payment the bank confirms late for a bill paid in time is
 * still accepted (see {@link PaymentRules}).
 */
@Component
class BillExpiry {

	static final int BATCH = 500;
	private static final Logger log = LoggerFactory.getLogger(BillExpiry.class);

	private final TenantDirectory tenants;
	private final BillRepository bills;
	private final TransactionTemplate tx;
	private final Clock clock;

	BillExpiry(TenantDirectory tenants, BillRepository bills, TransactionTemplate tx, Clock clock) {
		this.tenants = tenants;
		this.bills = bills;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${padu.payments.expiry-interval:PT5M}",
			initialDelayString = "${padu.payments.expiry-initial-delay:PT1M}")
	void run() {
		expireOverdue();
	}

	/** @return how many bills were expired, in all pemda */
	int expireOverdue() {
		Instant now = clock.instant();
		int total = 0;
		for (TenantInfo tenant : tenants.all()) {
			int expired;
			do {
				expired = TenantContext.callAs(tenant.id(), () -> tx.execute(status -> expireBatch(now)));
				total += expired;
			} while (expired == BATCH);
		}
		if (total > 0) {
			log.info("Expired {} unpaid bills past their due date", total);
		}
		return total;
	}

	private int expireBatch(Instant now) {
		List<BillRecord> overdue = bills.findByStatusAndDueAtBeforeOrderByDueAt(BillStatus.UNPAID, now, Limit.of(BATCH));
		overdue.forEach(BillRecord::expire);
		return overdue.size();
	}
}
