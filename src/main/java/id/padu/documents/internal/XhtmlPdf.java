package id.padu.documents.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF/A-3b with openhtmltopdf: the bundled DejaVu Serif fonts embedded (subsets), the sRGB output
 * intent from the Java runtime, and no external resources at all: only {@code data:} URIs (the QR code) load,
 * so a template can neither read local files nor make the server call other hosts.
 */
final class XhtmlPdf {

	private static final byte[] REGULAR = font("fonts/DejaVuSerif.ttf");
	private static final byte[] BOLD = font("fonts/DejaVuSerif-Bold.ttf");
	private static final byte[] ITALIC = font("fonts/DejaVuSerif-Italic.ttf");
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		OpenHtmlLogging.install();
	}

	private XhtmlPdf() {
	}

	/** @throws IllegalArgumentException when the XHTML is not well-formed */
	static byte[] render(String xhtml) {
		Document document = parse(xhtml);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder()
			.useFastMode()
			.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
			.useColorProfile(SRGB)
			.useFont(() -> new ByteArrayInputStream(REGULAR), DocumentLayout.FONT, 400, FontStyle.NORMAL, true)
			.useFont(() -> new ByteArrayInputStream(BOLD), DocumentLayout.FONT, 700, FontStyle.NORMAL, true)
			.useFont(() -> new ByteArrayInputStream(ITALIC), DocumentLayout.FONT, 400, FontStyle.ITALIC, true)
			.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withW3cDocument(document, "about:blank")
			.toStream(out);
		try {
			builder.run();
		} catch (IOException e) {
			throw new UncheckedIOException("Could not render the PDF", e);
		}
		return out.toByteArray();
	}

	/** A parser that refuses DOCTYPEs and so every entity declaration and external DTD. */
	private static Document parse(String xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(xhtml)));
		} catch (SAXException e) {
			throw new IllegalArgumentException("The document body is not well-formed XHTML: " + e.getMessage(), e);
		} catch (ParserConfigurationException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Missing bundled font " + path, e);
		}
	}
}
