import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name-search workload against a running Padu (HTTP, bearer token) and, over the same rows and the same
 * queries, a plain PostgreSQL pg_trgm similarity() query (JDBC); then NIK look-ups with concurrent
 * clients. Prints its figures and stops by itself: every loop is bounded in count and time. Talks only to
 * 127.0.0.1.
 *
 * java -cp postgresql.jar SearchBench.java base-url jdbc-url tenant queries trgm-seconds
 */
public class SearchBench {

	record Target(String nik, String name, LocalDate birth) {
	}

	record Query(String kind, String text, Integer birthYear, Target target) {
	}

	record Hit(String name, String birthDate) {
	}

	record Result(long nanos, boolean found) {
	}

	static final String[] KINDS = { "old-spelling", "abbreviation", "spacing", "typo-1", "typo-2", "prefix", "exact" };
	static final Pattern HIT = Pattern.compile("\"name\":\"([^\"]*)\",\"birthDate\":\"([0-9-]+)\"");

	/** Results asked for; the recall is judged on the first 10 of them. */
	static final int LIMIT = Integer.parseInt(System.getenv().getOrDefault("BENCH_LIMIT", "10"));

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String jdbc = args[1];
		String tenant = args[2];
		int count = Integer.parseInt(args[3]);
		int trgmSeconds = Integer.parseInt(args[4]);
		if (!base.startsWith("http://127.0.0.1:")) {
			throw new IllegalArgumentException("The benchmark talks to 127.0.0.1 only");
		}
		String token = token(base);
		List<Query> queries;
		long residents;
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
			residents = count(db, tenant);
			queries = queries(targets(db, tenant, count + 200), new Random(42));
		}
		List<Query> warmUp = queries.subList(Math.min(count, queries.size()), queries.size());
		List<Query> measured = queries.subList(0, Math.min(count, queries.size()));
		System.out.printf("%nResidents in tenant %s: %,d. Queries: %,d (%s), every second one with a birth-year filter.%n",
				tenant, residents, measured.size(), String.join(", ", KINDS));
		// Warm-up by time, with queries that are not measured: on 2 cores the JIT needs about 40 s of load before
		// the server runs at its steady speed, and a pemda's server runs for weeks.
		int warmUpSeconds = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "45"));
		long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		for (int i = 0; i == 0 || System.nanoTime() < warmUntil; i++) {
			padu(base, token, warmUp.get(i % warmUp.size()));
		}
		List<Result> padu = new ArrayList<>();
		for (Query q : measured) {
			padu.add(padu(base, token, q));
		}
		List<Result> trgm = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
			long deadline = System.nanoTime() + trgmSeconds * 1_000_000_000L;
			for (int i = 0; i < 20 && i < warmUp.size(); i++) {
				trgm(db, tenant, warmUp.get(i));
			}
			for (Query q : measured) {
				if (System.nanoTime() > deadline) {
					break;
				}
				trgm.add(trgm(db, tenant, q));
			}
		}
		List<Result> paduSame = padu.subList(0, trgm.size());
		System.out.printf("%n%-28s %18s %18s %22s%n", "", "Padu (all queries)", "Padu (same as pg)", "pg_trgm similarity()");
		row("queries", padu.size(), paduSame.size(), trgm.size());
		rowMs("latency p50 (ms)", 0.50, padu, paduSame, trgm);
		rowMs("latency p95 (ms)", 0.95, padu, paduSame, trgm);
		rowMs("latency p99 (ms)", 0.99, padu, paduSame, trgm);
		System.out.printf("%-28s %18.3f %18.3f %22.3f%n", "recall@10", recall(padu), recall(paduSame), recall(trgm));
		System.out.printf("%-28s %18s %18.1fx %21.1fx%n", "speed-up vs pg_trgm (p50/p99)", "",
				pct(trgm, 0.50) / (double) pct(paduSame, 0.50), pct(trgm, 0.99) / (double) pct(paduSame, 0.99));
		System.out.printf("%nRecall@10 by kind of query (Padu, all queries):%n");
		for (int k = 0; k < KINDS.length; k++) {
			int found = 0;
			int total = 0;
			for (int i = k; i < padu.size(); i += KINDS.length) {
				total++;
				found += padu.get(i).found() ? 1 : 0;
			}
			System.out.printf("  %-14s %.3f (%d queries)%n", KINDS[k], found / (double) total, total);
		}
		System.out.printf("%nLatency by kind of query (Padu, all queries): p50 / p99 ms%n");
		for (int k = 0; k < KINDS.length; k++) {
			List<Result> ofKind = new ArrayList<>();
			for (int i = k; i < padu.size(); i += KINDS.length) {
				ofKind.add(padu.get(i));
			}
			System.out.printf("  %-14s %6.2f / %6.2f%n", KINDS[k], pct(ofKind, 0.50) / 1e6, pct(ofKind, 0.99) / 1e6);
		}
		if (System.getenv("BENCH_SHOW_MISSES") != null) {
			for (int i = 0; i < padu.size(); i++) {
				if (!padu.get(i).found()) {
					Query q = measured.get(i);
					System.out.printf("  missed %-12s %-40s for %s (%s)%n", q.kind(), q.text(), q.target().name(),
							q.birthYear() == null ? "any year" : q.birthYear());
				}
			}
		}
		if (System.getenv("BENCH_SHOW_SLOW") != null) {
			// The slowest queries, each timed three times more: a query slow every time is slow by its content,
			// one fast the second time met something else on the machine.
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < padu.size(); i++) {
				order.add(i);
			}
			order.sort((a, b) -> Long.compare(padu.get(b).nanos(), padu.get(a).nanos()));
			for (int i : order.subList(0, Math.min(Integer.parseInt(System.getenv("BENCH_SHOW_SLOW")), order.size()))) {
				Query q = measured.get(i);
				System.out.printf("  slow %6.1f ms, again %6.1f %6.1f %6.1f  %-12s %-36s %s%n", padu.get(i).nanos() / 1e6,
						padu(base, token, q).nanos() / 1e6, padu(base, token, q).nanos() / 1e6,
						padu(base, token, q).nanos() / 1e6, q.kind(), q.text(), q.birthYear() == null ? "" : q.birthYear());
			}
		}
		if (System.getenv("BENCH_NO_LOAD") != null) {
			return;
		}
		throughput("Name searches/s, 4 clients, 15 s", 4, 15, i -> {
			padu(base, token, measured.get(i % measured.size()));
			return new Result(0, true);
		});
		List<Target> people = measured.stream().map(Query::target).toList();
		throughput("NIK look-ups/s (GET /api/v1/residents/{nik}, X-Purpose), 8 clients, 20 s", 8, 20,
				i -> lookup(base, token, people.get(i % people.size()).nik()));
	}

	interface Call {
		Result run(int i) throws Exception;
	}

	static void throughput(String label, int clients, int seconds, Call call) throws InterruptedException {
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong next = new AtomicLong();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < deadline && next.get() < 2_000_000) {
					try {
						(call.run((int) next.getAndIncrement()).found() ? ok : failed).incrementAndGet();
					} catch (Exception e) {
						failed.incrementAndGet();
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		System.out.printf("%n%s: %,.0f per second (%,d ok, %,d failed)%n", label, ok.get() / elapsed, ok.get(), failed.get());
	}

	static Result padu(String base, String token, Query q) throws Exception {
		String url = base + "/api/v1/residents?limit=" + LIMIT + "&q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8)
				+ (q.birthYear() == null ? "" : "&birthYear=" + q.birthYear());
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
			.header("X-Purpose", "Uji beban pencarian").build();
		long started = System.nanoTime();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		long nanos = System.nanoTime() - started;
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Search " + q.text() + ": " + response.statusCode() + " " + response.body());
		}
		List<Hit> hits = new ArrayList<>();
		Matcher m = HIT.matcher(response.body());
		while (m.find()) {
			hits.add(new Hit(m.group(1), m.group(2)));
		}
		return new Result(nanos, found(q, hits));
	}

	static Result lookup(String base, String token, String nik) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/residents/" + nik))
			.header("Authorization", "Bearer " + token).header("X-Purpose", "Uji beban NIK").build();
		long started = System.nanoTime();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		return new Result(System.nanoTime() - started, response.statusCode() == 200);
	}

	static Result trgm(Connection db, String tenant, Query q) throws Exception {
		String sql = "select full_name, birth_date from resident where tenant_id = ? and full_name % ?"
				+ (q.birthYear() == null ? "" : " and birth_date >= ? and birth_date < ?")
				+ " order by similarity(full_name, ?) desc limit 10";
		long started = System.nanoTime();
		List<Hit> hits = new ArrayList<>();
		try (PreparedStatement s = db.prepareStatement(sql)) {
			int p = 1;
			s.setString(p++, tenant);
			s.setString(p++, q.text());
			if (q.birthYear() != null) {
				s.setDate(p++, Date.valueOf(LocalDate.of(q.birthYear(), 1, 1)));
				s.setDate(p++, Date.valueOf(LocalDate.of(q.birthYear() + 1, 1, 1)));
			}
			s.setString(p, q.text());
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					hits.add(new Hit(rs.getString(1), rs.getString(2)));
				}
			}
		}
		return new Result(System.nanoTime() - started, found(q, hits));
	}

	/**
	 * Recall@10: a query counts as found when one of its first 10 results has the target's canonical name
	 * (see {@link #canonical}) and, when the query filters by birth year, was born in that year. Many
	 * residents share a name; any of them is the right answer to a query made from that name.
	 */
	static boolean found(Query q, List<Hit> hits) {
		String wanted = canonical(q.target().name());
		for (int i = 0; i < hits.size() && i < 10; i++) {
			Hit hit = hits.get(i);
			if (canonical(hit.name()).equals(wanted)
					&& (q.birthYear() == null || hit.birthDate().startsWith(q.birthYear() + "-"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The canonical form of a name: what an officer means when two spellings are "the same name". Lower
	 * case without accents and punctuation, titles (H., Hj.) dropped, the 1972 spelling (oe→u, dj→j, tj→c,
	 * ch→kh, j→y), abbreviations written out (Moh./Mochammad/Muhamad→Muhammad, St.→Siti, Abd.→Abdul,
	 * Achmad→Ahmad), spaces removed.
	 */
	static String canonical(String name) {
		String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		s = s.replaceAll("(?<![a-z])(h|hj|haji|hadji|hajah|hadjah|hajjah)(?![a-z])\\.?", " ");
		s = " " + s.replaceAll("[^a-z]+", " ").trim() + " ";
		s = s.replace("oe", "u").replace("dj", "j").replace("tj", "c").replace("ch", "kh").replace("j", "y");
		s = s.replaceAll(" (moh|mohd|mhd|muh|mokh|mohamad|mohammad|mohamed|mohammed|muhamad|muhammed|mukhamad|mukhammad|mokhamad|mokhammad)(?= )",
				" muhammad");
		s = s.replaceAll(" (akhmad|akhmat|ahmat)(?= )", " ahmad").replaceAll(" (st|sitti)(?= )", " siti")
			.replaceAll(" (abd|abdl)(?= )", " abdul");
		return s.replace(" ", "");
	}

	static List<Target> targets(Connection db, String tenant, int n) throws Exception {
		try (var seed = db.prepareStatement("select setseed(0.42)")) {
			seed.execute();
		}
		List<Target> targets = new ArrayList<>();
		try (PreparedStatement s = db.prepareStatement(
				"select nik, full_name, birth_date from resident where tenant_id = ? order by random() limit ?")) {
			s.setString(1, tenant);
			s.setInt(2, n);
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					targets.add(new Target(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()));
				}
			}
		}
		return targets;
	}

	static long count(Connection db, String tenant) throws Exception {
		try (PreparedStatement s = db.prepareStatement("select count(*) from resident where tenant_id = ?")) {
			s.setString(1, tenant);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	static List<Query> queries(List<Target> targets, Random random) {
		List<Query> queries = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			Target t = targets.get(i);
			String kind = KINDS[i % KINDS.length];
			String text = Variants.of(kind, t.name(), random);
			queries.add(new Query(kind, text, i % 2 == 1 ? t.birth().getYear() : null, t));
		}
		return queries;
	}

	static void row(String label, int a, int b, int c) {
		System.out.printf("%-28s %18d %18d %22d%n", label, a, b, c);
	}

	static void rowMs(String label, double p, List<Result> a, List<Result> b, List<Result> c) {
		System.out.printf("%-28s %18.2f %18.2f %22.2f%n", label, pct(a, p) / 1e6, pct(b, p) / 1e6, pct(c, p) / 1e6);
	}

	static long pct(List<Result> results, double p) {
		if (results.isEmpty()) {
			return 0;
		}
		long[] nanos = results.stream().mapToLong(Result::nanos).toArray();
		Arrays.sort(nanos);
		return nanos[Math.max(0, (int) Math.ceil(p * nanos.length) - 1)];
	}

	static double recall(List<Result> results) {
		return results.isEmpty() ? 0 : results.stream().filter(Result::found).count() / (double) results.size();
	}

	static String token(String base) throws Exception {
		String basic = Base64.getEncoder().encodeToString("demo-integrasi:padu-demo-secret".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=registry.read")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
		if (response.statusCode() != 200 || !m.find()) {
			throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
		}
		return m.group(1);
	}

	/** How officers mistype and re-spell names: each kind makes one query from a registered name. */
	static final class Variants {

		static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();
		static final Map<String, String> SPACING = new LinkedHashMap<>();

		static {
			String[][] pairs = { { "Muhammad", "Moh." }, { "Moh.", "Muhammad" }, { "Mochammad", "Muhamad" },
					{ "Muhamad", "Mochammad" }, { "Mohamad", "Muhammad" }, { "Siti", "St." }, { "St.", "Siti" },
					{ "Abdul", "Abd." }, { "Abd.", "Abdul" }, { "Achmad", "Ahmad" }, { "Ahmad", "Achmad" },
					{ "H.", "" }, { "Hj.", "" } };
			for (String[] p : pairs) {
				ABBREVIATIONS.put(p[0], p[1]);
			}
			String[][] spacing = { { "Nurhayati", "Nur Hayati" }, { "Nurjanah", "Nur Janah" }, { "Nurlaela", "Nur Laela" },
					{ "Khairunnisa", "Khairun Nisa" }, { "Noerhajati", "Noer Hajati" } };
			for (String[] p : spacing) {
				SPACING.put(p[0], p[1]);
				SPACING.put(p[1], p[0]);
			}
		}

		static String of(String kind, String name, Random random) {
			String variant = switch (kind) {
				case "old-spelling" -> spelling(name);
				case "abbreviation" -> abbreviation(name);
				case "spacing" -> spacing(name, random);
				case "typo-1" -> typos(name, 1, random);
				case "typo-2" -> typos(name, 2, random);
				case "prefix" -> prefix(name);
				default -> name;
			};
			return variant.equals(name) && !kind.equals("exact") ? typos(name, 1, random) : variant.strip();
		}

		/** Old spelling to new for names written the old way, new to old for the rest. */
		static String spelling(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			String converted;
			if (lower.contains("oe") || lower.contains("dj") || lower.contains("tj")) {
				converted = lower.replace("dj", "\u0001").replace("tj", "\u0002").replace("j", "y").replace("oe", "u")
					.replace("\u0001", "j").replace("\u0002", "c");
			} else {
				StringBuilder out = new StringBuilder();
				for (String word : lower.split(" ")) {
					out.append(out.isEmpty() ? "" : " ").append(word.endsWith(".") ? word
							: word.replace("j", "dj").replace("y", "j").replace("c", "tj").replace("u", "oe"));
				}
				converted = out.toString();
			}
			return capitalize(converted);
		}

		static String abbreviation(String name) {
			List<String> words = new ArrayList<>(List.of(name.split(" ")));
			for (int i = 0; i < words.size(); i++) {
				String replacement = ABBREVIATIONS.get(words.get(i));
				if (replacement != null) {
					words.set(i, replacement);
					return String.join(" ", words).replaceAll(" +", " ").strip();
				}
			}
			return name;
		}

		/** Known compound names apart or together; otherwise two words run together, or a long word split. */
		static String spacing(String name, Random random) {
			for (Map.Entry<String, String> e : SPACING.entrySet()) {
				if (name.contains(e.getKey())) {
					return name.replace(e.getKey(), e.getValue());
				}
			}
			String[] words = name.split(" ");
			if (words.length >= 2 && random.nextBoolean()) {
				int at = random.nextInt(words.length - 1);
				words[at] = words[at] + words[at + 1].toLowerCase(Locale.ROOT);
				words[at + 1] = "";
				return String.join(" ", words).replaceAll(" +", " ");
			}
			int longest = longest(words);
			String w = words[longest];
			if (w.length() >= 7) {
				int cut = w.length() / 2;
				words[longest] = w.substring(0, cut) + " " + w.substring(cut);
				return String.join(" ", words);
			}
			return name;
		}

		/** Edits in the longest word (two when it has 8 letters or more), or one in each of two words. */
		static String typos(String name, int edits, Random random) {
			String[] words = name.split(" ");
			int longest = longest(words);
			if (words[longest].length() < 4) {
				return name;
			}
			if (edits == 2 && words[longest].length() < 8) {
				words[longest] = edit(words[longest], random);
				for (int i = 0; i < words.length; i++) {
					if (i != longest && words[i].length() >= 4 && !words[i].endsWith(".")) {
						words[i] = edit(words[i], random);
						break;
					}
				}
				return String.join(" ", words);
			}
			for (int e = 0; e < edits; e++) {
				words[longest] = edit(words[longest], random);
			}
			return String.join(" ", words);
		}

		/** The officer is still typing: the last word only partly there (at least 3 letters). */
		static String prefix(String name) {
			String[] words = name.split(" ");
			String last = words[words.length - 1];
			int keep = Math.max(3, (last.length() * 2 + 2) / 3);
			if (keep >= last.length()) {
				return name;
			}
			words[words.length - 1] = last.substring(0, keep);
			return String.join(" ", words);
		}

		static String edit(String word, Random random) {
			String letters = "aeiklmnprstuw";
			int at = 1 + random.nextInt(word.length() - 1);
			char c = letters.charAt(random.nextInt(letters.length()));
			return switch (random.nextInt(4)) {
				case 0 -> word.substring(0, at) + c + word.substring(Math.min(word.length(), at + 1)); // substitution
				case 1 -> word.substring(0, at) + word.substring(at + 1); // deletion
				case 2 -> word.substring(0, at) + c + word.substring(at); // insertion
				default -> at + 1 < word.length() // transposition
						? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
						: word.substring(0, at) + c;
			};
		}

		static int longest(String[] words) {
			int best = 0;
			for (int i = 1; i < words.length; i++) {
				if (words[i].length() > words[best].length()) {
					best = i;
				}
			}
			return best;
		}

		static String capitalize(String lower) {
			StringBuilder out = new StringBuilder();
			for (String word : lower.split(" ")) {
				if (!word.isEmpty()) {
					out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
				}
			}
			return out.toString();
		}
	}
}
