package id.padu.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifier of a tenant (one pemda), a lower-case slug such as {@code kota-tangerang}. */
public record TenantId(String value) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

	public TenantId {
		Objects.requireNonNull(value, "tenant id");
		if (!SLUG.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a tenant id: " + value);
		}
	}

	public static TenantId of(String value) {
		return new TenantId(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
