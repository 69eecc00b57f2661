package id.padu.registry.internal;

import java.util.List;

/**
 * Residents of one tenant were written with plain JDBC (bulk import, demo data), which Hibernate's
 * automatic indexing does not see. Published inside the writing transaction, one event per batch,
 * so the search index can catch up once the batch is committed.
 */
record ResidentsWritten(String tenantId, List<String> niks) {
}
