package id.padu.admission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	Optional<Registration> findByApplicationId(UUID applicationId);

	List<Registration> findByPeriodIdOrderBySubmittedAtAsc(UUID periodId);

	List<Registration> findByPeriodIdAndStatusIn(UUID periodId, Collection<RegistrationStatus> statuses);

	long countByPeriodIdAndStatus(UUID periodId, RegistrationStatus status);
}
