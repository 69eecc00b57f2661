package id.padu.admission.internal;

/**
 * How a distance was measured: from the family's recorded house location, from the reference point of the
 * family's kelurahan (less precise: everyone in the kelurahan gets the same distance), or not at all.
 */
enum LocationPrecision {
	HOME, KELURAHAN, NONE
}
