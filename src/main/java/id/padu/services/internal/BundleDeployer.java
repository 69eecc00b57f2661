package id.padu.services.internal;

import id.padu.audit.AuditTrail;
import id.padu.tenancy.TenantContext;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Activates a bundle version in the current pemda: validates it completely, deploys its files as one
 * Flowable deployment with the pemda as tenant, and records it. The new version serves new applications;
 * running ones keep the process definition (and form and template) they started with. Everything happens
 * in one transaction: a bundle that fails any check leaves nothing behind.
 */
@Service
class BundleDeployer {

	static final String CATEGORY = "padu-service-bundle";

	private final BundleValidator validator;
	private final BundleRepository bundles;
	private final RepositoryService repository;
	private final AuditTrail audit;
	private final Clock clock;

	BundleDeployer(BundleValidator validator, BundleRepository bundles, RepositoryService repository, AuditTrail audit,
			Clock clock) {
		this.validator = validator;
		this.bundles = bundles;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws InvalidBundleException with every problem, when the bundle may not be activated */
	@Transactional
	BundleRecord deploy(Map<String, byte[]> files, BundleRecord.Origin origin, String deployedBy) {
		ServiceBundle bundle = validator.validate(files);
		int latest = bundles.findFirstByCodeOrderByBundleVersionDesc(bundle.code()).map(BundleRecord::bundleVersion)
			.orElse(0);
		if (bundle.version() <= latest) {
			throw new InvalidBundleException(List.of(new BundleProblem(ServiceBundle.MANIFEST, "version",
					"services.bundle.problem.versionNotHigher", bundle.version(), latest)));
		}
		String tenant = TenantContext.require().value();
		DeploymentBuilder builder = repository.createDeployment().name(bundle.code() + " v" + bundle.version())
			.key(bundle.code()).category(CATEGORY).tenantId(tenant)
			.addBytes(ServiceBundle.MANIFEST, bundle.manifestBytes())
			.addBytes(ServiceBundle.PROCESS, bundle.bpmn());
		if (bundle.outputTemplate() != null) {
			builder.addString(ServiceBundle.OUTPUT, bundle.outputTemplate());
		}
		Deployment deployment;
		try {
			deployment = builder.deploy();
		} catch (FlowableException e) {
			throw new InvalidBundleException(List.of(new BundleProblem(ServiceBundle.PROCESS, "",
					"services.bundle.problem.deploy", ManifestParser.firstLine(e.getMessage()))));
		}
		String definitionId = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
			.singleResult().getId();
		BundleRecord record = bundles.save(new BundleRecord(bundle.manifest(), deployment.getId(), definitionId,
				BundleArchive.sha256(files), origin, deployedBy, clock.instant()));
		audit.record("DEPLOY", "ServiceBundle", record.getId().toString(),
				Map.of("code", record.code(), "version", record.bundleVersion(), "sha256", record.contentSha256()));
		return record;
	}
}
