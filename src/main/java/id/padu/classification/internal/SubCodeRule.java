package id.padu.classification.internal;

import id.padu.shared.BusinessRuleViolation;

import java.util.regex.Pattern;

/**
 * A new code sits exactly one level below its parent: the parent's code, a dot and one number
 * ({@code 400.3} → {@code 400.3.14}), so that the code alone tells where it belongs in the scheme.
 */
final class SubCodeRule {

	static final Pattern CODE = Pattern.compile("\\d{3}(\\.\\d{1,3})*");

	private SubCodeRule() {
	}

	static void check(String parentCode, String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new BusinessRuleViolation("classification.code.format");
		}
		if (!parentCode.equals(ClassificationCode.parentOf(code))) {
			throw new BusinessRuleViolation("classification.code.notUnderParent", parentCode);
		}
	}
}
