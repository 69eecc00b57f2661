package id.padu.registry.internal;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one import. {@code errors} holds the first {@link ResidentImportRun#MAX_ERRORS}
 * problems; {@code errorCount} counts them all, {@code rejected} counts the rows they rejected.
 */
record ResidentImportResult(UUID id, long rows, long imported, long updated, long rejected, long errorCount,
		List<ResidentImportError> errors) {
}
