package id.padu.payments.internal;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Closing a reconciliation item: a treasurer says what was done (refunded, settled by hand, a bank error)
 * in a note that stays with it. Resolved items stay resolved; the audit chain keeps who did it.
 */
@Component
class ReconciliationDesk {

	private final ReconciliationItemRepository items;
	private final Clock clock;

	ReconciliationDesk(ReconciliationItemRepository items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	@Transactional
	ItemView resolve(UUID itemId, String note, String username) {
		ReconciliationItem item = items.findById(itemId)
			.orElseThrow(() -> new NotFoundException("payments.reconciliation.notFound"));
		if (item.isResolved()) {
			throw new BusinessRuleViolation("payments.reconciliation.alreadyResolved");
		}
		item.resolve(username, note.strip(), clock.instant());
		return ItemView.of(item);
	}
}
