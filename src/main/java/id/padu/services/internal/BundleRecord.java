package id.padu.services.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One deployed version of a service bundle in one pemda. The files themselves are resources of the Flowable
 * deployment ({@code deploymentId}); applications point here, so each one keeps the form, process and
 * template of the version it was started with.
 */
@Entity
@Table(name = "service_bundle")
class BundleRecord extends TenantScopedEntity {

	enum Origin { CLASSPATH, UPLOAD }

	private String code;
	@Column(name = "bundle_version")
	private int bundleVersion;
	private String name;
	@Column(name = "opd_code")
	private String opdCode;
	@Column(name = "deployment_id")
	private String deploymentId;
	@Column(name = "process_definition_id")
	private String processDefinitionId;
	@Column(name = "content_sha256")
	private String contentSha256;
	@Enumerated(EnumType.STRING)
	private Origin origin;
	@Column(name = "deployed_by")
	private String deployedBy;
	@Column(name = "deployed_at")
	private Instant deployedAt;

	protected BundleRecord() {
	}

	BundleRecord(ServiceManifest manifest, String deploymentId, String processDefinitionId, String contentSha256,
			Origin origin, String deployedBy, Instant deployedAt) {
		this.code = manifest.code();
		this.bundleVersion = manifest.version();
		this.name = manifest.name().id();
		this.opdCode = manifest.opd();
		this.deploymentId = deploymentId;
		this.processDefinitionId = processDefinitionId;
		this.contentSha256 = contentSha256;
		this.origin = origin;
		this.deployedBy = deployedBy;
		this.deployedAt = deployedAt;
	}

	String code() {
		return code;
	}

	int bundleVersion() {
		return bundleVersion;
	}

	String name() {
		return name;
	}

	String opdCode() {
		return opdCode;
	}

	String deploymentId() {
		return deploymentId;
	}

	String processDefinitionId() {
		return processDefinitionId;
	}

	String contentSha256() {
		return contentSha256;
	}

	Origin origin() {
		return origin;
	}

	String deployedBy() {
		return deployedBy;
	}

	Instant deployedAt() {
		return deployedAt;
	}
}
