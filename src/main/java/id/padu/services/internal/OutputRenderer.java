package id.padu.services.internal;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a bundle's {@code output.html} (Thymeleaf in XML mode, so the result is well-formed XHTML for the
 * PDF renderer) with an engine of its own: it has no Spring application context, so an uploaded template
 * reaches only the values it is given, never a bean. The result may not load anything from outside
 * (no absolute {@code src}/{@code href}, no {@code url(...)}): signing must not fetch from the network.
 */
@Component
class OutputRenderer {

	private static final Pattern EXTERNAL = Pattern.compile(
			"(?i)(src|href)\\s*=\\s*[\"'](?!data:)[a-z][a-z0-9+.-]*:|url\\s*\\(|<!DOCTYPE|<!ENTITY");

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	OutputRenderer() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCacheable(false);
		engine.setTemplateResolver(resolver);
	}

	/**
	 * The XHTML body for the given values.
	 *
	 * @throws OutputTemplateException when the template fails or its result is not usable
	 */
	String render(String template, Map<String, Object> model) {
		String xhtml;
		try {
			xhtml = engine.process(template, new Context(Locale.forLanguageTag("id"), model));
		} catch (TemplateEngineException e) {
			throw new OutputTemplateException(ManifestParser.firstLine(e.getMessage()));
		}
		if (EXTERNAL.matcher(xhtml).find()) {
			throw new OutputTemplateException("external resources, DOCTYPE and entities are not allowed");
		}
		checkWellFormed(xhtml);
		return xhtml;
	}

	private static void checkWellFormed(String xhtml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			// The default handler prints to stderr; this one only throws on fatal errors.
			builder.setErrorHandler(new DefaultHandler());
			builder.parse(new InputSource(new StringReader(xhtml)));
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new OutputTemplateException(ManifestParser.firstLine(e.getMessage()));
		}
	}

	/** The template cannot produce a document; the message says why (Thymeleaf's or the XML parser's words). */
	static class OutputTemplateException extends RuntimeException {

		OutputTemplateException(String message) {
			super(message);
		}
	}
}
