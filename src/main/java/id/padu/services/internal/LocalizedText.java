package id.padu.services.internal;

import java.util.Locale;

/** A text a bundle gives in Indonesian and, optionally, English (Indonesian is shown when English is missing). */
record LocalizedText(String id, String en) {

	static final LocalizedText EMPTY = new LocalizedText("", null);

	String in(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : id;
	}

	boolean isBlank() {
		return id == null || id.isBlank();
	}

	@Override
	public String toString() {
		return id;
	}
}
