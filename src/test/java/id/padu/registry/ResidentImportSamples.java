package id.padu.registry;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid SIAK rows for import tests, each with a NIK and Nomor KK no other test (and no demo resident)
 * uses: serials from 1000 up, per JVM, on random dates; plus an HTTP session that can send raw bytes.
 */
final class ResidentImportSamples {

	static final String HEADER = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,agama,status_perkawinan,"
			+ "pekerjaan,alamat,rt,rw,kode_wilayah,hubungan_keluarga";
	private static final Random RANDOM = new Random();
	private static final AtomicInteger SERIAL = new AtomicInteger(1000 + RANDOM.nextInt(4000));

	/** One resident row; {@code with...} copies change one value. */
	record Person(String nik, String kk, String name, String birthPlace, LocalDate birthDate, String gender,
			String religion, String marital, String occupation, String street, String rt, String rw, String kelurahan,
			String relationship) {

		String csv() {
			return String.join(",", nik, kk, name, birthPlace, birthDate.toString(), gender, religion, marital,
					occupation, '"' + street + '"', rt, rw, kelurahan, relationship);
		}

		Person withOccupation(String value) {
			return new Person(nik, kk, name, birthPlace, birthDate, gender, religion, marital, value, street, rt, rw,
					kelurahan, relationship);
		}

		Person withKelurahan(String value) {
			return new Person(nik, kk, name, birthPlace, birthDate, gender, religion, marital, occupation, street, rt, rw,
					value, relationship);
		}
	}

	private ResidentImportSamples() {
	}

	static String kk(String kecamatan) {
		LocalDate issued = LocalDate.of(2015, 1, 1).plusDays(RANDOM.nextInt(3000));
		return kecamatan + String.format("%02d%02d%02d%04d", issued.getDayOfMonth(), issued.getMonthValue(),
				issued.getYear() % 100, SERIAL.incrementAndGet() % 9000 + 1000);
	}

	static Person person(String kk, String relationship, boolean female, String kelurahan) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(RANDOM.nextInt(365 * 55));
		String kecamatan = kelurahan.substring(0, 8).replace(".", "");
		String nik = kecamatan + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (female ? 40 : 0),
				birth.getMonthValue(), birth.getYear() % 100, SERIAL.incrementAndGet() % 9000 + 1000);
		String name = (female ? "Sri Wahyuni " : "Budi Santoso ") + Integer.toString(RANDOM.nextInt(1 << 20), 36);
		return new Person(nik, kk, name, "Tangerang", birth, female ? "P" : "L", "ISLAM",
				relationship.equals("ANAK") ? "BELUM KAWIN" : "KAWIN", "Karyawan Swasta", "Jl. Merdeka No. 1, Blok A",
				"3", "04", kelurahan, relationship);
	}

	static String csv(Person... people) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (Person p : people) {
			csv.append(p.csv()).append("\r\n");
		}
		return csv.toString();
	}

	/** A signed-in session through the real login form that can post any bytes. */
	static final class Session {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		private final String base;

		Session(int port, String username) throws IOException, InterruptedException {
			base = "http://localhost:" + port;
			Matcher csrf = CSRF.matcher(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body());
			if (!csrf.find()) {
				throw new IllegalStateException("no CSRF token");
			}
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=padu-demo&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("sign-in failed for " + username);
			}
		}

		HttpResponse<String> post(String contentType, byte[] body, String... headers) throws IOException, InterruptedException {
			return post(contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
		}

		HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body, String... headers)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/residents/import"))
				.header("Content-Type", contentType).POST(body);
			if (headers.length > 0) {
				request.headers(headers);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> csv(String body, String... headers) throws IOException, InterruptedException {
			return post("text/csv", body.getBytes(StandardCharsets.UTF_8), headers);
		}
	}
}
