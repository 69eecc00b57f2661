package id.padu.eoffice.internal;

import id.padu.classification.ClassificationScheme;
import id.padu.documents.DocumentStore;
import id.padu.documents.StoredFile;
import id.padu.organization.PositionRef;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Drafting: a new letter, each later save as a new version, attachments, and submission to the reviewers (or
 * straight to the signer when there are none). Each call is one transaction: bad input leaves nothing behind.
 */
@Service
@Transactional
class LetterDrafting {

	static final int MAX_ATTACHMENTS = 10;

	private final LetterRepository letters;
	private final LetterVersionRepository versions;
	private final LetterReviewRepository reviews;
	private final LetterRecipientRepository recipients;
	private final LetterAttachmentRepository attachments;
	private final ClassificationScheme scheme;
	private final People people;
	private final DocumentStore store;
	private final Clock clock;

	LetterDrafting(LetterRepository letters, LetterVersionRepository versions, LetterReviewRepository reviews,
			LetterRecipientRepository recipients, LetterAttachmentRepository attachments, ClassificationScheme scheme,
			People people, DocumentStore store, Clock clock) {
		this.letters = letters;
		this.versions = versions;
		this.reviews = reviews;
		this.recipients = recipients;
		this.attachments = attachments;
		this.scheme = scheme;
		this.people = people;
		this.store = store;
		this.clock = clock;
	}

	UUID create(DraftCommand draft, String drafter) {
		LetterContent content = DraftRules.content(draft, scheme);
		PositionRef signing = signingPosition(draft);
		Instant now = clock.instant();
		Letter letter = letters.save(new Letter(content, drafter, signing.code(), people.opdOf(signing).code(), now));
		versions.save(new LetterVersion(letter, drafter, now));
		planReviewers(letter, DraftRules.reviewers(draft, draft.signerUsername() == null ? "" : draft.signerUsername().strip()), 1);
		addRecipients(letter, draft);
		return letter.getId();
	}

	/** A new version of a draft (or of a letter returned by a reviewer); only its drafter may change it. */
	void revise(UUID id, DraftCommand draft, String editor) {
		Letter letter = editable(id, editor);
		LetterContent content = DraftRules.content(draft, scheme);
		PositionRef signing = signingPosition(draft);
		List<String> reviewerNames = DraftRules.reviewers(draft, draft.signerUsername() == null ? "" : draft.signerUsername().strip());
		Instant now = clock.instant();
		letter.revise(content, signing.code(), people.opdOf(signing).code(), now);
		versions.save(new LetterVersion(letter, editor, now));
		int nextRound = letter.getReviewRound() + 1;
		reviews.deleteAll(reviews.findByLetterIdAndReviewRoundOrderBySeqAsc(id, nextRound));
		reviews.flush();
		planReviewers(letter, reviewerNames, nextRound);
		recipients.deleteAll(recipients.findByLetterIdOrderBySeqAsc(id));
		recipients.flush();
		addRecipients(letter, draft);
	}

	/** Sends the draft to its first reviewer; a letter without reviewers goes straight to the signer. */
	void submit(UUID id, String drafter) {
		Letter letter = editable(id, drafter);
		Instant now = clock.instant();
		int round = letter.getReviewRound() + 1;
		List<LetterReview> planned = reviews.findByLetterIdAndReviewRoundOrderBySeqAsc(id, round);
		if (planned.isEmpty() && letter.getReviewRound() > 0) {
			planned = reviews.findByLetterIdAndReviewRoundOrderBySeqAsc(id, letter.getReviewRound()).stream()
				.map(r -> reviews.save(new LetterReview(id, round, r.getSeq(), r.getUsername(), r.getReviewerName())))
				.toList();
		}
		letter.submit(now);
		if (planned.isEmpty()) {
			letter.moveTo(LetterStatus.AWAITING_SIGNATURE, now);
		}
	}

	void attach(UUID id, String editor, InputStream content, String fileName) {
		Letter letter = editable(id, editor);
		if (attachments.findByLetterId(letter.getId()).size() >= MAX_ATTACHMENTS) {
			throw new BusinessRuleViolation("eoffice.attachment.tooMany", MAX_ATTACHMENTS);
		}
		StoredFile file = store.store(content, fileName);
		attachments.save(new LetterAttachment(letter.getId(), file.sha256(), file.originalName() == null ? "lampiran"
				: file.originalName(), file.mediaType(), file.size()));
	}

	private Letter editable(UUID id, String editor) {
		Letter letter = letters.lock(id).orElseThrow(LetterAccess::notFound);
		if (!letter.getDrafterUsername().equals(editor)) {
			throw LetterAccess.notFound();
		}
		if (!letter.getStatus().editable()) {
			throw new BusinessRuleViolation("eoffice.letter.notEditable");
		}
		return letter;
	}

	private PositionRef signingPosition(DraftCommand draft) {
		if (!People.blank(draft.signerPositionCode())) {
			return people.position(draft.signerPositionCode().strip());
		}
		return people.mainPosition(draft.signerUsername() == null ? null : draft.signerUsername().strip());
	}

	private void planReviewers(Letter letter, List<String> usernames, int round) {
		for (int i = 0; i < usernames.size(); i++) {
			String name = people.staff(usernames.get(i)).fullName();
			people.mainPosition(usernames.get(i));
			reviews.save(new LetterReview(letter.getId(), round, i + 1, usernames.get(i), name));
		}
	}

	private void addRecipients(Letter letter, DraftCommand draft) {
		DraftRules.recipients(draft);
		int seq = 1;
		for (RecipientInput input : draft.recipients()) {
			recipients.save(new LetterRecipient(letter.getId(), seq++, people.resolve(input), false));
		}
		for (RecipientInput input : draft.tembusan()) {
			recipients.save(new LetterRecipient(letter.getId(), seq++, people.resolve(input), true));
		}
	}
}
