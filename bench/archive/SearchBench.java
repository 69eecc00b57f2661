import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Archive search workload against a running Padu: GET /api/v1/archive/search with a bearer token of the demo
 * client (scope archive.read: it reads what any staff member reads, so the access filter is part of every query).
 * Queries are one word, two words, and one word with a facet filter (main classification code or year), drawn
 * from the seeder's vocabulary. Warms up by time, then measures one query at a time and prints p50/p95/p99.
 * Talks only to 127.0.0.1.
 *
 * java -cp classes SearchBench base-url queries (compiled with SeedRecords, whose vocabulary it shares)
 */
public class SearchBench {

	static final String[] KINDS = { "one word", "two words", "word + classification", "word + year" };
	static final String[] MAIN_CODES = { "000", "100", "200", "300", "400", "500", "600", "700", "800", "900" };
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = Integer.parseInt(args[1]);
		if (!base.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("The benchmark talks to 127.0.0.1 only");
		}
		String token = token(base);
		Random random = new Random(42);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < count + 500; i++) {
			queries.add(query(i % KINDS.length, random));
		}
		int warmUpSeconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "120"));
		long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		for (int i = 0; i == 0 || System.nanoTime() < warmUntil; i++) {
			get(base, token, queries.get(count + i % 500));
		}
		long[] all = new long[count];
		int hits = 0;
		for (int i = 0; i < count; i++) {
			long started = System.nanoTime();
			String body = get(base, token, queries.get(i));
			all[i] = System.nanoTime() - started;
			hits += body.startsWith("[{") ? 1 : 0;
		}
		System.out.printf("%nQueries: %,d (%s), 20 hits a page with snippets; %,d answered with hits.%n", count,
				String.join(", ", KINDS), hits);
		print("all queries", all);
		for (int k = 0; k < KINDS.length; k++) {
			long[] ofKind = new long[(count - k + KINDS.length - 1) / KINDS.length];
			for (int i = k, j = 0; i < count; i += KINDS.length, j++) {
				ofKind[j] = all[i];
			}
			print(KINDS[k], ofKind);
		}
	}

	static String query(int kind, Random random) {
		String word = SeedRecords.word(random);
		return switch (kind) {
			case 0 -> "q=" + encode(word);
			case 1 -> "q=" + encode(word + " " + SeedRecords.word(random));
			case 2 -> "q=" + encode(word) + "&classification=" + MAIN_CODES[random.nextInt(MAIN_CODES.length)];
			default -> "q=" + encode(word) + "&year=" + (2010 + random.nextInt(16));
		};
	}

	static void print(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("  %-24s p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms%n", label, pct(sorted, 0.50),
				pct(sorted, 0.95), pct(sorted, 0.99));
	}

	static double pct(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	static String get(String base, String token, String query) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/archive/search?" + query))
			.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static String token(String base) throws Exception {
		String basic = java.util.Base64.getEncoder().encodeToString("demo-integrasi:padu-demo-secret".getBytes());
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=archive.read")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException("No token: " + response.body());
		}
		return token.group(1);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
