package id.padu.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream strictly as UTF-8 ({@link CodingErrorAction#REPORT}) without ever holding more than
 * 64 KB of it. Each malformed byte sequence becomes one U+FFFD, which the row check reports as an
 * encoding error in that row and column. UTF-8 resynchronizes at the next lead byte, and the bytes
 * that give a CSV its shape (comma, quote, line break) are ASCII and can never be part of a malformed
 * sequence, so one bad byte damages one value and never the rows around it.
 * <p>
 * Also refuses a single record longer than {@link #MAX_RECORD_CHARS}: a quote left open early in a
 * truncated file would otherwise make the CSV parser gather the whole rest of the file into one value.
 */
final class ResidentImportUtf8Reader extends Reader {

	static final int MAX_RECORD_CHARS = 1 << 20;

	private final InputStream in;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);
	private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
	private boolean eof;
	private long charsSinceRecord;

	ResidentImportUtf8Reader(InputStream in) {
		this.in = in;
		bytes.flip();
	}

	/** Called after each record: the length limit counts from here. */
	void recordEnded() {
		charsSinceRecord = 0;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (charsSinceRecord > MAX_RECORD_CHARS) {
			throw new RecordTooLongException();
		}
		CharBuffer out = CharBuffer.wrap(target, offset, length);
		while (out.position() == offset) {
			CoderResult result = decoder.decode(bytes, out, eof);
			if (result.isError()) {
				if (!out.hasRemaining()) {
					break;
				}
				bytes.position(bytes.position() + result.length());
				out.put('\uFFFD');
			} else if (result.isUnderflow()) {
				if (eof) {
					break;
				}
				fill();
			} else {
				break;
			}
		}
		int produced = out.position() - offset;
		charsSinceRecord += produced;
		return produced == 0 && eof ? -1 : produced;
	}

	private void fill() throws IOException {
		bytes.compact();
		int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
		if (n < 0) {
			eof = true;
		} else {
			bytes.position(bytes.position() + n);
		}
		bytes.flip();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** One record is longer than any SIAK row can be: almost always a quote that is never closed. */
	static final class RecordTooLongException extends IOException {
		RecordTooLongException() {
			super("CSV record longer than " + MAX_RECORD_CHARS + " characters");
		}
	}
}
