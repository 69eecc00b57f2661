package id.padu.admission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SchoolRepository extends JpaRepository<School, UUID> {

	Optional<School> findByNpsn(String npsn);

	List<School> findAllByOrderByLevelAscNameAsc();
}
