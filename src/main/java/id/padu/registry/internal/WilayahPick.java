package id.padu.registry.internal;

/**
 * A form that picks a kecamatan or kelurahan from the directory: the code of the chosen option, and
 * what the officer typed to find it (a name or a code).
 */
interface WilayahPick {

	String pickedCode();

	String typedQuery();
}
