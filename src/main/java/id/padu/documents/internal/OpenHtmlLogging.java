package id.padu.documents.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's log through SLF4J like the rest of Padu (it writes to stderr by itself). Its INFO
 * messages (timings, font loading) are debug detail here; warnings and errors stay what they are.
 */
final class OpenHtmlLogging implements XRLogger {

	private static volatile boolean installed;

	static void install() {
		if (!installed) {
			synchronized (OpenHtmlLogging.class) {
				if (!installed) {
					XRLog.setLoggerImpl(new OpenHtmlLogging());
					installed = true;
				}
			}
		}
	}

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where == null ? "com.openhtmltopdf" : where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		} else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		} else if (level.intValue() >= Level.INFO.intValue()) {
			logger.debug(message, error);
		} else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// Levels are set in Padu's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
				|| LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
	}
}
