package id.padu.archive.internal.digitization;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} program (never through a shell: the arguments are a list) with the Indonesian model.
 * One call reads one page image and writes its text, its words with their confidence (TSV) and a one-page PDF with
 * the image under an invisible text layer.
 */
@Component
class Tesseract {

	static final String LANGUAGE = "ind";

	/** Why tesseract could not be used at all; the record waits instead of failing. */
	static class UnavailableException extends IOException {
		UnavailableException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final String command;
	private final Duration pageTimeout;

	Tesseract(@Value("${padu.archive.ocr.command:tesseract}") String command,
			@Value("${padu.archive.ocr.page-timeout:PT2M}") Duration pageTimeout) {
		this.command = command;
		this.pageTimeout = pageTimeout;
	}

	/** Null when tesseract runs and knows Indonesian; otherwise why not, for the log. */
	String unavailableReason() {
		try {
			Output out = run(List.of(command, "--list-langs"), Duration.ofSeconds(30));
			if (out.exitCode() != 0) {
				return command + " --list-langs exited with " + out.exitCode();
			}
			boolean indonesian = out.text().lines().map(String::strip).anyMatch(LANGUAGE::equals);
			return indonesian ? null : "the Indonesian language (" + LANGUAGE + ", package tesseract-ocr-ind) is missing";
		} catch (IOException e) {
			return e.getMessage();
		}
	}

	/** Reads {@code image}, writing {@code base.txt}, {@code base.tsv} and {@code base.pdf}. */
	void read(Path image, Path base) throws IOException {
		Output out = run(List.of(command, image.toString(), base.toString(), "-l", LANGUAGE, "--dpi", "300",
				"txt", "tsv", "pdf"), pageTimeout);
		if (out.exitCode() != 0) {
			throw new IOException("tesseract exited with " + out.exitCode() + ": " + lastLine(out.text()));
		}
	}

	Duration pageTimeout() {
		return pageTimeout;
	}

	private record Output(int exitCode, String text) {
	}

	private static Output run(List<String> arguments, Duration timeout) throws IOException {
		Path log = Files.createTempFile("padu-tesseract-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			// One thread a page: pages of several records run side by side better than one page on every core.
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			Process process;
			try {
				process = builder.start();
			} catch (IOException e) {
				throw new UnavailableException("cannot start " + arguments.get(0) + ": " + e.getMessage(), e);
			}
			try (InputStream ignored = process.getInputStream()) {
				if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					process.destroyForcibly();
					throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s for one page");
				}
			} catch (InterruptedException e) {
				process.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while tesseract was running", e);
			}
			return new Output(process.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(log);
		}
	}

	private static String lastLine(String text) {
		List<String> lines = text.strip().lines().toList();
		return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
	}
}
