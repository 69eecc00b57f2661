package id.padu.audit;

import id.padu.audit.PersonalDataAccessLog.AccessorKind;
import id.padu.audit.PersonalDataAccessLog.Channel;

import java.time.Instant;
import java.util.List;

/** One logged read of a person's data. {@code unit} is the reader's OPD when staff, otherwise null. */
public record PersonalDataAccess(Instant at, AccessorKind accessorKind, String accessorName, String accessorDisplay,
		String unit, String purpose, List<String> fields, Channel channel) {
}
