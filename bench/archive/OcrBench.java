package id.padu.archive.internal.digitization;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * OCR throughput and accuracy of Padu's own OCR code path (OcrEngine + Tesseract, the worker's steps minus the
 * database): renders PAGES A4 pages of Indonesian text at 300 dpi with Java2D (a little speckle noise, PNG and TIFF
 * alternately), reads them on THREADS threads and prints pages per minute and the word accuracy against the
 * rendered text. Compiled next to target/classes by run in ocr.sh, since OcrEngine is package-private.
 * Usage: OcrBench PAGES THREADS
 */
public class OcrBench {

	static final String[] WORDS = ("surat keputusan kepala dinas perpustakaan dan kearsipan kota tangerang tentang "
			+ "penetapan jadwal retensi arsip pemerintah daerah tahun anggaran berdasarkan peraturan menteri dalam "
			+ "negeri nomor klasifikasi penyusutan pemindahan pemusnahan penyerahan arsip statis kepada lembaga "
			+ "kearsipan provinsi banten dengan berita acara yang ditandatangani pejabat berwenang setelah mendapat "
			+ "persetujuan sekretaris daerah serta pertimbangan panitia penilai arsip pada kelurahan kecamatan "
			+ "cibodas karawaci periuk pinang ciledug batuceper neglasari benda larangan jatiuwung karangtengah "
			+ "pelayanan administrasi kependudukan domisili warga masyarakat permohonan izin keramaian rapat koordinasi "
			+ "anggaran pendapatan belanja laporan pertanggungjawaban keuangan inventaris barang milik daerah")
		.split(" ");

	record Outcome(int known, int matched, boolean unreadable) {
	}

	public static void main(String[] args) throws Exception {
		int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		OcrEngine engine = new OcrEngine(new Tesseract("tesseract", Duration.ofMinutes(5)), 60);
		String reason = new Tesseract("tesseract", Duration.ofSeconds(30)).unavailableReason();
		if (reason != null) {
			throw new IllegalStateException("OCR unavailable: " + reason);
		}
		Random random = new Random(7);
		List<List<String>> texts = new ArrayList<>();
		List<byte[]> images = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			List<String> lines = new ArrayList<>();
			for (int l = 0; l < 30; l++) {
				StringBuilder line = new StringBuilder();
				while (line.length() < 60) {
					line.append(line.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
				}
				lines.add(line.toString());
			}
			texts.add(lines);
			images.add(render(lines, random, i % 2 == 0 ? "png" : "tiff"));
		}
		System.out.printf("%d pages (A4, 300 dpi, 30 lines each), %d threads, tesseract -l ind%n", pages, threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<Outcome>> futures = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			int page = i;
			futures.add(pool.submit(() -> read(engine, images.get(page), page % 2 == 0 ? "image/png" : "image/tiff",
					texts.get(page))));
		}
		int known = 0;
		int matched = 0;
		int unreadable = 0;
		for (Future<Outcome> future : futures) {
			Outcome outcome = future.get();
			known += outcome.known();
			matched += outcome.matched();
			unreadable += outcome.unreadable() ? 1 : 0;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		System.out.printf("  %.1f s, %.1f pages/minute, word accuracy %.2f %% (%d of %d words), %d pages flagged unreadable%n",
				seconds, pages / seconds * 60, 100.0 * matched / known, matched, known, unreadable);
	}

	static Outcome read(OcrEngine engine, byte[] image, String type, List<String> lines) throws Exception {
		try (OcrEngine.Result result = engine.read(List.of(new OcrEngine.Scan("bench", type,
				() -> new ByteArrayInputStream(image))))) {
			Map<String, Integer> recognised = new HashMap<>();
			for (String w : words(result.text())) {
				recognised.merge(w, 1, Integer::sum);
			}
			List<String> expected = words(String.join(" ", lines));
			int matched = 0;
			for (String w : expected) {
				Integer left = recognised.get(w);
				if (left != null && left > 0) {
					recognised.put(w, left - 1);
					matched++;
				}
			}
			return new Outcome(expected.size(), matched, result.pages().get(0).unreadable());
		}
	}

	static List<String> words(String text) {
		return List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 \n]", " ").trim().split("\\s+"));
	}

	static byte[] render(List<String> lines, Random random, String format) throws Exception {
		BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(new Color(245, 245, 240));
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(new Color(20, 20, 20));
		g.setFont(new Font("DejaVu Serif", Font.PLAIN, 50));
		int y = 300;
		for (String line : lines) {
			g.drawString(line, 250, y);
			y += 95;
		}
		// Speckles like dust on the scanner glass.
		for (int i = 0; i < 4000; i++) {
			g.setColor(new Color(random.nextInt(120), random.nextInt(120), random.nextInt(120)));
			g.fillRect(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 2, 2);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}
}
