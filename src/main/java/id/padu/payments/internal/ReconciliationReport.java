package id.padu.payments.internal;

import id.padu.shared.web.Formats;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The treasurers' view of what came in between two dates (Asia/Jakarta days): bills paid per day with
 * their totals, every paid bill for matching against the bank statement, the reconciliation items still
 * open (whenever they arrived) and those resolved in the period.
 */
@Component
@Transactional(readOnly = true)
class ReconciliationReport {

	/** A year is the longest period one report covers. */
	static final int MAX_DAYS = 366;

	record DayTotal(LocalDate day, long bills, long totalRupiah) {
	}

	record Report(LocalDate from, LocalDate to, List<DayTotal> days, long bills, long totalRupiah,
			List<PaidBill> paid, List<ItemView> open, List<ItemView> items) {
	}

	private final EntityManager entities;
	private final ReconciliationItemRepository itemRepository;

	ReconciliationReport(EntityManager entities, ReconciliationItemRepository itemRepository) {
		this.entities = entities;
		this.itemRepository = itemRepository;
	}

	Report of(LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(Formats.JAKARTA).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(Formats.JAKARTA).toInstant();
		List<PaidBill> paid = entities.createQuery("""
				select new id.padu.payments.internal.PaidBill(b.billingCode, b.description,
				  b.revenueAccount, b.amountRupiah, b.paidAt, b.bankReference)
				from BillRecord b where b.status = id.padu.payments.BillStatus.PAID and b.paidAt >= :start and b.paidAt < :end
				order by b.paidAt""", PaidBill.class)
			.setParameter("start", start).setParameter("end", end).getResultList();
		Map<LocalDate, long[]> perDay = new TreeMap<>();
		for (PaidBill bill : paid) {
			long[] sums = perDay.computeIfAbsent(bill.paidAt().atZone(Formats.JAKARTA).toLocalDate(), d -> new long[2]);
			sums[0]++;
			sums[1] = Math.addExact(sums[1], bill.amountRupiah());
		}
		List<DayTotal> days = perDay.entrySet().stream().map(e -> new DayTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
		long total = days.stream().mapToLong(DayTotal::totalRupiah).reduce(0, Math::addExact);
		List<ItemView> open = itemRepository.findByResolvedAtIsNullOrderByReceivedAt().stream().map(ItemView::of).toList();
		List<ItemView> items = itemRepository.receivedBetween(start, end).stream().map(ItemView::of).toList();
		return new Report(from, to, days, paid.size(), total, paid, open, items);
	}
}
