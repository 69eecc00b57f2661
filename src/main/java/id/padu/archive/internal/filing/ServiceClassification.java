package id.padu.archive.internal.filing;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The classification code and creating OPD under which a service's issued documents are filed. */
@Entity
@Table(name = "archive_service_classification")
class ServiceClassification extends TenantScopedEntity {

	private String serviceCode;
	private String classificationCode;
	private String creatorUnit;

	protected ServiceClassification() {
	}

	ServiceClassification(String serviceCode, String classificationCode, String creatorUnit) {
		this.serviceCode = serviceCode;
		this.classificationCode = classificationCode;
		this.creatorUnit = creatorUnit;
	}

	String serviceCode() {
		return serviceCode;
	}

	String classificationCode() {
		return classificationCode;
	}

	String creatorUnit() {
		return creatorUnit;
	}
}
