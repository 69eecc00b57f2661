package id.padu.services.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from parsed YAML (maps, lists, scalars) that record a {@link BundleProblem} for every value
 * that is missing or of the wrong kind instead of failing at the first, so an admin sees all problems of
 * a bundle at once. {@code path} names the place for the message, e.g. {@code form[2].type}.
 */
final class YamlReader {

	private final String file;
	private final List<BundleProblem> problems;

	YamlReader(String file, List<BundleProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	void problem(String path, String key, Object... args) {
		problems.add(new BundleProblem(file, path, key, args));
	}

	String text(Map<?, ?> map, String key, String path, boolean required) {
		Object value = map.get(key);
		if (value == null || value.toString().isBlank()) {
			if (required) {
				problem(path(path, key), "services.bundle.problem.required");
			}
			return null;
		}
		if (value instanceof Map || value instanceof List) {
			problem(path(path, key), "services.bundle.problem.notText");
			return null;
		}
		return value.toString().strip();
	}

	Integer integer(Map<?, ?> map, String key, String path, boolean required, int min, int max) {
		Object value = map.get(key);
		if (value == null) {
			if (required) {
				problem(path(path, key), "services.bundle.problem.required");
			}
			return null;
		}
		if (!(value instanceof Number number) || number.longValue() != number.doubleValue()
				|| number.longValue() < min || number.longValue() > max) {
			problem(path(path, key), "services.bundle.problem.integer", min, max);
			return null;
		}
		return number.intValue();
	}

	Long amount(Map<?, ?> map, String key, String path) {
		Object value = map.get(key);
		if (!(value instanceof Number number) || number.longValue() != number.doubleValue() || number.longValue() <= 0) {
			problem(path(path, key), "services.bundle.problem.amount");
			return null;
		}
		return number.longValue();
	}

	boolean flag(Map<?, ?> map, String key, String path) {
		Object value = map.get(key);
		if (value == null) {
			return false;
		}
		if (!(value instanceof Boolean bool)) {
			problem(path(path, key), "services.bundle.problem.flag");
			return false;
		}
		return bool;
	}

	/** A plain string (Indonesian) or a map {@code {id: ..., en: ...}}. */
	LocalizedText localized(Map<?, ?> map, String key, String path, boolean required) {
		Object value = map.get(key);
		if (value instanceof Map<?, ?> texts) {
			String id = text(texts, "id", path(path, key), true);
			String en = text(texts, "en", path(path, key), false);
			return id == null ? null : new LocalizedText(id, en);
		}
		String id = text(map, key, path, required);
		return id == null ? null : new LocalizedText(id, null);
	}

	LocalizedText localized(Object value, String path) {
		if (value instanceof Map<?, ?> texts) {
			String id = text(texts, "id", path, true);
			return id == null ? null : new LocalizedText(id, text(texts, "en", path, false));
		}
		if (value == null || value instanceof List || value.toString().isBlank()) {
			problem(path, "services.bundle.problem.notText");
			return null;
		}
		return new LocalizedText(value.toString().strip(), null);
	}

	Map<?, ?> map(Map<?, ?> map, String key, String path, boolean required) {
		Object value = map.get(key);
		if (value == null) {
			if (required) {
				problem(path(path, key), "services.bundle.problem.required");
			}
			return null;
		}
		if (!(value instanceof Map<?, ?> child)) {
			problem(path(path, key), "services.bundle.problem.notMap");
			return null;
		}
		return child;
	}

	List<?> list(Map<?, ?> map, String key, String path) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			problem(path(path, key), "services.bundle.problem.notList");
			return List.of();
		}
		return new ArrayList<>(items);
	}

	static String path(String parent, String key) {
		return parent == null || parent.isEmpty() ? key : parent + "." + key;
	}
}
