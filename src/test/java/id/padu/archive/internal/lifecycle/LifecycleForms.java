package id.padu.archive.internal.lifecycle;

import id.padu.support.WebClient;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Form posts and answers of the lifecycle pages. */
final class LifecycleForms {

	private LifecycleForms() {
	}

	static String form(WebClient client, String page, String... pairs) {
		StringBuilder body = new StringBuilder("_csrf=" + enc(client.csrfToken(page)));
		for (int i = 0; i < pairs.length; i += 2) {
			body.append('&').append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
		}
		return body.toString();
	}

	static HttpResponse<String> propose(WebClient archivist, String kind, String reason, String note, UUID... berkas) {
		List<String> pairs = new ArrayList<>(List.of("kind", kind, "reason", reason));
		if (note != null) {
			pairs.addAll(List.of("note", note));
		}
		for (UUID id : berkas) {
			pairs.addAll(List.of("berkas", id.toString()));
		}
		return archivist.post("/kantor/arsip/penyusutan/usul",
				form(archivist, "/kantor/arsip/penyusutan", pairs.toArray(String[]::new)));
	}

	static UUID proposalId(HttpResponse<String> created) {
		String location = created.headers().firstValue("Location").orElseThrow(() -> new AssertionError(created.body()));
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	static HttpResponse<String> approve(WebClient head, UUID proposal, String passphrase) {
		String page = "/kantor/arsip/penyusutan/usul/" + proposal;
		return head.post(page + "/setujui", form(head, page, "passphrase", passphrase));
	}

	static HttpResponse<String> hold(WebClient archivist, UUID berkas, String caseReference) {
		String page = "/kantor/arsip/penyusutan/berkas/" + berkas;
		return archivist.post(page + "/tahan", form(archivist, page, "caseReference", caseReference, "reason",
				"Diminta penyidik untuk perkara " + caseReference));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
