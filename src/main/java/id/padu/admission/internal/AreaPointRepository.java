package id.padu.admission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface AreaPointRepository extends JpaRepository<AreaPoint, UUID> {

	Optional<AreaPoint> findByKelurahanKode(String kelurahanKode);
}
