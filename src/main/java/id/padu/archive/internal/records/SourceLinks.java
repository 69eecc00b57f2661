package id.padu.archive.internal.records;

import id.padu.archive.internal.RecordSource;

/** The page of the object a record was filed from, for the link back ("Each shows a link back to its source"). */
final class SourceLinks {

	private SourceLinks() {
	}

	/** Null for a source without a page in Padu (a BagIt import). */
	static String of(RecordSource source) {
		if (source == null) {
			return null;
		}
		return switch (source.module()) {
			case RecordSource.OUTGOING_LETTER -> "/kantor/surat/" + source.reference();
			case RecordSource.INCOMING_LETTER -> "/kantor/surat-masuk/" + source.reference();
			case RecordSource.SERVICE_APPLICATION -> "/kantor/layanan/permohonan/" + source.reference();
			default -> null;
		};
	}
}
