package id.padu.admission.internal;

/** A point on the earth in WGS 84 decimal degrees. */
record GeoPoint(double latitude, double longitude) {

	/** The IUGG mean earth radius; the spherical model is off by at most 0.5 %, far below a house's size here. */
	static final double EARTH_RADIUS_METRES = 6_371_008.8;

	/** Great-circle (haversine) distance in whole metres. */
	long metresTo(GeoPoint other) {
		double phi1 = Math.toRadians(latitude);
		double phi2 = Math.toRadians(other.latitude);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a))));
	}
}
