package id.padu.documents.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renders a document, signs it with PAdES B-B and checks the result with BouncyCastle directly (not through
 * Padu's own checker): the CMS verifies over the signed byte range, carries the chain and the signing-certificate-v2
 * attribute and no signing time; one flipped byte, appended bytes or another certificate break it.
 */
class PadesSignatureTest {

	static KeyPair caKeys;
	static X509Certificate ca;
	static KeyPair signerKeys;
	static X509Certificate signer;
	static byte[] signed;

	@BeforeAll
	static void signOneDocument() {
		Instant now = Instant.now();
		caKeys = Certificates.newKeyPair(2048);
		ca = Certificates.certificationAuthority(caKeys, Certificates.authority("Pemerintah Kota Uji"), now.minusSeconds(60),
				now.plus(3650, ChronoUnit.DAYS));
		signerKeys = Certificates.newKeyPair(2048);
		signer = Certificates.signer(signerKeys.getPublic(), Certificates.person("Drs. Djoko Susilo, M.Si.",
				"Kepala Dinas", "Dinas Kependudukan dan Pencatatan Sipil", "Pemerintah Kota Uji"), ca, caKeys.getPrivate(),
				now.minusSeconds(60), now.plus(730, ChronoUnit.DAYS));
		Letterhead kop = new Letterhead("PEMERINTAH KOTA UJI", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
				"Jl. Uji No. 1", "Laman: uji.go.id", "Uji", null);
		String url = "http://localhost/verifikasi/ABCDEFGHIJKLMNOPQRSTUVWXYZ";
		String xhtml = DocumentLayout.xhtml(kop, new DocumentText("Surat Keterangan", "470/0001/UJI/2026", "Surat Keterangan"),
				"<p>Yang bertanda tangan di bawah ini menerangkan bahwa &lt;nama&gt; berdomisili di Kota Uji.</p>",
				new DocumentLayout.SignatureBlock("Uji, 23 November 2026", "Kepala Dinas", "Drs. Djoko Susilo, M.Si.",
						"19680512 199403 1 005", QrCodes.pngDataUri(url), url, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
		byte[] pdf = XhtmlPdf.render(xhtml);
		signed = PadesSigner.sign(pdf, signerKeys.getPrivate(), new X509Certificate[] { signer, ca },
				new PadesSigner.Details("Drs. Djoko Susilo, M.Si.", "Surat Keterangan 470/0001/UJI/2026", "Uji", now));
	}

	@Test
	void theCmsVerifiesOverTheWholeFileButItsOwnValue() throws Exception {
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo(COSName.getPDFName("ETSI.CAdES.detached").getName());
			assertThat(signature.getCOSObject().getString(COSName.M)).matches("D:\\d{14}\\+07'00'");
			int[] range = signature.getByteRange();
			assertThat(range[0]).isZero();
			assertThat(range[2] + range[3]).isEqualTo(signed.length);

			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
					signature.getContents(signed));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			assertThat(signers).hasSize(1);
			SignerInformation info = signers.iterator().next();
			assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(new X509CertificateHolder(signer.getEncoded()))))
				.isTrue();
			assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
			assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
		}
		assertThat(PdfSignatureCheck.isValid(signed, signer)).isTrue();
	}

	@Test
	void aFlippedByteAppendedBytesOrAnotherCertificateDoNotVerify() throws Exception {
		byte[] changed = signed.clone();
		int inside = findText(changed, "/Type /Page") + 2;
		changed[inside] ^= 0x01;
		assertThat(PdfSignatureCheck.isValid(changed, signer)).isFalse();
		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(CadesSignatures.verify(signature.getContents(signed), signature.getSignedContent(changed), signer))
				.isFalse();
		}
		byte[] appended = Arrays.copyOf(signed, signed.length + 10);
		assertThat(PdfSignatureCheck.isValid(appended, signer)).isFalse();
		assertThat(PdfSignatureCheck.isValid(signed, ca)).isFalse();
		assertThat(PdfSignatureCheck.isValid("%PDF-1.7 not really".getBytes(), signer)).isFalse();
	}

	@Test
	void theDocumentIsPdfAWithEmbeddedFontsAndReadableIndonesianText() throws Exception {
		try (PDDocument document = Loader.loadPDF(signed)) {
			assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
			assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray())).contains("pdfaid:part");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("PEMERINTAH KOTA UJI", "Nomor: 470/0001/UJI/2026", "Ditandatangani secara",
					"NIP 19680512 199403 1 005", "<nama>", "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
		}
	}

	@Test
	void aKeyStoreOpensOnlyWithItsPassword() throws Exception {
		byte[] p12 = Pkcs12.pack(signerKeys.getPrivate(), new X509Certificate[] { signer, ca }, "padu-demo".toCharArray());
		assertThat(Pkcs12.open(p12, "padu-demo".toCharArray()).certificate()).isEqualTo(signer);
		assertThatThrownBy(() -> Pkcs12.open(p12, "padu-demO".toCharArray())).isInstanceOf(Pkcs12.WrongPassword.class);
		assertThatThrownBy(() -> Pkcs12.open("not a key store".getBytes(), "x".toCharArray()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void certificatesSayWhoSignsAndForHowLong() {
		CertificateFacts facts = Certificates.facts(signer);
		assertThat(facts.subject()).contains("CN=Drs. Djoko Susilo\\, M.Si.", "T=Kepala Dinas", "O=Pemerintah Kota Uji");
		assertThat(facts.validUntil()).isAfter(facts.validFrom().plus(729, ChronoUnit.DAYS));
		assertThat(signer.getKeyUsage()[0]).isTrue();
		assertThat(signer.getKeyUsage()[1]).isTrue();
		assertThat(signer.getBasicConstraints()).isEqualTo(-1);
		assertThat(ca.getBasicConstraints()).isZero();
	}

	@Test
	void theQrCodeReadsAsTheVerificationAddress() throws Exception {
		String url = "http://localhost/verifikasi/" + VerificationCodes.next();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url)));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		// PURE_BARCODE: the PNG is the code alone; without it zxing's finder search misses about 1 in 100 perfect codes
		assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText()).isEqualTo(url);
	}

	@Test
	void verificationCodesAreLongRandomAndForgiveTyping() {
		String code = VerificationCodes.next();
		assertThat(code).matches("[A-Z2-7]{26}").isNotEqualTo(VerificationCodes.next());
		assertThat(VerificationCodes.normalize(code.toLowerCase().substring(0, 5) + " - " + code.substring(5))).isEqualTo(code);
		assertThat(VerificationCodes.normalize("kepala-disdukcapil")).isNull();
		assertThat(VerificationCodes.normalize(null)).isNull();
	}

	private static int findText(byte[] bytes, String text) {
		byte[] needle = text.getBytes();
		outer: for (int i = 0; i < bytes.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalStateException(text + " not found");
	}
}
