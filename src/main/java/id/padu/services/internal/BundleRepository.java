package id.padu.services.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenant-filtered like every JPA repository: a pemda sees only its own bundle versions. */
interface BundleRepository extends JpaRepository<BundleRecord, UUID> {

	/** The active version of every service: the highest version of each code. */
	@Query("select b from BundleRecord b where b.bundleVersion = "
			+ "(select max(o.bundleVersion) from BundleRecord o where o.code = b.code) order by b.name")
	List<BundleRecord> findActive();

	Optional<BundleRecord> findFirstByCodeOrderByBundleVersionDesc(String code);

	List<BundleRecord> findByCodeOrderByBundleVersionDesc(String code);

	boolean existsByCodeAndBundleVersion(String code, int bundleVersion);

	List<BundleRecord> findAllByOrderByCodeAscBundleVersionDesc();
}
