package id.padu.services.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of form field a bundle may declare. {@code members} lets the applicant pick people from their
 * own Kartu Keluarga (the value is their NIKs), {@code member} exactly one of them (a NIK); {@code wilayah}
 * is a kelurahan/desa by Kemendagri code; {@code file} is a PDF, JPEG or PNG kept in the document store (the
 * value is its SHA-256); {@code time} an hour of the day ({@code HH:mm}).
 */
enum FieldType {
	TEXT, TEXTAREA, NUMBER, DATE, TIME, SELECT, NIK, EMAIL, PHONE, FILE, MEMBERS, MEMBER, WILAYAH;

	/** A choice among the applicant's living family members. */
	boolean picksFamily() {
		return this == MEMBERS || this == MEMBER;
	}

	String yamlName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<FieldType> byYamlName(String name) {
		return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
	}
}
