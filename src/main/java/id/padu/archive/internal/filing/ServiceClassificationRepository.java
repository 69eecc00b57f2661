package id.padu.archive.internal.filing;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface ServiceClassificationRepository extends JpaRepository<ServiceClassification, UUID> {

	Optional<ServiceClassification> findByServiceCode(String serviceCode);
}
