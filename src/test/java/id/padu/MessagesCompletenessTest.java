package id.padu;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label exists in Indonesian and English, and every message key used by a template or by a
 * domain exception exists in some bundle, so no page ever shows {@code ??key_id??}.
 */
class MessagesCompletenessTest {

	static final Path BUNDLES = Path.of("src/main/resources/messages");
	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Path JAVA = Path.of("src/main/java");

	/** {@code #{key}} and {@code #{key(args)}}; dynamic keys such as {@code #{${...}}} do not match. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
	static final Pattern EXCEPTION_KEY = Pattern.compile(
			"new\\s+(?:NotFoundException|BusinessRuleViolation|InvalidIdentifierException)\\s*\\(\\s*\"([^\"]+)\"");

	/**
	 * Spring reads the bundles in order and the first definition wins, so a key defined by two
	 * modules (two forms both called {@code staffForm}) silently shows the wrong module's text.
	 */
	@Test
	void noKeyIsDefinedByTwoBundles() throws IOException {
		Map<String, List<String>> owners = new TreeMap<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")).toList()) {
				keys(bundle).forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(bundle.getFileName().toString()));
			}
		}
		owners.values().removeIf(bundles -> bundles.size() < 2);
		assertThat(owners).as("keys defined in more than one bundle").isEmpty();
	}

	/** The last of two lines with one key silently wins, so a new message can replace a label in use. */
	@Test
	void noKeyIsDefinedTwiceInOneBundle() throws IOException {
		Map<String, List<String>> repeated = new TreeMap<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
				Set<String> seen = new HashSet<>();
				for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
					String key = line.split("=", 2)[0].strip();
					if (!line.isBlank() && !line.startsWith("#") && line.contains("=") && !seen.add(key)) {
						repeated.computeIfAbsent(bundle.getFileName().toString(), k -> new ArrayList<>()).add(key);
					}
				}
			}
		}
		assertThat(repeated).as("keys defined twice in one bundle").isEmpty();
	}

	@Test
	void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Map<String, List<String>> problems = new TreeMap<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path indonesian : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")).toList()) {
				String name = indonesian.getFileName().toString();
				Path english = indonesian.resolveSibling(name.replace(".properties", "_en.properties"));
				if (!Files.exists(english)) {
					problems.put(name, List.of("no English bundle " + english.getFileName()));
					continue;
				}
				Set<String> id = keys(indonesian);
				Set<String> en = keys(english);
				List<String> missing = new ArrayList<>();
				difference(id, en).forEach(key -> missing.add(key + " missing in " + english.getFileName()));
				difference(en, id).forEach(key -> missing.add(key + " missing in " + name));
				if (!missing.isEmpty()) {
					problems.put(name, missing);
				}
			}
		}
		assertThat(problems).as("message keys missing per bundle").isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = allKeys();
		Map<String, Set<String>> missing = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.computeIfAbsent(TEMPLATES.relativize(template).toString(), k -> new TreeSet<>())
							.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).as("keys used in templates but in no bundle").isEmpty();
	}

	@Test
	void everyExceptionMessageKeyExists() throws IOException {
		Set<String> known = allKeys();
		Map<String, Set<String>> missing = new TreeMap<>();
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = EXCEPTION_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.computeIfAbsent(JAVA.relativize(source).toString(), k -> new TreeSet<>())
							.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).as("exception message keys in no bundle").isEmpty();
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
				keys.addAll(keys(bundle));
			}
		}
		return keys;
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}
}
