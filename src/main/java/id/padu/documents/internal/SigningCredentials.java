package id.padu.documents.internal;

import id.padu.documents.SigningRefusedException;
import id.padu.documents.SigningRefusedException.Reason;
import org.springframework.stereotype.Component;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Opens a signer's key for one signature. The key stays encrypted in the database; only the signer's passphrase
 * opens it, and it lives in memory only while a document is being signed.
 */
@Component
class SigningCredentials {

	/** A signer's opened key with its chain, and the certificate as registered (base64 DER). */
	record Unlocked(Pkcs12.Opened opened, String certificateBase64) {

		X509Certificate certificate() {
			return opened.certificate();
		}
	}

	private final SigningCredentialRepository credentials;
	private final Clock clock;

	SigningCredentials(SigningCredentialRepository credentials, Clock clock) {
		this.credentials = credentials;
		this.clock = clock;
	}

	/**
	 * @throws SigningRefusedException without an active certificate, outside its validity or with a wrong passphrase
	 */
	Unlocked unlock(String username, char[] passphrase) {
		SigningCredential credential = credentials
			.findFirstByUsernameAndKindAndActiveTrueOrderByCreatedAtDesc(username, SigningCredential.Kind.SIGNER)
			.orElseThrow(() -> new SigningRefusedException(Reason.NO_CERTIFICATE));
		Instant now = clock.instant();
		if (!credential.isValidOn(now)) {
			throw new SigningRefusedException(Reason.CERTIFICATE_NOT_VALID);
		}
		if (passphrase == null || passphrase.length == 0) {
			throw new SigningRefusedException(Reason.WRONG_PASSPHRASE);
		}
		try {
			Pkcs12.Opened opened = Pkcs12.open(credential.keyStore(), passphrase);
			String registered = credential.certificateBase64();
			if (!Base64.getEncoder().encodeToString(opened.certificate().getEncoded()).equals(registered)) {
				throw new IllegalStateException("The key store of credential " + credential.getId()
						+ " holds another certificate than the one registered");
			}
			return new Unlocked(opened, registered);
		} catch (Pkcs12.WrongPassword e) {
			throw new SigningRefusedException(Reason.WRONG_PASSPHRASE);
		} catch (CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
