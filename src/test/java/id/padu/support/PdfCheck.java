package id.padu.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The public check of a signed PDF, as anyone holding the document would use it (no sign-in). */
public final class PdfCheck {

	private PdfCheck() {
	}

	/** Uploads the PDF to {@code POST /api/v1/documents/verify/{code}}; the answer says whether it matches. */
	public static HttpResponse<String> verify(int port, String code, byte[] pdf) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ "/api/v1/documents/verify/" + code)).header("Content-Type", "application/pdf")
				.POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
