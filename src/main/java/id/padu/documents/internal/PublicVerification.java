package id.padu.documents.internal;

import id.padu.documents.IssuedDocument.Status;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The public check of a document by its verification code. Deliberately not tenant-filtered: the QR code on a
 * document printed by any pemda points at one address ({@code padu.base-url}), whatever host serves the page.
 * The random 128-bit code is what guards an entry, like a secret link; nothing about the person the document
 * concerns is shown, except the holder's name on the few documents issued with one (a patient's card). Plain SQL, because Hibernate would add the current tenant to the query.
 */
@Service
class PublicVerification {

	private static final String COLUMNS = "tenant_id, verification_code, document_type, document_number, signer_name, "
			+ "signer_position, signed_at, sha256, status, revoked_at, revocation_reason, signer_certificate, holder_name";

	private final JdbcClient jdbc;
	private final TenantDirectory tenants;

	PublicVerification(JdbcClient jdbc, TenantDirectory tenants) {
		this.jdbc = jdbc;
		this.tenants = tenants;
	}

	Optional<VerificationResult> find(String typedCode) {
		return row(typedCode).map(this::withPemda);
	}

	/** Compares an uploaded PDF with the issued document; empty for an unknown code. */
	Optional<UploadCheck> check(String typedCode, byte[] upload) {
		return row(typedCode).map(row -> {
			String sha256 = sha256(upload);
			boolean sameBytes = MessageDigest.isEqual(sha256.getBytes(StandardCharsets.US_ASCII),
					row.result().sha256().getBytes(StandardCharsets.US_ASCII));
			boolean signatureValid = PdfSignatureCheck.isValid(upload,
					Certificates.parse(Base64.getDecoder().decode(row.certificate())));
			return new UploadCheck(sha256, sameBytes, signatureValid);
		});
	}

	private Optional<Row> row(String typedCode) {
		String code = VerificationCodes.normalize(typedCode);
		if (code == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from issued_document where verification_code = ?").param(code)
			.query(PublicVerification::map).optional();
	}

	/** The issuing pemda's name, looked up once the result set is closed. */
	private VerificationResult withPemda(Row row) {
		String pemda = tenants.find(TenantId.of(row.tenantId())).map(TenantInfo::name).orElse("");
		VerificationResult r = row.result();
		return new VerificationResult(r.verificationCode(), pemda, r.documentType(), r.documentNumber(), r.signer(),
				r.signerPosition(), r.signedAt(), r.sha256(), r.status(), r.revokedAt(), r.revocationReason(),
				r.holderName());
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		VerificationResult result = new VerificationResult(rs.getString("verification_code"), null,
				rs.getString("document_type"), rs.getString("document_number"), rs.getString("signer_name"),
				rs.getString("signer_position"), instant(rs, "signed_at"), rs.getString("sha256"),
				Status.valueOf(rs.getString("status")), instant(rs, "revoked_at"), rs.getString("revocation_reason"),
				rs.getString("holder_name"));
		return new Row(rs.getString("tenant_id"), result, rs.getString("signer_certificate"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record Row(String tenantId, VerificationResult result, String certificate) {
	}
}
