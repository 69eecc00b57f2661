package id.padu.archive.internal;

import id.padu.classification.SecurityClass;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a record is filed with. {@code berkasId} null: an automatic filing ({@code source} set) goes to the year's
 * berkas of its code and OPD, a manual one gets a berkas of its own.
 */
public record RecordDraft(String title, LocalDate date, String classificationCode, String creatorUnit,
		SecurityClass securityClass, String description, RecordMedia media, Integer pageCount,
		PhysicalLocation location, UUID berkasId, RecordSource source) {

	public RecordDraft {
		title = title == null ? null : title.strip();
		description = description == null || description.isBlank() ? null : description.strip();
		securityClass = securityClass == null ? SecurityClass.BIASA : securityClass;
		media = media == null ? RecordMedia.ELECTRONIC : media;
		location = location == null ? PhysicalLocation.NONE : location;
	}
}
