package id.padu.documents.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public address a document's QR code points at: {@code ${padu.base-url}/verifikasi/{code}}. */
@Component
class VerificationLinks {

	private final String baseUrl;

	VerificationLinks(@Value("${padu.base-url}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String url(String verificationCode) {
		return baseUrl + "/verifikasi/" + verificationCode;
	}
}
