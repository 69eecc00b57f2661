package id.padu.documents.internal;

import id.padu.identity.StaffAccounts;
import id.padu.tenancy.TenantInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.springframework.stereotype.Component;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The demo certification authority of a pemda and the certificates it gives heads. Its own key is kept under
 * the server secret; a head's key under the head's signing passphrase. Production imports BSrE certificates
 * instead ({@link CredentialImport}).
 */
@Component
class DemoPki {

	static final String DEMO_PASSPHRASE = "padu-demo";
	static final Duration CA_VALIDITY = Duration.ofDays(3653);
	static final Duration SIGNER_VALIDITY = Duration.ofDays(730);
	/** Backdated a little, so that a clock a few minutes behind on another node still accepts it. */
	private static final Duration BACKDATE = Duration.ofHours(1);

	private final SigningCredentialRepository credentials;
	private final SignerProfiles signers;
	private final StaffAccounts accounts;
	private final SigningKeySecret secret;

	DemoPki(SigningCredentialRepository credentials, SignerProfiles signers, StaffAccounts accounts,
			SigningKeySecret secret) {
		this.credentials = credentials;
		this.signers = signers;
		this.accounts = accounts;
		this.secret = secret;
	}

	/** Gives the head a demo certificate unless they have an active one; true when one was made. */
	boolean ensureSigner(TenantInfo pemda, String username, Instant now) {
		if (!credentials.findByUsernameAndActiveTrue(username).isEmpty()) {
			return false;
		}
		SigningCredential caCredential = authority(pemda, now);
		char[] caSecret = secret.chars();
		try {
			Pkcs12.Opened ca = Pkcs12.open(caCredential.keyStore(), caSecret);
			Optional<SignerProfile> profile = signers.find(username);
			String name = profile.map(SignerProfile::name).or(() -> accounts.displayName(username)).orElse(username);
			X500Name subject = Certificates.person(name, profile.map(SignerProfile::position).orElse(null),
					profile.map(SignerProfile::opdName).orElse(null), pemda.name());
			KeyPair keys = Certificates.newKeyPair(2048);
			X509Certificate certificate = Certificates.signer(keys.getPublic(), subject, ca.certificate(), ca.key(),
					now.minus(BACKDATE), now.plus(SIGNER_VALIDITY));
			X509Certificate[] chain = { certificate, ca.certificate() };
			byte[] p12 = Pkcs12.pack(keys.getPrivate(), chain, DEMO_PASSPHRASE.toCharArray());
			credentials.save(new SigningCredential(SigningCredential.Kind.SIGNER, SigningCredential.Source.DEMO, username,
					Certificates.facts(certificate), p12, now));
			return true;
		} catch (Pkcs12.WrongPassword e) {
			throw new IllegalStateException("The demo CA of " + pemda.id() + " does not open with padu.signing.key-secret "
					+ "(was the secret changed after it was made?)", e);
		} finally {
			Arrays.fill(caSecret, '\0');
		}
	}

	/** The pemda's demo CA, made on first use. */
	SigningCredential authority(TenantInfo pemda, Instant now) {
		return credentials.findFirstByKindAndActiveTrueOrderByCreatedAtDesc(SigningCredential.Kind.CA).orElseGet(() -> {
			KeyPair keys = Certificates.newKeyPair(3072);
			X509Certificate certificate = Certificates.certificationAuthority(keys, Certificates.authority(pemda.name()),
					now.minus(BACKDATE), now.plus(CA_VALIDITY));
			char[] caSecret = secret.chars();
			try {
				byte[] p12 = Pkcs12.pack(keys.getPrivate(), new X509Certificate[] { certificate }, caSecret);
				return credentials.save(new SigningCredential(SigningCredential.Kind.CA, SigningCredential.Source.DEMO,
						null, Certificates.facts(certificate), p12, now));
			} finally {
				Arrays.fill(caSecret, '\0');
			}
		});
	}
}
