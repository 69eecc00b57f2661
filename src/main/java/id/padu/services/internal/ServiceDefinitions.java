package id.padu.services.internal;

import id.padu.shared.NotFoundException;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current pemda's services: the active (highest) version of each, and any version an application was
 * started with. A deployed version never changes, so its parsed files are cached by record id for good.
 */
@Service
@Transactional(readOnly = true)
class ServiceDefinitions {

	private final BundleRepository bundles;
	private final RepositoryService repository;
	private final Map<UUID, ServiceBundle> parsed = new ConcurrentHashMap<>();

	ServiceDefinitions(BundleRepository bundles, RepositoryService repository) {
		this.bundles = bundles;
		this.repository = repository;
	}

	List<DeployedService> active() {
		return bundles.findActive().stream().map(this::deployed).toList();
	}

	Optional<DeployedService> active(String code) {
		return bundles.findFirstByCodeOrderByBundleVersionDesc(code).map(this::deployed);
	}

	DeployedService require(String code) {
		return active(code).orElseThrow(() -> new NotFoundException("services.service.notFound"));
	}

	/** The version an application was started with. */
	DeployedService version(UUID bundleId) {
		return bundles.findById(bundleId).map(this::deployed)
			.orElseThrow(() -> new NotFoundException("services.service.notFound"));
	}

	List<BundleRecord> versions() {
		return bundles.findAllByOrderByCodeAscBundleVersionDesc();
	}

	DeployedService deployed(BundleRecord record) {
		return new DeployedService(record, parsed.computeIfAbsent(record.getId(), id -> load(record)));
	}

	private ServiceBundle load(BundleRecord record) {
		byte[] yaml = resource(record.deploymentId(), ServiceBundle.MANIFEST);
		List<BundleProblem> problems = new ArrayList<>();
		ServiceManifest manifest = ManifestParser.parse(yaml, problems);
		if (manifest == null) {
			throw new IllegalStateException("Deployed bundle " + record.code() + " v" + record.bundleVersion()
					+ " no longer parses: " + problems);
		}
		byte[] output = manifest.output() == null ? null : resource(record.deploymentId(), ServiceBundle.OUTPUT);
		return ServiceBundle.of(manifest, yaml, resource(record.deploymentId(), ServiceBundle.PROCESS),
				output == null ? null : new String(output, StandardCharsets.UTF_8));
	}

	private byte[] resource(String deploymentId, String name) {
		try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
