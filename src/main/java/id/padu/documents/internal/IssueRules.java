package id.padu.documents.internal;

import id.padu.documents.IssueRequest;
import id.padu.shared.BusinessRuleViolation;

/** What an issue request and a revocation must carry; broken rules answer 422 with a message key. */
final class IssueRules {

	static final int MAX_REASON = 500;

	private IssueRules() {
	}

	static void check(IssueRequest request) {
		if (blank(request.documentType()) || blank(request.documentNumber()) || blank(request.title())
				|| blank(request.bodyXhtml()) || blank(request.signerUsername())) {
			throw new BusinessRuleViolation("documents.issue.incomplete");
		}
		if (request.documentType().length() > 200 || request.documentNumber().length() > 100
				|| request.title().length() > 300 || request.holderName() != null && request.holderName().length() > 200) {
			throw new BusinessRuleViolation("documents.issue.tooLong");
		}
	}

	static String revocationReason(String reason) {
		if (blank(reason)) {
			throw new BusinessRuleViolation("documents.revocation.reasonRequired");
		}
		String why = reason.strip();
		if (why.length() > MAX_REASON) {
			throw new BusinessRuleViolation("documents.revocation.reasonTooLong", MAX_REASON);
		}
		return why;
	}

	/** "Surat Keterangan Pindah 470-0012-DISDUKCAPIL-XII-2026.pdf": the number's slashes would read as folders. */
	static String fileName(DocumentText text) {
		return (text.documentType() + " " + text.documentNumber()).replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
