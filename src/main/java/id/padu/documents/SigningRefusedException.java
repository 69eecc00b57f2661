package id.padu.documents;

import id.padu.shared.BusinessRuleViolation;

/**
 * The document was not signed: the passphrase is wrong, or the signer has no certificate valid today. Nothing
 * was written. A broken rule like any other (422 on the API, message in the user's language).
 */
public class SigningRefusedException extends BusinessRuleViolation {

	/** Why signing was refused; each reason has its message key, e.g. {@code documents.signing.refused.wrongPassphrase}. */
	public enum Reason {
		WRONG_PASSPHRASE("wrongPassphrase"), NO_CERTIFICATE("noCertificate"),
		CERTIFICATE_NOT_VALID("certificateNotValid"), NOT_A_STAFF_MEMBER("notStaff");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		public String messageKey() {
			return "documents.signing.refused." + key;
		}
	}

	private final Reason reason;

	public SigningRefusedException(Reason reason) {
		super(reason.messageKey());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
