package id.padu.eoffice.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running letter numbers per pemda, issuing unit and year, taken inside the signing transaction: the sequence row
 * is locked (the increment takes an exclusive row lock) until that transaction ends, so parallel signings queue for it and get
 * consecutive numbers, and a signing that fails (wrong passphrase, crash) rolls its increment back: no gap.
 * Plain SQL, so the tenant is named explicitly.
 */
@Component
class LetterNumbers {

	private final JdbcClient jdbc;

	LetterNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int next(String unitCode, int year) {
		String tenant = TenantContext.require().value();
		// H2 (PostgreSQL mode) and PostgreSQL both skip the insert when the year's row exists.
		jdbc.sql("insert into letter_number_sequence (tenant_id, unit_code, seq_year, last_value) values (?, ?, ?, 0) "
				+ "on conflict do nothing").params(tenant, unitCode, year).update();
		// The increment takes the row lock (the pessimistic lock a "select ... for update" would take) and holds it to
		// commit; H2 refuses a "select ... for update" of a row another transaction changed since, an update waits.
		jdbc.sql("update letter_number_sequence set last_value = last_value + 1 where tenant_id = ? and unit_code = ? "
				+ "and seq_year = ?").params(tenant, unitCode, year).update();
		return jdbc.sql("select last_value from letter_number_sequence where tenant_id = ? and unit_code = ? and seq_year = ?")
			.params(tenant, unitCode, year).query(Integer.class).single();
	}
}
