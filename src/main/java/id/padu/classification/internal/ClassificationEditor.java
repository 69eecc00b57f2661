package id.padu.classification.internal;

import id.padu.classification.Classification;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the pemda's scheme by its archivist or admin. Codes are never deleted: letters and records
 * filed under a code keep pointing at it, so a code that is no longer wanted is retired instead. Every
 * change is an entity change and lands in the audit chain through the Hibernate listeners.
 */
@Service
@Transactional
class ClassificationEditor {

	private final ClassificationCodeRepository codes;

	ClassificationEditor(ClassificationCodeRepository codes) {
		this.codes = codes;
	}

	Classification add(String parentCode, String code, String name) {
		ClassificationCode parent = require(parentCode);
		String wanted = code == null ? null : code.strip();
		SubCodeRule.check(parent.code(), wanted);
		if (codes.findByCode(wanted).isPresent()) {
			throw new BusinessRuleViolation("classification.code.taken", wanted);
		}
		return codes.save(new ClassificationCode(wanted, name.strip(), parent.code())).toClassification();
	}

	Classification rename(String code, String name) {
		ClassificationCode found = require(code);
		found.rename(name.strip());
		return found.toClassification();
	}

	Classification retire(String code) {
		ClassificationCode found = require(code);
		found.retire();
		return found.toClassification();
	}

	Classification reactivate(String code) {
		ClassificationCode found = require(code);
		found.reactivate();
		return found.toClassification();
	}

	private ClassificationCode require(String code) {
		return codes.findByCode(code == null ? "" : code.strip())
			.orElseThrow(() -> new NotFoundException("classification.code.notFound"));
	}
}
