package id.padu.archive.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/**
 * Berkas numbers of the daftar berkas ({@code DISDUKCAPIL/2026/0012}) per pemda, creating OPD and year, without
 * gaps: the counter row stays locked until the filing transaction ends, so a filing that rolls back gives its
 * number back.
 */
@Component
class BerkasNumbers {

	private final BerkasCounterRepository counters;
	private final TransactionTemplate separate;

	BerkasNumbers(BerkasCounterRepository counters, PlatformTransactionManager transactions) {
		this.counters = counters;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Call inside the filing transaction. */
	String next(String unitCode, int year) {
		BerkasCounter counter = counters.findByUnitCodeAndBerkasYear(unitCode, year).orElseGet(() -> {
			try {
				separate.executeWithoutResult(status -> counters.saveAndFlush(new BerkasCounter(unitCode, year)));
			} catch (DataIntegrityViolationException madeByAnother) {
				// A concurrent filing made the year's row first; it is locked below like any other.
			}
			return counters.findByUnitCodeAndBerkasYear(unitCode, year).orElseThrow();
		});
		return "%s/%d/%04d".formatted(unitCode.toUpperCase(Locale.ROOT), year, counter.next());
	}
}
