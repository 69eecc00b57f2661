package id.padu.eoffice.internal;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.LetterType;
import id.padu.eoffice.Urgency;

/** What the drafter writes, checked: the classification code is active, the body sanitized. */
record LetterContent(LetterType type, String classificationCode, SecurityClass securityClass, Urgency urgency,
		String subject, String bodyHtml, String attachmentNote) {
}
