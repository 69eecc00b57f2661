package id.padu.archive.internal.custody.bagit;

import id.padu.archive.internal.FileRole;
import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;
import id.padu.shared.BusinessRuleViolation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@code data/metadata/dublin-core.xml}: simple Dublin Core elements ({@code dc:title},
 * {@code dc:date}, {@code dc:creator}, {@code dc:subject} = classification code, {@code dc:identifier},
 * {@code dc:description}, {@code dc:format}, {@code dc:rights} = security class) for the berkas and each record,
 * wrapped in Padu's own elements. Reading refuses DTDs and external entities.
 */
final class DublinCore {

	static final String DC = "http://purl.org/dc/elements/1.1/";
	static final String PADU = "https://padu.go.id/ns/arsip/bagit/1";

	private DublinCore() {
	}

	static byte[] write(BagMetadata metadata) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("metadata");
			xml.writeDefaultNamespace(PADU);
			xml.writeNamespace("dc", DC);
			BagMetadata.Berkas b = metadata.berkas();
			xml.writeStartElement(PADU, "berkas");
			dc(xml, b.identifier(), b.title(), b.date(), b.creator(), b.subject(), b.description(), b.rights());
			element(xml, PADU, "creatorUnit", b.creatorUnit());
			xml.writeEndElement();
			for (BagMetadata.Record r : metadata.records()) {
				xml.writeStartElement(PADU, "record");
				dc(xml, r.identifier(), r.title(), r.date(), r.creator(), r.subject(), r.description(), r.rights());
				List<String> formats = r.files().stream().map(BagMetadata.File::mediaType).distinct().toList();
				for (String format : formats.isEmpty() ? List.of(r.media().name().toLowerCase()) : formats) {
					element(xml, DC, "format", format);
				}
				element(xml, PADU, "creatorUnit", r.creatorUnit());
				element(xml, PADU, "media", r.media().name());
				element(xml, PADU, "pages", r.pages() == null ? null : r.pages().toString());
				PhysicalLocation l = r.location();
				element(xml, PADU, "building", l.building());
				element(xml, PADU, "room", l.room());
				element(xml, PADU, "shelf", l.shelf());
				element(xml, PADU, "box", l.box());
				for (BagMetadata.File f : r.files()) {
					xml.writeEmptyElement(PADU, "file");
					xml.writeAttribute("path", f.path());
					xml.writeAttribute("role", f.role().name());
					xml.writeAttribute("sha256", f.sha256());
					xml.writeAttribute("mediaType", f.mediaType());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("Could not write Dublin Core", e);
		}
		return out.toByteArray();
	}

	private static void dc(XMLStreamWriter xml, String identifier, String title, LocalDate date, String creator,
			String subject, String description, SecurityClass rights) throws XMLStreamException {
		element(xml, DC, "identifier", identifier);
		element(xml, DC, "title", title);
		element(xml, DC, "date", date == null ? null : date.toString());
		element(xml, DC, "creator", creator);
		element(xml, DC, "subject", subject);
		element(xml, DC, "description", description);
		element(xml, DC, "rights", rights.name());
	}

	private static void element(XMLStreamWriter xml, String namespace, String name, String value)
			throws XMLStreamException {
		if (value != null) {
			xml.writeStartElement(namespace, name);
			xml.writeCharacters(value);
			xml.writeEndElement();
		}
	}

	/** @throws BusinessRuleViolation {@code archive.custody.bagit.metadataInvalid} naming what is wrong */
	static BagMetadata read(InputStream in) {
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			Document doc = factory.newDocumentBuilder().parse(in);
			root = doc.getDocumentElement();
		} catch (Exception e) {
			throw invalid(String.valueOf(e.getMessage()));
		}
		Element berkas = child(root, PADU, "berkas");
		if (berkas == null) {
			throw invalid("berkas");
		}
		BagMetadata.Berkas b = new BagMetadata.Berkas(text(berkas, DC, "identifier"), required(berkas, "title"),
				date(berkas), text(berkas, DC, "creator"), text(berkas, PADU, "creatorUnit"), required(berkas, "subject"),
				text(berkas, DC, "description"), rights(berkas));
		List<BagMetadata.Record> records = new ArrayList<>();
		for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && PADU.equals(e.getNamespaceURI()) && "record".equals(e.getLocalName())) {
				records.add(record(e));
			}
		}
		return new BagMetadata(b, records);
	}

	private static BagMetadata.Record record(Element e) {
		List<BagMetadata.File> files = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element f && PADU.equals(f.getNamespaceURI()) && "file".equals(f.getLocalName())) {
				files.add(new BagMetadata.File(f.getAttribute("path"), enumOf(FileRole.class, f.getAttribute("role"), "role"),
						f.getAttribute("sha256"), f.getAttribute("mediaType")));
			}
		}
		String pages = text(e, PADU, "pages");
		String media = text(e, PADU, "media");
		try {
			return new BagMetadata.Record(text(e, DC, "identifier"), required(e, "title"), date(e), text(e, DC, "creator"),
					text(e, PADU, "creatorUnit"), required(e, "subject"), text(e, DC, "description"), rights(e),
					media == null ? RecordMedia.ELECTRONIC : enumOf(RecordMedia.class, media, "media"),
					pages == null ? null : Integer.valueOf(pages), new PhysicalLocation(text(e, PADU, "building"),
							text(e, PADU, "room"), text(e, PADU, "shelf"), text(e, PADU, "box")), files);
		} catch (NumberFormatException notANumber) {
			throw invalid("pages");
		}
	}

	private static LocalDate date(Element e) {
		String value = text(e, DC, "date");
		if (value == null) {
			throw invalid("dc:date");
		}
		try {
			// A berkas may carry a period (opened/closed); it opened on the first date.
			return LocalDate.parse(value.contains("/") ? value.substring(0, value.indexOf('/')) : value);
		} catch (RuntimeException e2) {
			throw invalid("dc:date " + value);
		}
	}

	private static SecurityClass rights(Element e) {
		String value = text(e, DC, "rights");
		return value == null ? SecurityClass.BIASA : enumOf(SecurityClass.class, value, "dc:rights");
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value.strip());
		} catch (IllegalArgumentException e) {
			throw invalid(field + " " + value);
		}
	}

	private static String required(Element e, String dcName) {
		String value = text(e, DC, dcName);
		if (value == null) {
			throw invalid("dc:" + dcName);
		}
		return value;
	}

	private static String text(Element parent, String namespace, String name) {
		Element e = child(parent, namespace, name);
		return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().strip();
	}

	private static Element child(Element parent, String namespace, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				return e;
			}
		}
		return null;
	}

	private static BusinessRuleViolation invalid(String what) {
		return new BusinessRuleViolation("archive.custody.bagit.metadataInvalid", what);
	}
}
