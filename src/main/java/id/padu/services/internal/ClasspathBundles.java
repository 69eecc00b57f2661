package id.padu.services.internal;

import id.padu.tenancy.TenantContext;
import id.padu.tenancy.TenantDirectory;
import id.padu.tenancy.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploys the bundles shipped in {@code services/bundles/<code>/} for every pemda that lacks that version
 * (or a higher one, uploaded by its admin). A pemda whose structure has no matching OPD is skipped with a
 * warning: the bundle is deployed at the next start once the OPD exists.
 */
@Component
@Order(51)
class ClasspathBundles implements ApplicationRunner {

	static final String LOCATION = "classpath*:services/bundles/*/" + ServiceBundle.MANIFEST;
	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(ClasspathBundles.class);

	private final TenantDirectory tenants;
	private final BundleRepository bundles;
	private final BundleDeployer deployer;

	ClasspathBundles(TenantDirectory tenants, BundleRepository bundles, BundleDeployer deployer) {
		this.tenants = tenants;
		this.bundles = bundles;
		this.deployer = deployer;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Resource[] manifests = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		for (Resource manifest : manifests) {
			Map<String, byte[]> files = files(manifest);
			ServiceManifest parsed = ManifestParser.parse(files.get(ServiceBundle.MANIFEST), new java.util.ArrayList<>());
			if (parsed == null) {
				log.error("Classpath service bundle {} does not parse", manifest);
				continue;
			}
			for (TenantInfo tenant : tenants.all()) {
				TenantContext.runAs(tenant.id(), () -> deployIfMissing(parsed, files, tenant));
			}
		}
	}

	private void deployIfMissing(ServiceManifest manifest, Map<String, byte[]> files, TenantInfo tenant) {
		int latest = bundles.findFirstByCodeOrderByBundleVersionDesc(manifest.code()).map(BundleRecord::bundleVersion)
			.orElse(0);
		if (latest >= manifest.version()) {
			return;
		}
		try {
			deployer.deploy(files, BundleRecord.Origin.CLASSPATH, SYSTEM);
			log.info("Service bundle {} v{} deployed for {}", manifest.code(), manifest.version(), tenant.id());
		} catch (InvalidBundleException e) {
			log.warn("Service bundle {} v{} not deployed for {}: {}", manifest.code(), manifest.version(), tenant.id(),
					e.problems().stream().map(p -> p.file() + " " + p.where() + " " + p.messageKey()).toList());
		}
	}

	static Map<String, byte[]> files(Resource manifest) {
		Map<String, byte[]> files = new TreeMap<>();
		for (String name : new String[] { ServiceBundle.MANIFEST, ServiceBundle.PROCESS, ServiceBundle.OUTPUT }) {
			try {
				Resource file = manifest.createRelative(name);
				if (file.exists()) {
					files.put(name, file.getContentAsByteArray());
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return files;
	}
}
