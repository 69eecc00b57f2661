package id.padu.archive.internal.lifecycle;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;
import java.util.UUID;

interface LegalHoldRepository extends JpaRepository<LegalHold, UUID> {

	List<LegalHold> findByBerkasIdOrderByPlacedAtDesc(UUID berkasId);

	List<LegalHold> findByBerkasIdAndReleasedAtIsNull(UUID berkasId);

	@Query("select distinct h.berkasId from LegalHold h where h.releasedAt is null")
	Set<UUID> heldBerkas();
}
