package id.padu.archive.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RetentionRuleRepository extends JpaRepository<RetentionRule, UUID> {

	Optional<RetentionRule> findByClassificationCode(String classificationCode);

	List<RetentionRule> findAllByOrderByClassificationCode();
}
