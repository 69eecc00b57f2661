package id.padu.eoffice;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of naskah dinas (Permendagri 1/2023 on tata naskah dinas). {@link #slug} is how the API and page
 * addresses name them, e.g. {@code nota-dinas}.
 */
public enum LetterType {
	SURAT_DINAS, NOTA_DINAS, SURAT_UNDANGAN, SURAT_EDARAN, SURAT_KEPUTUSAN, SURAT_TUGAS, MEMO;

	public String slug() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Optional<LetterType> ofSlug(String slug) {
		return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst();
	}

	/** Message key of its label, e.g. {@code eoffice.letterType.NOTA_DINAS}. */
	public String messageKey() {
		return "eoffice.letterType." + name();
	}
}
