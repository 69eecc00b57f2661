package id.padu.classification.internal;

import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
class JpaClassificationScheme implements ClassificationScheme {

	private final ClassificationCodeRepository codes;

	JpaClassificationScheme(ClassificationCodeRepository codes) {
		this.codes = codes;
	}

	@Override
	public Optional<Classification> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return codes.findByCode(code.strip()).map(ClassificationCode::toClassification);
	}

	@Override
	public Classification requireActive(String code) {
		Classification found = find(code).orElseThrow(() -> new BusinessRuleViolation("classification.code.unknown"));
		if (!found.active()) {
			throw new BusinessRuleViolation("classification.code.retired");
		}
		return found;
	}

	@Override
	public List<Classification> children(String parentCode) {
		List<ClassificationCode> found = parentCode == null ? codes.findByParentCodeIsNullOrderBySortKey()
				: codes.findByParentCodeOrderBySortKey(parentCode);
		return found.stream().map(ClassificationCode::toClassification).toList();
	}

	@Override
	public List<Classification> search(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String query = text.strip();
		Map<String, Classification> found = new LinkedHashMap<>();
		codes.findTop50ByActiveTrueAndCodeStartingWithOrderBySortKey(query)
			.forEach(c -> found.put(c.code(), c.toClassification()));
		codes.findTop50ByActiveTrueAndNameContainingIgnoreCaseOrderBySortKey(query)
			.forEach(c -> found.putIfAbsent(c.code(), c.toClassification()));
		return found.values().stream().limit(Math.max(0, limit)).toList();
	}
}
