package id.padu.eoffice.internal;

import id.padu.classification.ClassificationScheme;
import id.padu.classification.SecurityClass;
import id.padu.eoffice.LetterType;
import id.padu.eoffice.Urgency;
import id.padu.shared.BusinessRuleViolation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks a draft before anything is written; every broken rule is a 422 with a message key. */
final class DraftRules {

	static final int MAX_REVIEWERS = 10;
	static final int MAX_RECIPIENTS = 50;

	private DraftRules() {
	}

	static LetterContent content(DraftCommand draft, ClassificationScheme scheme) {
		LetterType type = Optional.ofNullable(draft.type()).map(String::strip)
			.flatMap(value -> LetterType.ofSlug(value.toLowerCase(Locale.ROOT)).or(() -> byName(LetterType.values(), value)))
			.orElseThrow(() -> new BusinessRuleViolation("eoffice.letter.type"));
		if (People.blank(draft.classificationCode())) {
			throw new BusinessRuleViolation("eoffice.letter.classification");
		}
		String code = scheme.requireActive(draft.classificationCode().strip()).code();
		String subject = draft.subject() == null ? "" : draft.subject().strip();
		if (subject.isEmpty() || subject.length() > 300) {
			throw new BusinessRuleViolation("eoffice.letter.subject");
		}
		if (People.blank(draft.body())) {
			throw new BusinessRuleViolation("eoffice.letter.body");
		}
		String body = LetterHtml.sanitize(LetterHtml.looksLikeHtml(draft.body()) ? draft.body()
				: LetterHtml.fromPlainText(draft.body()));
		SecurityClass security = People.blank(draft.securityClass()) ? SecurityClass.BIASA
				: byName(SecurityClass.values(), draft.securityClass())
					.orElseThrow(() -> new BusinessRuleViolation("eoffice.letter.securityClass"));
		Urgency urgency = People.blank(draft.urgency()) ? Urgency.BIASA
				: byName(Urgency.values(), draft.urgency()).orElseThrow(() -> new BusinessRuleViolation("eoffice.letter.urgency"));
		String note = People.blank(draft.attachmentNote()) ? null : draft.attachmentNote().strip();
		if (note != null && note.length() > 100) {
			throw new BusinessRuleViolation("eoffice.letter.attachmentNote");
		}
		return new LetterContent(type, code, security, urgency, subject, body, note);
	}

	static List<String> reviewers(DraftCommand draft, String signerUsername) {
		List<String> names = draft.reviewerUsernames().stream().map(name -> name == null ? "" : name.strip()).toList();
		if (names.size() > MAX_REVIEWERS || new HashSet<>(names).size() != names.size()) {
			throw new BusinessRuleViolation("eoffice.letter.reviewers", MAX_REVIEWERS);
		}
		if (names.contains(signerUsername)) {
			throw new BusinessRuleViolation("eoffice.letter.reviewerIsSigner");
		}
		return names;
	}

	static void recipients(DraftCommand draft) {
		if (draft.recipients().isEmpty()) {
			throw new BusinessRuleViolation("eoffice.letter.noRecipient");
		}
		if (draft.recipients().size() + draft.tembusan().size() > MAX_RECIPIENTS) {
			throw new BusinessRuleViolation("eoffice.letter.tooManyRecipients", MAX_RECIPIENTS);
		}
	}

	private static <E extends Enum<E>> Optional<E> byName(E[] values, String name) {
		String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values).filter(value -> value.name().equals(wanted)).findFirst();
	}
}
