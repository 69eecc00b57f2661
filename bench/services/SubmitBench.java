import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public-services workload against a running Padu, signed in as the demo citizen {@code warga} through the real
 * login form. Modes:
 * <ul>
 * <li>{@code submit BASE CLIENTS SECONDS}: applications for Kartu Berobat Puskesmas through
 * {@code POST /api/v1/applications} (each with its own Idempotency-Key: registry prefill, validation, insert and
 * the Flowable process start with its first user task, all in one transaction); prints submissions/s.</li>
 * <li>{@code page BASE REQUESTS}: the citizen's service page {@code GET /warga/layanan/kartu-puskesmas} (catalog,
 * registry read with purpose, form with prefilled values); prints p50/p95/p99.</li>
 * <li>{@code stream BASE CLIENTS ACKFILE}: submits until the server dies and appends every acknowledged
 * submission ({@code idempotencyKey id n}) to ACKFILE the moment its 201 arrives (crash test).</li>
 * <li>{@code replay BASE ACKFILE}: sends each acknowledged key again after the restart and checks that the
 * answer names the same application (prints mismatches).</li>
 * </ul>
 */
public class SubmitBench {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	static final String SERVICE = "kartu-puskesmas";
	static final String[] PUSKESMAS = { "tangerang", "cibodas", "karawaci-baru", "cipondoh", "periuk-jaya" };

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String base = args[1];
		HttpClient http = signIn(base);
		switch (mode) {
			case "submit" -> submit(http, base, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			case "page" -> page(http, base, Integer.parseInt(args[2]));
			case "stream" -> stream(http, base, Integer.parseInt(args[2]), Path.of(args[3]));
			case "replay" -> replay(http, base, Path.of(args[2]));
			default -> throw new IllegalArgumentException(mode);
		}
	}

	static HttpClient signIn(String base) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=warga&password=padu-demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + location);
		}
		return http;
	}

	static HttpResponse<String> apply(HttpClient http, String base, String key, int n) throws IOException, InterruptedException {
		String body = "{\"serviceCode\":\"" + SERVICE + "\",\"data\":{\"pasien\":\"3671014508900003\",\"puskesmas\":\""
				+ PUSKESMAS[Math.floorMod(n, PUSKESMAS.length)] + "\",\"golonganDarah\":\"O\",\"alergi\":\"Uji beban " + n + "\"}}";
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/applications")).timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json").header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static void submit(HttpClient http, String base, int clients, int seconds) throws Exception {
		// Warm-up, not counted: on 2 cores the JIT compiles for about two minutes under load before the server
		// reaches its steady speed (per-thread CPU of the compiler threads, measured with the NIK look-ups).
		int warmUp = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "120"));
		runFor(http, base, clients, warmUp, new AtomicInteger(), new AtomicInteger());
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		long started = System.nanoTime();
		runFor(http, base, clients, seconds, ok, failed);
		double elapsed = (System.nanoTime() - started) / 1e9;
		System.out.printf("Submissions/s with process start, %d clients, %d s: %.0f per second (%,d created, %,d failed)%n",
				clients, seconds, ok.get() / elapsed, ok.get(), failed.get());
	}

	static void runFor(HttpClient http, String base, int clients, int seconds, AtomicInteger ok, AtomicInteger failed)
			throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicInteger n = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(started(() -> {
				while (System.nanoTime() < end) {
					try {
						HttpResponse<String> r = apply(http, base, UUID.randomUUID().toString(), n.incrementAndGet());
						if (r.statusCode() == 201) {
							ok.incrementAndGet();
						} else {
							if (failed.incrementAndGet() <= 3) {
								System.err.println("answer " + r.statusCode() + ": " + r.body());
							}
						}
					} catch (Exception e) {
						failed.incrementAndGet();
					}
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
	}

	static void page(HttpClient http, String base, int requests) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/warga/layanan/" + SERVICE)).build();
		for (int i = 0; i < 50; i++) {
			http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			long t = System.nanoTime();
			HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
			millis.add((System.nanoTime() - t) / 1e6);
			if (r.statusCode() != 200 || !r.body().contains("3671014508900003")) {
				throw new IllegalStateException("service page answered " + r.statusCode() + " without the prefilled NIK");
			}
		}
		Collections.sort(millis);
		System.out.printf("Citizen's service page (GET /warga/layanan/%s, prefilled), %d requests one after another: "
				+ "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", SERVICE, requests, pct(millis, 50), pct(millis, 95),
				pct(millis, 99));
	}

	static Thread started(Runnable work) {
		Thread thread = new Thread(work);
		thread.start();
		return thread;
	}

	static double pct(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	static void stream(HttpClient http, String base, int clients, Path ackFile) throws Exception {
		AtomicBoolean down = new AtomicBoolean();
		AtomicInteger n = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(started(() -> {
				while (!down.get()) {
					String key = UUID.randomUUID().toString();
					int number = n.incrementAndGet();
					try {
						HttpResponse<String> r = apply(http, base, key, number);
						Matcher id = ID.matcher(r.body());
						if (r.statusCode() == 201 && id.find()) {
							synchronized (SubmitBench.class) {
								Files.writeString(ackFile, key + " " + id.group(1) + " " + number + "\n", StandardCharsets.UTF_8,
										java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
							}
						}
					} catch (IOException e) {
						down.set(true);
					} catch (InterruptedException e) {
						return;
					}
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		System.out.println("   server gone after " + n.get() + " submissions sent");
	}

	static void replay(HttpClient http, String base, Path ackFile) throws Exception {
		int same = 0;
		int different = 0;
		for (String line : Files.readAllLines(ackFile)) {
			String[] parts = line.split(" ");
			// The identical request again: Padu must answer 200 with the application acknowledged before the crash.
			HttpResponse<String> r = apply(http, base, parts[0], Integer.parseInt(parts[2]));
			Matcher id = ID.matcher(r.body());
			if (r.statusCode() == 200 && id.find() && id.group(1).equals(parts[1])) {
				same++;
			} else {
				different++;
				System.err.println("replay of " + parts[0] + ": " + r.statusCode() + " " + r.body());
			}
		}
		System.out.printf("   replayed %d acknowledged keys after the restart: %d answered with their application, %d did not%n",
				same + different, same, different);
	}
}
