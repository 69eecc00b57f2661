package id.padu.services.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Running numbers of output documents per pemda, service and year, in the signing transaction: the row is
 * locked by the increment until commit, so two signings never share a number, and a rolled-back signing
 * gives its number back. Plain SQL, so the tenant is named explicitly.
 */
@Component
class DocumentNumbers {

	private final JdbcClient jdbc;

	DocumentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(String serviceCode, String format, LocalDate date) {
		String tenant = TenantContext.require().value();
		int year = date.getYear();
		// H2 (PostgreSQL mode) and PostgreSQL both skip the insert when the year's row exists.
		jdbc.sql("insert into service_document_sequence (tenant_id, service_code, seq_year, last_value) values (?, ?, ?, 0) "
				+ "on conflict do nothing").params(tenant, serviceCode, year).update();
		jdbc.sql("update service_document_sequence set last_value = last_value + 1 "
				+ "where tenant_id = ? and service_code = ? and seq_year = ?").params(tenant, serviceCode, year).update();
		int value = jdbc.sql("select last_value from service_document_sequence "
				+ "where tenant_id = ? and service_code = ? and seq_year = ?").params(tenant, serviceCode, year)
			.query(Integer.class).single();
		return DocumentNumberFormat.format(format, value, date);
	}
}
