package id.padu.archive.internal;

import id.padu.classification.Classification;
import id.padu.classification.ClassificationScheme;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The current pemda's JRA. A code without its own line takes its nearest parent's ({@code 400.3.5} falls back to
 * {@code 400.3}, then {@code 400}): the JRA regulation itself is written that way, a main line covering every
 * code below it unless a sub-code is listed.
 */
@Service
public class RetentionSchedule {

	private final RetentionRuleRepository rules;
	private final ClassificationScheme scheme;
	private final Clock clock;

	RetentionSchedule(RetentionRuleRepository rules, ClassificationScheme scheme, Clock clock) {
		this.rules = rules;
		this.scheme = scheme;
		this.clock = clock;
	}

	/** The rule that applies to the code: its own line or the nearest parent's. */
	@Transactional(readOnly = true)
	public Optional<RetentionRule> ruleFor(String classificationCode) {
		String code = classificationCode;
		while (code != null) {
			Optional<RetentionRule> own = rules.findByClassificationCode(code);
			if (own.isPresent()) {
				return own;
			}
			code = scheme.find(code).map(Classification::parentCode).orElse(parentOf(code));
		}
		return Optional.empty();
	}

	/**
	 * The retention of a code.
	 *
	 * @throws BusinessRuleViolation {@code archive.retention.missing} when neither the code nor any parent has a line
	 */
	@Transactional(readOnly = true)
	public Retention require(String classificationCode) {
		return ruleFor(classificationCode).map(RetentionRule::retention)
			.orElseThrow(() -> new BusinessRuleViolation("archive.retention.missing", classificationCode));
	}

	@Transactional(readOnly = true)
	public List<RetentionRule> all() {
		return rules.findAllByOrderByClassificationCode();
	}

	/** Sets the line of a code (an existing, active code of the scheme), replacing what it had. */
	@Transactional
	public RetentionRule set(String classificationCode, Retention retention, String note, String actor) {
		String code = scheme.requireActive(classificationCode).code();
		return rules.findByClassificationCode(code).map(rule -> {
			rule.change(retention, note, actor, clock.instant());
			return rule;
		}).orElseGet(() -> rules.save(new RetentionRule(code, retention, note, actor, clock.instant())));
	}

	/** {@code 400.3.5} → {@code 400.3}; a main code has none. */
	static String parentOf(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? null : code.substring(0, dot);
	}
}
