package id.padu.services.internal;

/**
 * A validated bundle: the parsed manifest plus the raw files as deployed (BPMN and output template).
 * {@code outputTemplate} is null when the service produces no document.
 */
record ServiceBundle(ServiceManifest manifest, byte[] manifestBytes, byte[] bpmn, String outputTemplate) {

	static final String MANIFEST = "service.yml";
	static final String PROCESS = "process.bpmn20.xml";
	static final String OUTPUT = "output.html";

	String code() {
		return manifest.code();
	}

	int version() {
		return manifest.version();
	}
}
