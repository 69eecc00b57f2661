package id.padu.localtax.internal;

/**
 * The PBB-P2 of one object for one year under a pemda's regulation:
 * NJOP = land area × NJOP land per m² + building area × NJOP building per m²; the NJOPTKP is taken off (never
 * below zero, and only for the object the taxpayer has it on); the taxed base is the Perda's share of the rest;
 * tax = base × tariff of the NJOP's band, rounded down to whole Rupiah.
 */
final class PbbCalculation {

	/** What the SPPT prints. {@code tariffBasisPoints} 10 is 0,1 %. */
	record Amounts(long njopLand, long njopBuilding, long njop, long njoptkp, long taxBase, int tariffBasisPoints,
			long tax) {
	}

	private PbbCalculation() {
	}

	static Amounts of(ObjectFacts object, PbbRegulation regulation) {
		long land = Math.multiplyExact(object.landAreaM2(), object.njopLandPerM2());
		long building = Math.multiplyExact(object.buildingAreaM2(), object.njopBuildingPerM2());
		long njop = Math.addExact(land, building);
		long njoptkp = object.njoptkpApplies() ? Math.min(njop, regulation.njoptkpRupiah()) : 0;
		long base = Math.multiplyExact(njop - njoptkp, regulation.taxBasePercent()) / 100;
		int basisPoints = regulation.basisPointsFor(njop);
		long tax = Math.multiplyExact(base, basisPoints) / 10_000;
		return new Amounts(land, building, njop, njoptkp, base, basisPoints, tax);
	}

	/** The facts of a tax object the tax depends on. */
	record ObjectFacts(long landAreaM2, long njopLandPerM2, long buildingAreaM2, long njopBuildingPerM2,
			boolean njoptkpApplies) {

		ObjectFacts {
			if (landAreaM2 <= 0 || buildingAreaM2 < 0 || njopLandPerM2 <= 0 || njopBuildingPerM2 < 0
					|| buildingAreaM2 > 0 && njopBuildingPerM2 == 0) {
				throw new IllegalArgumentException("Areas and NJOP per m² must be positive (no building: area 0)");
			}
		}
	}
}
