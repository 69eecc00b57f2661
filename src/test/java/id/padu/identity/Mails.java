package id.padu.identity;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mails one recipient got from GreenMail, so that tests never see each other's mail. */
final class Mails {

	private static final Pattern LINK = Pattern.compile("http://localhost(/[a-z/-]+\\?token=[A-Za-z0-9_-]+)");

	private Mails() {
	}

	static List<MimeMessage> to(GreenMailExtension greenMail, String recipient) throws Exception {
		// Mail leaves after the commit, inside the request; the wait only covers a slow SMTP hand-over.
		for (int i = 0; i < 50; i++) {
			List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, recipient)).toList();
			if (!found.isEmpty()) {
				return found;
			}
			Thread.sleep(100);
		}
		return List.of();
	}

	static MimeMessage last(GreenMailExtension greenMail, String recipient) throws Exception {
		List<MimeMessage> mails = to(greenMail, recipient);
		if (mails.isEmpty()) {
			throw new AssertionError("No mail to " + recipient);
		}
		return mails.get(mails.size() - 1);
	}

	/** Path and query of the link in the plain-text part, e.g. {@code /daftar/konfirmasi?token=...}. */
	static String linkIn(MimeMessage message) throws Exception {
		Matcher matcher = LINK.matcher(part(message, "text/plain"));
		if (!matcher.find()) {
			throw new AssertionError("No link in mail");
		}
		return matcher.group(1);
	}

	static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean sentTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		} catch (Exception e) {
			return false;
		}
	}
}
