package id.padu.notification.internal;

/**
 * Jakarta Mail 2.1 looks up its {@code StreamProvider} with a {@link java.util.ServiceLoader} each time a body part,
 * a multipart or an encoder is made (jakartaee/mail-api issues 699 and 861). Inside the executable jar that scans
 * every library's {@code META-INF/services}: 61 % of the CPU the e-mail of a citizen's submission cost. The
 * look-up reads a system property first, and a class named there is simply loaded, so Padu names Angus Mail's
 * provider before the first message. A value already set (by an operator) is left alone, and so is the property
 * when the class is missing (another mail implementation): slow then, but working.
 */
final class MailStreamProvider {

	static final String PROPERTY = "jakarta.mail.util.StreamProvider";
	static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

	private MailStreamProvider() {
	}

	static void nameAngusUnlessSet() {
		if (System.getProperty(PROPERTY) != null) {
			return;
		}
		try {
			Class.forName(ANGUS, false, MailStreamProvider.class.getClassLoader());
			System.setProperty(PROPERTY, ANGUS);
		} catch (ClassNotFoundException e) {
			// Not Angus Mail: the ServiceLoader finds whichever provider there is.
		}
	}
}
