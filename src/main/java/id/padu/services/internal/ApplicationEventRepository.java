package id.padu.services.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, UUID> {

	List<ApplicationEvent> findByApplicationIdOrderByHappenedAtAscIdAsc(UUID applicationId);
}
