package id.padu.documents.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class UnsafeSigningFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSigningException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, UnsafeSigningException cause) {
		return new FailureAnalysis(
				"Padu refuses to start with the prod profile while demo signing material is present:\n  - "
						+ String.join("\n  - ", cause.problems()),
				"Set PADU_SIGNING_KEY_SECRET to a long random value, remove the demo certificates "
						+ "(delete from signing_credential where source = 'DEMO') and import the heads' certificates "
						+ "from BSrE as PKCS#12 (/kantor/dokumen/sertifikat).",
				cause);
	}
}
