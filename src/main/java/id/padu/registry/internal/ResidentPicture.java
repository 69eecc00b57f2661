package id.padu.registry.internal;

import id.padu.registry.FamilyRecord;
import id.padu.registry.LifeEventEntry;
import id.padu.registry.ResidentField;
import id.padu.registry.ResidentRecord;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What one read returned: the record, and the family and history when those fields were asked for. */
record ResidentPicture(ResidentRecord resident, Set<ResidentField> fields, Optional<FamilyRecord> family,
		List<LifeEventEntry> events) {
}
