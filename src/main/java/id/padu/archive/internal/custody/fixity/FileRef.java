package id.padu.archive.internal.custody.fixity;

import java.util.UUID;

/** An archive file as a run needs it: which file, of which record, stored under which SHA-256. */
record FileRef(UUID id, UUID recordId, String sha256) {
}
