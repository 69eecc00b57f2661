package id.padu.documents;

import id.padu.shared.BusinessRuleViolation;

/**
 * A file the store does not take: empty, larger than the limit, or not a PDF, JPEG or PNG by its
 * content. Answered like every broken rule (422, message in the user's language).
 */
public class DocumentRejectedException extends BusinessRuleViolation {

	public DocumentRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
