package id.padu.identity.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class UnsafeProductionFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeProductionException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, UnsafeProductionException cause) {
		return new FailureAnalysis(
				"Padu refuses to start with the prod profile while demo data is present:\n  - "
						+ String.join("\n  - ", cause.problems()),
				"Start with PADU_DEMO_ENABLED=false on a database without demo data: remove the demo accounts "
						+ "and the demo-integrasi client, and give every account its own password.",
				cause);
	}
}
