package id.padu.eoffice.internal;

import id.padu.documents.DocumentIssuer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** The signed PDF of a letter, for the page and the API alike: opened (and audited) as a download. */
@Component
class SignedLetterPdf {

	private final LetterAccess access;
	private final DocumentIssuer issuer;

	SignedLetterPdf(LetterAccess access, DocumentIssuer issuer) {
		this.access = access;
		this.issuer = issuer;
	}

	ResponseEntity<byte[]> download(UUID id, String username) {
		Letter letter = access.open(id, username, "download");
		if (letter.getIssuedDocumentId() == null) {
			throw LetterAccess.notFound();
		}
		String filename = ("Surat " + letter.getLetterNumber()).replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(issuer.content(letter.getIssuedDocumentId()));
	}
}
