package id.padu.audit.internal;

import jakarta.persistence.Entity;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An unambiguous text form of a value, so that equal states always give the same digest. Every
 * value is written as a type letter plus a length-prefixed string ({@code s5:Hello}); maps, records
 * and sets are sorted, lists keep their order. Nothing relies on {@code toString()} of entities.
 */
final class CanonicalForm {

	private CanonicalForm() {
	}

	static String encode(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value);
		return out.toString();
	}

	/** Length-prefixed string: {@code 5:Hello}; {@code null} is {@code -}, which no string starts with. */
	static void field(StringBuilder out, String value) {
		if (value == null) {
			out.append('-');
		} else {
			out.append(value.length()).append(':').append(value);
		}
	}

	static String sha256Hex(String text) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static void write(StringBuilder out, Object value) {
		if (value == null) {
			out.append('n');
		} else if (value instanceof CharSequence text) {
			tagged(out, 's', text.toString());
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
				|| value instanceof Short || value instanceof Byte || value instanceof Character) {
			tagged(out, 'p', value.toString());
		} else if (value instanceof BigDecimal decimal) {
			tagged(out, 'd', decimal.toPlainString());
		} else if (value instanceof Number number) {
			tagged(out, 'd', number.toString());
		} else if (value instanceof Enum<?> constant) {
			tagged(out, 'e', constant.name());
		} else if (value instanceof OffsetDateTime time) {
			tagged(out, 't', time.toInstant().toString());
		} else if (value instanceof ZonedDateTime time) {
			tagged(out, 't', time.toInstant().toString());
		} else if (value instanceof Instant || value instanceof TemporalAccessor) {
			tagged(out, 't', value.toString());
		} else if (value instanceof byte[] bytes) {
			tagged(out, 'b', HexFormat.of().formatHex(bytes));
		} else if (value instanceof Map<?, ?> map) {
			writeMap(out, map);
		} else if (value instanceof Set<?> set) {
			List<String> elements = new ArrayList<>();
			set.forEach(element -> elements.add(encode(element)));
			elements.sort(null);
			writeList(out, 'S', elements);
		} else if (value instanceof Collection<?> list) {
			writeList(out, 'L', list.stream().map(CanonicalForm::encode).toList());
		} else if (value instanceof Object[] array) {
			writeList(out, 'L', java.util.Arrays.stream(array).map(CanonicalForm::encode).toList());
		} else if (value.getClass().isRecord()) {
			writeMap(out, recordComponents(value));
		} else if (value.getClass().isAnnotationPresent(Entity.class)) {
			throw new IllegalArgumentException("Pass a record of the relevant fields, not the entity "
					+ value.getClass().getSimpleName());
		} else {
			// Value types such as UUID, Nik or KodeWilayah: their text form is their identity.
			tagged(out, 'v', value.getClass().getSimpleName() + "=" + value);
		}
	}

	private static void tagged(StringBuilder out, char tag, String text) {
		out.append(tag);
		field(out, text);
	}

	private static void writeMap(StringBuilder out, Map<?, ?> map) {
		TreeMap<String, String> sorted = new TreeMap<>();
		map.forEach((key, element) -> sorted.put(encode(key), encode(element)));
		out.append('M').append(sorted.size()).append('{');
		sorted.forEach((key, element) -> out.append(key).append(element));
		out.append('}');
	}

	private static void writeList(StringBuilder out, char tag, List<String> elements) {
		out.append(tag).append(elements.size()).append('[');
		elements.forEach(out::append);
		out.append(']');
	}

	private static Map<String, Object> recordComponents(Object record) {
		Map<String, Object> values = new TreeMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			try {
				component.getAccessor().setAccessible(true);
				values.put(component.getName(), component.getAccessor().invoke(record));
			} catch (ReflectiveOperationException | RuntimeException e) {
				throw new IllegalArgumentException("Cannot read " + component.getName() + " of " + record.getClass(), e);
			}
		}
		return values;
	}
}
