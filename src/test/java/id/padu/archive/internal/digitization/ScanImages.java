package id.padu.archive.internal.digitization;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Scanned-looking pages for the tests: black lines of text on white at 300 dpi, as PNG or TIFF bytes. */
public final class ScanImages {

	private ScanImages() {
	}

	public static BufferedImage page(List<String> lines) {
		BufferedImage image = new BufferedImage(2000, 200 + 90 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(Color.BLACK);
			// 12 pt at 300 dpi.
			g.setFont(new Font("DejaVu Serif", Font.PLAIN, 50));
			int y = 150;
			for (String line : lines) {
				g.drawString(line, 120, y);
				y += 90;
			}
		} finally {
			g.dispose();
		}
		return image;
	}

	public static byte[] bytes(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
