package id.padu.archive.internal.digitization;

import id.padu.archive.internal.PhysicalLocation;
import id.padu.archive.internal.RecordMedia;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The metadata a batch's records share. {@code oneRecord}: all files are the pages of one record; otherwise each
 * file is a record of its own, titled by the batch title and the file name.
 */
record BatchRequest(String title, String classificationCode, String creatorUnit, LocalDate date, RecordMedia media,
		PhysicalLocation location, UUID berkasId, boolean oneRecord) {
}
