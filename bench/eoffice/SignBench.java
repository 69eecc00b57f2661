import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letter signing under concurrency against a running Padu: {@code sekretariat} drafts and submits LETTERS nota
 * dinas (not timed), then THREADS clients signed in as {@code kadis} sign them all at once through
 * {@code POST /api/v1/letters/{id}/sign}, plus WRONG extra letters with a wrong passphrase mixed in. Prints the
 * numbers issued, duplicates, gaps and signings per second. Usage: java SignBench.java BASE LETTERS THREADS WRONG
 */
public class SignBench {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"[^/]*/(\\d+)/");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int letters = Integer.parseInt(args[1]);
		int threads = Integer.parseInt(args[2]);
		int wrong = Integer.parseInt(args[3]);
		HttpClient drafter = signIn(base, "sekretariat");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < letters + wrong; i++) {
			String body = "{\"type\":\"nota-dinas\",\"classificationCode\":\"400\",\"subject\":\"Uji beban " + i
					+ "\",\"body\":\"Isi surat uji beban.\",\"signerUsername\":\"kadis\",\"reviewerUsernames\":[],"
					+ "\"recipients\":[{\"username\":\"kabid\"}]}";
			HttpResponse<String> made = post(drafter, base + "/api/v1/letters", body);
			Matcher id = ID.matcher(made.body());
			if (made.statusCode() != 201 || !id.find()) {
				throw new IllegalStateException("draft failed: " + made.statusCode() + " " + made.body());
			}
			ids.add(id.group(1));
			post(drafter, base + "/api/v1/letters/" + id.group(1) + "/submit", "{}");
		}
		List<HttpClient> signers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			signers.add(signIn(base, "kadis"));
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order);
		ConcurrentLinkedQueue<Integer> numbers = new ConcurrentLinkedQueue<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			HttpClient http = signers.get(t);
			pool.submit(() -> {
				for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
					int i = order.get(k);
					String passphrase = i < letters ? "padu-demo" : "salah-" + i;
					try {
						HttpResponse<String> signed = post(http, base + "/api/v1/letters/" + ids.get(i) + "/sign",
								"{\"passphrase\":\"" + passphrase + "\"}");
						Matcher number = NUMBER.matcher(signed.body());
						if (signed.statusCode() == 200 && number.find()) {
							numbers.add(Integer.parseInt(number.group(1)));
						} else if (signed.statusCode() == 422 && i >= letters) {
							refused.incrementAndGet();
						} else {
							failed.incrementAndGet();
							System.err.println("unexpected: " + signed.statusCode() + " " + signed.body());
						}
					} catch (Exception e) {
						failed.incrementAndGet();
						System.err.println("error: " + e);
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		TreeSet<Integer> distinct = new TreeSet<>(numbers);
		int duplicates = numbers.size() - distinct.size();
		int gaps = distinct.isEmpty() ? 0 : distinct.last() - distinct.first() + 1 - distinct.size();
		System.out.printf("   signed: %d of %d (%d threads), refused wrong passphrase: %d of %d, other failures: %d%n",
				numbers.size(), letters, threads, refused.get(), wrong, failed.get());
		System.out.printf("   numbers issued: %d..%d, duplicates: %d, gaps: %d%n", distinct.isEmpty() ? 0 : distinct.first(),
				distinct.isEmpty() ? 0 : distinct.last(), duplicates, gaps);
		System.out.printf("   %.1f s, %.1f signings/s%n", seconds, numbers.size() / seconds);
		if (duplicates != 0 || gaps != 0 || numbers.size() != letters || failed.get() != 0) {
			System.exit(1);
		}
	}

	static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpClient signIn(String base, String username) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + username + "&password=padu-demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + login.statusCode() + " " + location);
		}
		return http;
	}
}
