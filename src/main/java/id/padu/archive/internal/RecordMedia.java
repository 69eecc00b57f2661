package id.padu.archive.internal;

/** The medium of a record (media arsip). Everything but {@code ELECTRONIC} has a physical location. */
public enum RecordMedia {
	ELECTRONIC, PAPER, PHOTO, AUDIOVISUAL, MAP;

	public boolean isPhysical() {
		return this != ELECTRONIC;
	}

	public String messageKey() {
		return "archive.media." + name();
	}
}
