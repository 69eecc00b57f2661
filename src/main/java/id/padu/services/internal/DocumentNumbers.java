package id.padu.services.internal;

import id.padu.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * Running numbers of output documents per pemda, service (and, when the format names form fields, their
 * values: a card number per puskesmas) and year, in the signing transaction: the row is
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
	String next(String serviceCode, String format, LocalDate date, String pemda, Map<String, String> values) {
		String tenant = TenantContext.require().value();
		String key = DocumentNumberFormat.sequenceKey(serviceCode, format, values);
		int year = date.getYear();
		// H2 (PostgreSQL mode) and PostgreSQL both skip the insert when the year's row exists.
		jdbc.sql("insert into service_document_sequence (tenant_id, service_code, seq_year, last_value) values (?, ?, ?, 0) "
				+ "on conflict do nothing").params(tenant, key, year).update();
		jdbc.sql("update service_document_sequence set last_value = last_value + 1 "
				+ "where tenant_id = ? and service_code = ? and seq_year = ?").params(tenant, key, year).update();
		int value = jdbc.sql("select last_value from service_document_sequence "
				+ "where tenant_id = ? and service_code = ? and seq_year = ?").params(tenant, key, year)
			.query(Integer.class).single();
		return DocumentNumberFormat.format(format, value, date, pemda, values);
	}
}
