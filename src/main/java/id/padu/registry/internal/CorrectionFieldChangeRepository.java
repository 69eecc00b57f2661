package id.padu.registry.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface CorrectionFieldChangeRepository extends JpaRepository<CorrectionFieldChange, UUID> {

	List<CorrectionFieldChange> findByNikOrderByChangedAtAsc(String nik);
}
