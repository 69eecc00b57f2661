package id.padu.archive.internal.lifecycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface RetentionDueNoticeRepository extends JpaRepository<RetentionDueNotice, UUID> {

	boolean existsByBerkasIdAndDueStep(UUID berkasId, DueStep dueStep);
}
