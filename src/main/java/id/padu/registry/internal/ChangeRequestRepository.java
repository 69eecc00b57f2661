package id.padu.registry.internal;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/**
 * Tenant-filtered like every JPA repository. Lists are bounded: a desk shows the oldest waiting first.
 * The bounded lists fetch no collection, so the database applies the limit; their items then load in
 * batches ({@code @BatchSize} on {@link ChangeRequest}), not one query per request.
 */
interface ChangeRequestRepository extends JpaRepository<ChangeRequest, UUID> {

	List<ChangeRequest> findTop200ByStatusOrderByRequestedAtAsc(ChangeRequestStatus status);

	List<ChangeRequest> findTop200ByOrderByRequestedAtDesc();

	List<ChangeRequest> findTop100ByRequestedByOrderByRequestedAtDesc(String requestedBy);

	@EntityGraph(attributePaths = "items")
	List<ChangeRequest> findByNikAndStatus(String nik, ChangeRequestStatus status);

	List<ChangeRequest> findByStatus(ChangeRequestStatus status);
}
