package id.padu.services.internal;

/** A bundle version as deployed in the current pemda: its record and its parsed files. */
record DeployedService(BundleRecord record, ServiceBundle bundle) {

	ServiceManifest manifest() {
		return bundle.manifest();
	}

	String code() {
		return record.code();
	}
}
