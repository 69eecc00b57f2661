package id.padu.services.internal;

import id.padu.identity.Role;

/**
 * The signed document an approved application produces: its type, title, number format (e.g.
 * {@code 470/{seq:4}/DISDUKCAPIL/{monthRoman}/{year}}) and the role that signs it.
 */
record OutputSpec(String documentType, String title, String numberFormat, Role signingRole) {
}
