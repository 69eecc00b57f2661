package id.padu.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP port GreenMail listens on and the application sends to in tests. 3025 unless the system property
 * {@code padu.test.smtp-port} says otherwise, so that two suites on one machine (two worktrees) do not
 * fight over the port; {@code application-test.yml} reads the same property.
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	public static ServerSetup server() {
		return new ServerSetup(Integer.getInteger("padu.test.smtp-port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	}
}
