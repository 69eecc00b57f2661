package id.padu.classification;

/**
 * One code of the scheme, e.g. {@code 400.3.5}. {@code parentCode} is the code one level up ({@code 400.3}), null
 * for the ten main codes. A retired code ({@code active} false) stays readable for what was filed under it but
 * takes no new letters or records.
 */
public record Classification(String code, String name, String parentCode, boolean active) {

	/** 1 for a main code ({@code 400}), 2 for {@code 400.3}, and so on. */
	public int level() {
		return code.split("\\.").length;
	}
}
