package id.padu.documents.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes as black-and-white PNG (no transparency, as PDF/A likes it), a few pixels per module so that PDF
 * viewers scaling the image keep the edges sharp, with the four-module quiet zone scanners need.
 */
final class QrCodes {

	private static final int PIXELS_PER_MODULE = 8;
	private static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	static byte[] png(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
			int modules = matrix.getWidth() + 2 * QUIET_ZONE;
			int size = modules * PIXELS_PER_MODULE;
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					int mx = x / PIXELS_PER_MODULE - QUIET_ZONE;
					int my = y / PIXELS_PER_MODULE - QUIET_ZONE;
					boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
					image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (WriterException e) {
			throw new IllegalArgumentException("Text too long for a QR code", e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String pngDataUri(String text) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text));
	}
}
