package id.padu.documents.internal;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;

/**
 * Detached CMS signatures as PAdES baseline B-B wants them (ETSI EN 319 142-1): SHA-256, the signer's
 * certificate bound by the signing-certificate-v2 attribute, the chain included, and no signing-time
 * attribute (the signing time is the PDF signature dictionary's {@code /M}).
 */
final class CadesSignatures {

	private CadesSignatures() {
	}

	static byte[] sign(byte[] content, PrivateKey key, X509Certificate[] chain) {
		try {
			X509Certificate certificate = chain[0];
			SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(
					MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
					new IssuerSerial(new GeneralNames(new GeneralName(
							X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
							certificate.getSerialNumber())) });
			AttributeTable extra = new AttributeTable(
					new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
			DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(extra);
			CMSAttributeTableGenerator withoutSigningTime = parameters -> standard.getAttributes(parameters)
				.remove(CMSAttributes.signingTime);

			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(withoutSigningTime)
				.build(new JcaContentSignerBuilder(Certificates.signatureAlgorithm(key)).build(key), certificate));
			generator.addCertificates(new JcaCertStore(Arrays.asList(chain)));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
		} catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
			throw new IllegalStateException("Could not make the CMS signature", e);
		}
	}

	/**
	 * Whether the CMS holds exactly one signature, made with the registered certificate's key over exactly this
	 * content, that names the registered certificate. Any damage or mismatch answers false, never an error.
	 */
	static boolean verify(byte[] cms, byte[] content, X509Certificate registered) {
		try {
			CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
			Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return false;
			}
			SignerInformation signer = signers.iterator().next();
			X509CertificateHolder holder = new JcaX509CertificateHolder(registered);
			return signer.getSID().match(holder)
					&& signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
		} catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
			return false;
		}
	}
}
