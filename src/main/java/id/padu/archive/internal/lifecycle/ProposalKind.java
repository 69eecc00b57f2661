package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;

/** What a proposal asks for, and the stage its berkas reach once the head approves it. */
public enum ProposalKind {
	TRANSFER_INAKTIF(ArchiveStage.INAKTIF), TRANSFER_STATIS(ArchiveStage.STATIS), MUSNAH(ArchiveStage.MUSNAH);

	private final ArchiveStage target;

	ProposalKind(ArchiveStage target) {
		this.target = target;
	}

	public ArchiveStage target() {
		return target;
	}

	public String messageKey() {
		return "archive.lifecycle.kind." + name();
	}

	/** The title of its berita acara, always in Indonesian: it is an official document. */
	public String beritaAcaraTitle() {
		return switch (this) {
			case TRANSFER_INAKTIF -> "Berita Acara Pemindahan Arsip Inaktif";
			case TRANSFER_STATIS -> "Berita Acara Serah Terima Arsip Statis";
			case MUSNAH -> "Berita Acara Pemusnahan Arsip";
		};
	}

	String numberCode() {
		return switch (this) {
			case TRANSFER_INAKTIF -> "PINDAH";
			case TRANSFER_STATIS -> "SERAH";
			case MUSNAH -> "MUSNAH";
		};
	}
}
