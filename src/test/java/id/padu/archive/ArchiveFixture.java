package id.padu.archive;

import id.padu.support.WebClient;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Filing records through the real API, with born-digital PDFs made on the spot. */
public final class ArchiveFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ArchiveFixture() {
	}

	/** A one-page PDF whose text layer holds the given lines. */
	public static byte[] pdf(String... lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				text.newLineAtOffset(50, 700);
				for (String line : lines) {
					text.showText(line);
					text.newLineAtOffset(0, -16);
				}
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code POST /api/v1/archive/records}: the metadata part and the file part with the given type. */
	public static HttpResponse<String> file(WebClient client, String metadata, String fileName, String contentType,
			byte[] content) {
		String boundary = "----padu" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String[] csrf = client.isBearer() ? new String[0]
				: new String[] { "X-CSRF-TOKEN", client.csrfToken("/kantor") };
		return client.send("POST", "/api/v1/archive/records", "multipart/form-data; boundary=" + boundary,
				body.toByteArray(), csrf);
	}

	public static String metadata(String title, String code, String securityClass, String creatorUnit) {
		return """
				{"title":"%s","classificationCode":"%s","date":"2024-03-14","description":"Arsip uji",
				 "securityClass":"%s"%s}""".formatted(title, code, securityClass,
				creatorUnit == null ? "" : ",\"creatorUnit\":\"" + creatorUnit + "\"");
	}

	/** Files a record with a PDF holding the text and answers its id. */
	public static String fileRecord(WebClient client, String title, String securityClass, String creatorUnit,
			String text) {
		HttpResponse<String> made = file(client, metadata(title, "400.12", securityClass, creatorUnit), "arsip.pdf",
				"application/pdf", pdf(text, "Dokumen ini disimpan sebagai arsip pemerintah daerah Kota Tangerang."));
		if (made.statusCode() != 201) {
			throw new IllegalStateException("Filing failed: " + made.statusCode() + " " + made.body());
		}
		return json(made).get("id").asString();
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
