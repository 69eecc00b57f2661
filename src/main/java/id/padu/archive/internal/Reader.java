package id.padu.archive.internal;

import java.util.Set;

/**
 * Who is reading the archive, as {@link RecordAccessPolicy} needs it: the OPDs of the positions held today
 * (definitive or acting) and the OPDs whose head position is among them. An OAuth client has no position: it
 * reads what any staff member reads.
 */
public record Reader(String name, boolean client, boolean archivist, boolean admin, Set<String> opds, Set<String> headedOpds) {

	public Reader {
		opds = Set.copyOf(opds);
		headedOpds = Set.copyOf(headedOpds);
	}

	public static Reader client(String clientId) {
		return new Reader(clientId, true, false, false, Set.of(), Set.of());
	}
}
