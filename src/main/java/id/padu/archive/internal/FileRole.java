package id.padu.archive.internal;

/** What a file of a record is: the original bytes as received, or a file derived from them. */
public enum FileRole {
	ORIGINAL, SEARCHABLE_PDF, THUMBNAIL
}
