package id.padu.documents.internal;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A stand-in emblem for the demo cities: a shield with a star over a river, drawn with shapes only (no fonts, so it
 * draws the same on a server without fonts). It is not any pemda's official lambang, which the demo cannot ship; an
 * ADMIN replaces it on the letterhead page.
 */
final class DemoEmblem {

	private static final int WIDTH = 200;
	private static final int HEIGHT = 240;

	private DemoEmblem() {
	}

	static byte[] png(Color field) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			GeneralPath shield = new GeneralPath();
			shield.moveTo(10, 10);
			shield.lineTo(190, 10);
			shield.lineTo(190, 120);
			shield.quadTo(190, 200, 100, 232);
			shield.quadTo(10, 200, 10, 120);
			shield.closePath();
			g.setColor(field);
			g.fill(shield);
			g.setColor(new Color(0xD4, 0xA0, 0x17));
			g.setStroke(new BasicStroke(8));
			g.draw(shield);
			g.setColor(Color.WHITE);
			g.fill(star(100, 78, 42, 17));
			g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			for (int y = 140; y <= 180; y += 20) {
				Path2D wave = new Path2D.Double();
				wave.moveTo(40, y);
				wave.curveTo(70, y - 12, 90, y + 12, 120, y);
				wave.curveTo(140, y - 8, 150, y + 6, 160, y);
				g.draw(wave);
			}
		} finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path2D star(double cx, double cy, double outer, double inner) {
		Path2D star = new Path2D.Double();
		for (int i = 0; i < 10; i++) {
			double radius = i % 2 == 0 ? outer : inner;
			double angle = Math.PI / 5 * i - Math.PI / 2;
			double x = cx + radius * Math.cos(angle);
			double y = cy + radius * Math.sin(angle);
			if (i == 0) {
				star.moveTo(x, y);
			} else {
				star.lineTo(x, y);
			}
		}
		star.closePath();
		return star;
	}
}
