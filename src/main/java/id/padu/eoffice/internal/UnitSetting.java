package id.padu.eoffice.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How an issuing unit writes its letter numbers: its short name ("Disdukcapil") and its pattern (null: the default). */
@Entity
@Table(name = "letter_unit_setting")
class UnitSetting extends TenantScopedEntity {

	private String unitCode;
	private String shortName;
	private String pattern;

	protected UnitSetting() {
	}

	UnitSetting(String unitCode, String shortName, String pattern) {
		this.unitCode = unitCode;
		change(shortName, pattern);
	}

	void change(String newShortName, String newPattern) {
		shortName = newShortName;
		pattern = newPattern;
	}

	String getUnitCode() { return unitCode; }
	String getShortName() { return shortName; }
	String getPattern() { return pattern; }
}
