package id.padu.eoffice.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.BusinessRuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each issuing unit's short name and number pattern; a unit without a setting uses its code and the default pattern. */
@Service
@Transactional
class UnitSettings {

	private final UnitSettingRepository settings;
	private final People people;

	UnitSettings(UnitSettingRepository settings, People people) {
		this.settings = settings;
		this.people = people;
	}

	@Transactional(readOnly = true)
	String shortName(String unitCode) {
		return settings.findByUnitCode(unitCode).map(UnitSetting::getShortName)
			.orElseGet(() -> NumberPattern.defaultShortName(unitCode));
	}

	@Transactional(readOnly = true)
	NumberPattern pattern(String unitCode) {
		return new NumberPattern(settings.findByUnitCode(unitCode).map(UnitSetting::getPattern).orElse(null));
	}

	/** Sets a unit's short name and pattern (ADMIN or SECRETARIAT); the pattern is checked before it is kept. */
	void change(String unitCode, String shortName, String pattern, PaduUser user) {
		if (!user.has(Role.ADMIN) && !user.has(Role.SECRETARIAT)) {
			throw new AccessDeniedException("eoffice.settings");
		}
		if (People.blank(shortName) || shortName.strip().length() > 40 || !shortName.strip().matches("[\\p{L}\\p{N}.\\-]+")) {
			throw new BusinessRuleViolation("eoffice.unit.shortName");
		}
		String checked = People.blank(pattern) ? null : new NumberPattern(pattern.strip()).pattern();
		people.headPositionOf(unitCode).orElseThrow(() -> new BusinessRuleViolation("eoffice.recipient.unknownUnit", unitCode));
		settings.findByUnitCode(unitCode).ifPresentOrElse(s -> s.change(shortName.strip(), checked),
				() -> settings.save(new UnitSetting(unitCode, shortName.strip(), checked)));
	}
}
