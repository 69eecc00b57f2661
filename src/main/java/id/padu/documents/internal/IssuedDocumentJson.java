package id.padu.documents.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The API's JSON for issued documents: the public verification view and the staff view. */
final class IssuedDocumentJson {

	private IssuedDocumentJson() {
	}

	/** What anyone holding the code may know: nothing about the person the document concerns. */
	static Map<String, Object> verification(VerificationResult r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("documentType", r.documentType());
		json.put("documentNumber", r.documentNumber());
		json.put("issuer", r.pemda());
		json.put("signer", r.signer());
		json.put("signerPosition", r.signerPosition());
		json.put("signedAt", r.signedAt().toString());
		json.put("sha256", r.sha256());
		json.put("status", r.status().name());
		if (r.holderName() != null) {
			json.put("holderName", r.holderName());
		}
		if (!r.isValid()) {
			json.put("revokedAt", r.revokedAt().toString());
			json.put("revocationReason", r.revocationReason());
		}
		return json;
	}

	static Map<String, Object> check(UploadCheck check, VerificationResult r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("matches", check.isTheIssuedDocument());
		json.put("sameBytes", check.sameBytes());
		json.put("signatureValid", check.signatureValid());
		json.put("sha256", check.uploadedSha256());
		json.put("status", r.status().name());
		return json;
	}

	static Map<String, Object> staff(IssuedDocumentRecord d, String verificationUrl) {
		var issued = d.toIssuedDocument();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", issued.id().toString());
		json.put("verificationCode", issued.verificationCode());
		json.put("verificationUrl", verificationUrl);
		json.put("documentType", issued.documentType());
		json.put("documentNumber", issued.documentNumber());
		json.put("title", d.title());
		json.put("sha256", issued.sha256());
		json.put("signer", issued.signerName());
		json.put("signerUsername", d.signerUsername());
		json.put("signerPosition", issued.signerPosition());
		json.put("signedAt", issued.signedAt().toString());
		json.put("status", issued.status().name());
		json.put("revokedAt", Objects.toString(d.revokedAt(), null));
		json.put("revokedBy", d.revokedBy());
		json.put("revocationReason", d.revocationReason());
		json.put("sourceModule", d.sourceModule());
		json.put("sourceReference", d.sourceReference());
		return json;
	}
}
