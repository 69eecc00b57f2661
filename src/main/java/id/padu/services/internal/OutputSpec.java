package id.padu.services.internal;

import id.padu.identity.Role;

/**
 * The signed document an approved application produces: its type, title, number format (e.g.
 * {@code 470/{seq:4}/DISDUKCAPIL/{monthRoman}/{year}}), the role that signs it, its layout ({@code a4}, or
 * {@code card} for a card-sized page) and whose name the public verification page shows: null for nobody
 * (the default), {@code applicant}, or the name of a {@code member} field.
 */
record OutputSpec(String documentType, String title, String numberFormat, Role signingRole, String layout,
		String holder) {

	static final String A4 = "a4";
	static final String CARD = "card";
	static final String APPLICANT = "applicant";
}
