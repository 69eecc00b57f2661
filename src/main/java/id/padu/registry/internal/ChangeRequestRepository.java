package id.padu.registry.internal;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** Tenant-filtered like every JPA repository. Lists are bounded: a desk shows the oldest waiting first. */
interface ChangeRequestRepository extends JpaRepository<ChangeRequest, UUID> {

	@EntityGraph(attributePaths = "items")
	List<ChangeRequest> findTop200ByStatusOrderByRequestedAtAsc(ChangeRequestStatus status);

	@EntityGraph(attributePaths = "items")
	List<ChangeRequest> findTop200ByOrderByRequestedAtDesc();

	@EntityGraph(attributePaths = "items")
	List<ChangeRequest> findTop100ByRequestedByOrderByRequestedAtDesc(String requestedBy);

	@EntityGraph(attributePaths = "items")
	List<ChangeRequest> findByNikAndStatus(String nik, ChangeRequestStatus status);

	List<ChangeRequest> findByStatus(ChangeRequestStatus status);
}
