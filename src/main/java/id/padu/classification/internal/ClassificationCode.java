package id.padu.classification.internal;

import id.padu.classification.Classification;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One code of one pemda's scheme. */
@Entity
@Table(name = "classification_code")
class ClassificationCode extends TenantScopedEntity {

	private String code;
	@Column(name = "sort_key")
	private String sortKey;
	private String name;
	@Column(name = "parent_code")
	private String parentCode;
	private boolean active;

	protected ClassificationCode() {
	}

	ClassificationCode(String code, String name, String parentCode) {
		this.code = code;
		this.sortKey = sortKey(code);
		this.name = name;
		this.parentCode = parentCode;
		this.active = true;
	}

	/** {@code 400.3.5} sorts as {@code 400.003.005}, so that 400.3 comes before 400.10. */
	static String sortKey(String code) {
		StringBuilder key = new StringBuilder();
		for (String segment : code.split("\\.")) {
			key.append(key.isEmpty() ? "" : ".").append("0".repeat(Math.max(0, 3 - segment.length()))).append(segment);
		}
		return key.toString();
	}

	/** The code one level up: {@code 400.3} for {@code 400.3.5}, null for a main code. */
	static String parentOf(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? null : code.substring(0, dot);
	}

	Classification toClassification() {
		return new Classification(code, name, parentCode, active);
	}

	String code() {
		return code;
	}

	void rename(String name) {
		this.name = name;
	}

	void retire() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}
}
