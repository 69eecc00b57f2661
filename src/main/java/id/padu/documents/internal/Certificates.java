package id.padu.documents.internal;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Makes the demo PKI's certificates with BouncyCastle and reads the facts Padu keeps about any certificate.
 * Validity is built from {@link Instant}s as ASN.1 times (UTCTime before 2050, as RFC 5280 asks).
 */
final class Certificates {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
		.withZone(ZoneOffset.UTC);
	private static final DateTimeFormatter ASN1_DIGITS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private Certificates() {
	}

	static KeyPair newKeyPair(int bits) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(bits, RANDOM);
			return generator.generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("RSA is part of every Java runtime", e);
		}
	}

	/** A person: name, position (jabatan), OPD and pemda, as on an Indonesian government certificate. */
	static X500Name person(String name, String position, String opd, String pemda) {
		X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name);
		if (position != null) {
			builder.addRDN(BCStyle.T, position);
		}
		if (opd != null) {
			builder.addRDN(BCStyle.OU, opd);
		}
		return builder.addRDN(BCStyle.O, pemda).addRDN(BCStyle.C, "ID").build();
	}

	static X500Name authority(String pemda) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "Otoritas Sertifikat Demo " + pemda)
			.addRDN(BCStyle.OU, "Padu demo (bukan BSrE)").addRDN(BCStyle.O, pemda).addRDN(BCStyle.C, "ID").build();
	}

	/** A self-signed CA that may sign end-entity certificates only (path length 0). */
	static X509Certificate certificationAuthority(KeyPair keys, X500Name subject, Instant from, Instant until) {
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), time(from), time(until),
					subject, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
			return sign(builder, keys.getPrivate());
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("Could not make the CA certificate", e);
		}
	}

	/** A signer's certificate: digitalSignature and nonRepudiation, not a CA. */
	static X509Certificate signer(PublicKey key, X500Name subject, X509Certificate ca, PrivateKey caKey, Instant from,
			Instant until) {
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
					X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), serial(), time(from), time(until),
					subject, key)
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
				.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
			return sign(builder, caKey);
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("Could not make the signer's certificate", e);
		}
	}

	static CertificateFacts facts(X509Certificate certificate) {
		try {
			Certificate structure = Certificate.getInstance(certificate.getEncoded());
			return new CertificateFacts(structure.getSubject().toString(), structure.getIssuer().toString(),
					structure.getSerialNumber().getValue().toString(16), instant(structure.getStartDate()),
					instant(structure.getEndDate()), certificate.getEncoded());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Unreadable certificate", e);
		}
	}

	static X509Certificate parse(byte[] der) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Not an X.509 certificate", e);
		}
	}

	/** Whether the key usage allows signing documents (digitalSignature or nonRepudiation). */
	static boolean maySignDocuments(X509Certificate certificate) {
		boolean[] usage = certificate.getKeyUsage();
		return usage == null || usage[0] || usage[1];
	}

	static String signatureAlgorithm(PrivateKey key) {
		return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
			throws GeneralSecurityException {
		try {
			return new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder(signatureAlgorithm(issuerKey)).build(issuerKey)));
		} catch (OperatorCreationException e) {
			throw new GeneralSecurityException(e);
		}
	}

	private static BigInteger serial() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		bytes[0] &= 0x7F;
		bytes[0] |= 0x40;
		return new BigInteger(bytes);
	}

	private static Time time(Instant instant) {
		Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
		return seconds.atZone(ZoneOffset.UTC).getYear() < 2050 ? new Time(new ASN1UTCTime(UTC_TIME.format(seconds)))
				: new Time(new ASN1GeneralizedTime(GENERALIZED_TIME.format(seconds)));
	}

	/** BouncyCastle gives both ASN.1 time forms as text starting with the four-digit year, in UTC. */
	private static Instant instant(Time time) {
		return LocalDateTime.parse(time.getTime().substring(0, 14), ASN1_DIGITS).toInstant(ZoneOffset.UTC);
	}
}
