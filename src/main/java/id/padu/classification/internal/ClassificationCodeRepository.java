package id.padu.classification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ClassificationCodeRepository extends JpaRepository<ClassificationCode, UUID> {

	Optional<ClassificationCode> findByCode(String code);

	List<ClassificationCode> findByParentCodeOrderBySortKey(String parentCode);

	List<ClassificationCode> findByParentCodeIsNullOrderBySortKey();

	List<ClassificationCode> findTop50ByActiveTrueAndCodeStartingWithOrderBySortKey(String prefix);

	List<ClassificationCode> findTop50ByActiveTrueAndNameContainingIgnoreCaseOrderBySortKey(String text);
}
