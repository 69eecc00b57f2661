package id.padu.archive.internal.records;

import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;
import id.padu.classification.SecurityClass;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The metadata of a record filed by hand or by API ({@code metadata} part of {@code POST /api/v1/archive/records}).
 * {@code creatorUnit} defaults to the OPD of the caller's position.
 */
record RecordInput(String title, String classificationCode, LocalDate date, String description, UUID berkasId,
		String creatorUnit, SecurityClass securityClass, RecordMedia media, Integer pageCount,
		PhysicalLocation location) {
}
