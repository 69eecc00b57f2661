package id.padu.services.internal;

import id.padu.identity.Role;

import java.util.Optional;

/**
 * A BPMN candidate group: a role in an OPD, written {@code OFFICER:disdukcapil}. In a bundle the OPD may be
 * {@code ${opd}}, the bundle's responsible OPD, resolved when the task is created.
 */
record TaskGroup(Role role, String opd) {

	static final String BUNDLE_OPD = "${opd}";

	static Optional<TaskGroup> parse(String group, boolean allowBundleOpd) {
		int colon = group.indexOf(':');
		if (colon <= 0 || colon == group.length() - 1) {
			return Optional.empty();
		}
		String opd = group.substring(colon + 1);
		boolean validOpd = opd.equals(BUNDLE_OPD) ? allowBundleOpd : ManifestParser.CODE.matcher(opd).matches();
		try {
			Role role = Role.valueOf(group.substring(0, colon));
			return role.isStaff() && validOpd ? Optional.of(new TaskGroup(role, opd)) : Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	String value() {
		return role.name() + ":" + opd;
	}
}
