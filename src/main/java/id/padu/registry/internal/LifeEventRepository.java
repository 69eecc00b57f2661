package id.padu.registry.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface LifeEventRepository extends JpaRepository<LifeEvent, UUID> {

	List<LifeEvent> findByNikOrderByDateAscRecordedAtAsc(String nik);
}
