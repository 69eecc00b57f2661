package id.padu.admission.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface QuotaRepository extends JpaRepository<SchoolQuota, UUID> {

	List<SchoolQuota> findByPeriodId(UUID periodId);

	Optional<SchoolQuota> findByPeriodIdAndSchoolId(UUID periodId, UUID schoolId);
}
