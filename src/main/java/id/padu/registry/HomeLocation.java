package id.padu.registry;

import id.padu.shared.BusinessRuleViolation;

/**
 * Where a family's house stands, as WGS 84 latitude and longitude in decimal degrees, as surveyed or confirmed
 * by an officer. Kept with the Kartu Keluarga because school admission (zonasi) measures the distance from home.
 */
public record HomeLocation(double latitude, double longitude) {

	/** Indonesia from Sabang to Merauke and Miangas to Rote, with a margin: anything else is a typing error. */
	public HomeLocation {
		if (!(latitude >= -12 && latitude <= 7 && longitude >= 94 && longitude <= 142)) {
			throw new BusinessRuleViolation("registry.location.outside");
		}
	}
}
