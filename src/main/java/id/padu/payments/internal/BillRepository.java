package id.padu.payments.internal;

import id.padu.payments.BillStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered by Hibernate: another pemda's bills are invisible here. */
interface BillRepository extends JpaRepository<BillRecord, UUID> {

	Optional<BillRecord> findByBillingCode(String billingCode);

	Optional<BillRecord> findByBankReference(String bankReference);

	List<BillRecord> findByPayerNikOrderByIssuedAtDesc(String payerNik);

	List<BillRecord> findByStatusAndDueAtBeforeOrderByDueAt(BillStatus status, Instant now, Limit limit);

	List<BillRecord> findByStatusAndPaidAtBetweenOrderByPaidAt(BillStatus status, Instant from, Instant to);

	/** Whether any pemda has the code: billing codes are unique across all of them. */
	@Query(value = "select count(*) > 0 from bill where billing_code = :code", nativeQuery = true)
	boolean codeTakenAnywhere(String code);
}
