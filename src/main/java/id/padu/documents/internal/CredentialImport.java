package id.padu.documents.internal;

import id.padu.audit.AuditTrail;
import id.padu.identity.Role;
import id.padu.identity.StaffAccounts;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Production certificates: a head's PKCS#12 from BSrE (or another CA) is imported as it is. Its password becomes
 * the head's signing passphrase; Padu never stores the password, only the protected file. The new certificate
 * replaces the head's active one; replaced ones stay, inactive, for the record.
 */
@Service
@Transactional
class CredentialImport {

	/** A PKCS#12 with a key and a chain of a few certificates is a few kilobytes. */
	static final int MAX_SIZE = 20_000;

	private final SigningCredentialRepository credentials;
	private final StaffAccounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	CredentialImport(SigningCredentialRepository credentials, StaffAccounts accounts, AuditTrail audit, Clock clock) {
		this.credentials = credentials;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	SigningCredential importPkcs12(String username, byte[] pkcs12, char[] password) {
		try {
			if (username == null || username.isBlank() || !accounts.hasRole(username.strip(), Role.HEAD)) {
				throw new BusinessRuleViolation("documents.credential.notHead");
			}
			if (pkcs12 == null || pkcs12.length == 0 || pkcs12.length > MAX_SIZE) {
				throw new BusinessRuleViolation("documents.credential.unreadable");
			}
			Pkcs12.Opened opened = open(pkcs12, password);
			X509Certificate certificate = opened.certificate();
			CertificateFacts facts = Certificates.facts(certificate);
			Instant now = clock.instant();
			if (now.isBefore(facts.validFrom()) || !now.isBefore(facts.validUntil())) {
				throw new BusinessRuleViolation("documents.credential.notValid");
			}
			if (!Certificates.maySignDocuments(certificate) || certificate.getBasicConstraints() >= 0) {
				throw new BusinessRuleViolation("documents.credential.keyUsage");
			}
			if (!keyMatches(opened)) {
				throw new BusinessRuleViolation("documents.credential.keyMismatch");
			}
			String signer = username.strip();
			List<SigningCredential> previous = credentials.findByUsernameAndActiveTrue(signer);
			previous.forEach(SigningCredential::retire);
			SigningCredential saved = credentials.save(new SigningCredential(SigningCredential.Kind.SIGNER,
					SigningCredential.Source.IMPORTED, signer, facts, pkcs12, now));
			audit.record("IMPORT", "SigningCredential", saved.getId().toString(),
					Map.of("username", signer, "subject", facts.subject(), "serial", facts.serialNumber()));
			return saved;
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	@Transactional(readOnly = true)
	List<SigningCredential> all() {
		return credentials.findAllByOrderByKindAscUsernameAscCreatedAtDesc();
	}

	private static Pkcs12.Opened open(byte[] pkcs12, char[] password) {
		try {
			return Pkcs12.open(pkcs12, password == null ? new char[0] : password);
		} catch (Pkcs12.WrongPassword e) {
			throw new BusinessRuleViolation("documents.credential.wrongPassword");
		} catch (IllegalArgumentException e) {
			throw new BusinessRuleViolation("documents.credential.unreadable");
		}
	}

	/** The key signs something the certificate's public key verifies: the file does not pair a key with another's certificate. */
	private static boolean keyMatches(Pkcs12.Opened opened) {
		try {
			byte[] probe = "padu".getBytes(StandardCharsets.US_ASCII);
			String algorithm = Certificates.signatureAlgorithm(opened.key());
			Signature signer = Signature.getInstance(algorithm);
			signer.initSign(opened.key());
			signer.update(probe);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(opened.certificate().getPublicKey());
			verifier.update(probe);
			return verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			return false;
		}
	}
}
