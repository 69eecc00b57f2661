package id.padu.services.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every JPA repository. */
interface ApplicationRepository extends JpaRepository<ServiceApplication, UUID> {

	Optional<ServiceApplication> findByTrackingNumber(String trackingNumber);

	Optional<ServiceApplication> findByApplicantAccountAndIdempotencyKey(UUID account, String idempotencyKey);

	Optional<ServiceApplication> findByProcessInstanceId(String processInstanceId);

	List<ServiceApplication> findTop100ByApplicantAccountOrderBySubmittedAtDesc(UUID account);

	List<ServiceApplication> findTop100ByApplicantNikOrderBySubmittedAtDesc(String nik);

	boolean existsByTrackingNumber(String trackingNumber);
}
