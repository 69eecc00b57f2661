package id.padu.registry;

import id.padu.shared.NomorKk;

import java.util.Optional;

/**
 * The home location of a Kartu Keluarga (nullable columns of the family). Reading it names a {@link Purpose}
 * and is logged for every member like any other read of the family; setting it is an officer's act, kept in
 * the audit chain. Empty when nobody has recorded the location yet: callers decide their own fallback.
 */
public interface FamilyLocations {

	Optional<HomeLocation> find(NomorKk nomorKk, Purpose purpose);

	/** @throws id.padu.shared.NotFoundException when the pemda has no such family */
	void record(NomorKk nomorKk, HomeLocation location);
}
