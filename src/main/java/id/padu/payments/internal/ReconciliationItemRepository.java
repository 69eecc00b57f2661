package id.padu.payments.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate. */
interface ReconciliationItemRepository extends JpaRepository<ReconciliationItem, UUID> {

	Optional<ReconciliationItem> findFirstByBankReferenceOrderByReceivedAt(String bankReference);

	List<ReconciliationItem> findByResolvedAtIsNullOrderByReceivedAt();

	/** Received at or after {@code from} and before {@code to}. */
	@Query("select i from ReconciliationItem i where i.receivedAt >= :from and i.receivedAt < :to order by i.receivedAt")
	List<ReconciliationItem> receivedBetween(Instant from, Instant to);

	List<ReconciliationItem> findByBillIdOrderByReceivedAt(UUID billId);

	long countByResolvedAtIsNull();

	long countByResolvedAtIsNullAndReceivedAtBefore(Instant before);
}
