package id.padu.notification;

/**
 * Sends e-mails. Called inside a transaction, the mail leaves only after the commit, so nobody is
 * told about something that was rolled back. A failed delivery is logged, never thrown at the
 * caller: the person can always ask again (a new link, a resend).
 */
public interface Mailer {

	/** Renders and sends the e-mail; returns whether the SMTP server accepted it (false if deferred or failed). */
	boolean send(Email email);
}
