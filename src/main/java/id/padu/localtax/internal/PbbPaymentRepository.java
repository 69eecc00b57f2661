package id.padu.localtax.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate. */
interface PbbPaymentRepository extends JpaRepository<PbbPaymentRecord, UUID> {

	Optional<PbbPaymentRecord> findByReference(String reference);

	List<PbbPaymentRecord> findBySpptIdOrderByCreatedAtDesc(UUID spptId);
}
