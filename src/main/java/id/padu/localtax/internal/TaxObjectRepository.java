package id.padu.localtax.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate: another pemda's tax objects are invisible here. */
interface TaxObjectRepository extends JpaRepository<TaxObjectRecord, UUID> {

	Optional<TaxObjectRecord> findByNop(String nop);

	List<TaxObjectRecord> findBySubjectNikOrderByNop(String subjectNik, Limit limit);

	List<TaxObjectRecord> findByNopStartingWithOrderByNop(String prefix, Limit limit);
}
