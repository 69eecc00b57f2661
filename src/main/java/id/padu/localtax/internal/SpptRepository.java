package id.padu.localtax.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate. */
interface SpptRepository extends JpaRepository<SpptRecord, UUID> {

	Optional<SpptRecord> findByNopAndTaxYear(String nop, int taxYear);

	List<SpptRecord> findByNopOrderByTaxYearDesc(String nop);

	long countByTaxYearAndStatus(int taxYear, SpptRecord.Status status);
}
