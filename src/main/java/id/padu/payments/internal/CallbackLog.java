package id.padu.payments.internal;

import id.padu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;

/**
 * Stores every callback with its outcome. Plain SQL because a callback may belong to no pemda (a bad
 * signature, a code of no pemda), which a tenant-scoped entity cannot express; the tenant is stated
 * explicitly when known.
 */
@Component
class CallbackLog {

	static final int MAX_BODY_CHARS = 8192;

	private final JdbcClient jdbc;

	CallbackLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Joins the caller's transaction when there is one, so the row commits or rolls back with its outcome. */
	void store(CallbackReceipt receipt, TenantId tenant, String billingCode, String bankReference,
			CallbackOutcome outcome, int httpStatus) {
		jdbc.sql("""
				insert into payment_callback (id, tenant_id, received_at, remote_address, raw_body, signature_valid,
				  billing_code, bank_reference, outcome, http_status)
				values (:id, :tenant, :receivedAt, :remote, :body, :valid, :code, :reference, :outcome, :status)""")
			.param("id", receipt.id())
			.param("tenant", tenant == null ? null : tenant.value())
			.param("receivedAt", Timestamp.from(receipt.receivedAt()))
			.param("remote", cut(receipt.remoteAddress(), 64))
			.param("body", cut(new String(receipt.rawBody(), StandardCharsets.UTF_8), MAX_BODY_CHARS))
			.param("valid", receipt.signatureValid())
			.param("code", cut(billingCode, 40))
			.param("reference", cut(bankReference, 64))
			.param("outcome", outcome.name())
			.param("status", httpStatus)
			.update();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
