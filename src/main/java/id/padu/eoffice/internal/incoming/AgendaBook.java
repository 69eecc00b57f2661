package id.padu.eoffice.internal.incoming;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/**
 * Agenda numbers ({@code 0012/DISDUKCAPIL/2026}) per pemda, receiving OPD and year, without gaps: the counter row
 * is locked for the rest of the registering transaction, so a registration that rolls back gives its number back.
 */
@Component
class AgendaBook {

	private final AgendaCounterRepository counters;
	private final TransactionTemplate separate;

	AgendaBook(AgendaCounterRepository counters, PlatformTransactionManager transactions) {
		this.counters = counters;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Call inside the registering transaction. */
	String next(String opdCode, int year) {
		AgendaCounter counter = counters.findByOpdCodeAndYear(opdCode, year).orElseGet(() -> {
			createCounter(opdCode, year);
			return counters.findByOpdCodeAndYear(opdCode, year).orElseThrow();
		});
		return "%04d/%s/%d".formatted(counter.next(), opdCode.toUpperCase(Locale.ROOT), year);
	}

	/** The year's first letter makes the row in its own transaction; of two racing, the loser finds it made. */
	private void createCounter(String opdCode, int year) {
		try {
			separate.executeWithoutResult(status -> counters.saveAndFlush(new AgendaCounter(opdCode, year)));
		} catch (DataIntegrityViolationException alreadyMade) {
			// The other registration made it first; the caller locks that row.
		}
	}
}
