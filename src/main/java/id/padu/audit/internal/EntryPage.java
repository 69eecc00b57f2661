package id.padu.audit.internal;

import java.util.List;

/** A page of entries, newest first; {@code page} counts from 0. */
public record EntryPage(List<AuditEntryView> content, int page, int size, long totalElements, int totalPages) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}
}
