package id.padu.payments.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.workspace.WorkQueue;
import id.padu.workspace.WorkQueueProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A treasurer's desk shows the reconciliation items still open; one is overdue after three days, since
 * behind each may be a citizen waiting for a refund or for a service that waits for the payment.
 */
@Component
class ReconciliationWorkQueue implements WorkQueueProvider {

	static final Duration OVERDUE_AFTER = Duration.ofDays(3);

	private final ReconciliationItemRepository items;
	private final Clock clock;

	ReconciliationWorkQueue(ReconciliationItemRepository items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkQueue> queuesFor(PaduUser user) {
		if (user == null || !user.has(Role.TREASURER)) {
			return List.of();
		}
		return List.of(new WorkQueue("payments.queue.label", items.countByResolvedAtIsNull(),
				items.countByResolvedAtIsNullAndReceivedAtBefore(clock.instant().minus(OVERDUE_AFTER)),
				"/kantor/pembayaran/rekonsiliasi"));
	}
}
