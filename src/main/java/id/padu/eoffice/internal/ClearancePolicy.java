package id.padu.eoffice.internal;

import id.padu.classification.SecurityClass;

import java.util.Set;

/**
 * Who may open a letter. Those named on it always may: the drafter, its reviewers, whoever holds the signing
 * position and, once it is sent, its addressees and tembusan. Beyond them a {@code BIASA} letter is open to the
 * staff of the issuing OPD and a {@code TERBATAS} one to whoever holds the head position of that OPD; a
 * {@code RAHASIA} letter to nobody else. Someone not cleared learns nothing, not even that the letter exists.
 */
final class ClearancePolicy {

	/** What the letter says about who is named on it. Recipients count only once the letter has been sent. */
	record LetterParties(SecurityClass securityClass, String issuingOpdCode, String issuingHeadPositionCode,
			Set<String> namedUsernames, Set<String> namedPositionCodes, Set<String> recipientUsernames,
			Set<String> recipientPositionCodes, boolean sent) {
	}

	/** Who is asking: the account and, today, the positions it holds (definitive or acting) and their OPDs. */
	record Viewer(String username, Set<String> positionCodes, Set<String> opdCodes) {
	}

	private ClearancePolicy() {
	}

	static boolean mayOpen(LetterParties letter, Viewer viewer) {
		if (letter.namedUsernames().contains(viewer.username())
				|| viewer.positionCodes().stream().anyMatch(letter.namedPositionCodes()::contains)) {
			return true;
		}
		if (letter.sent() && (letter.recipientUsernames().contains(viewer.username())
				|| viewer.positionCodes().stream().anyMatch(letter.recipientPositionCodes()::contains))) {
			return true;
		}
		return switch (letter.securityClass()) {
			case BIASA -> viewer.opdCodes().contains(letter.issuingOpdCode());
			case TERBATAS -> letter.issuingHeadPositionCode() != null
					&& viewer.positionCodes().contains(letter.issuingHeadPositionCode());
			case RAHASIA -> false;
		};
	}
}
