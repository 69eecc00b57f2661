package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.FinalAction;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a closed berkas is due for today: leaving its OPD for the records centre once its active period ended, or
 * its final action once its inactive period ended (straight from the OPD when the JRA gives no inactive years).
 */
public enum DueStep {
	TRANSFER_INAKTIF, TRANSFER_STATIS, MUSNAH, DINILAI_KEMBALI;

	public String messageKey() {
		return "archive.lifecycle.step." + name();
	}

	/** The step of a berkas with these dates on {@code today}; empty when nothing is due (or it is open). */
	public static Optional<DueStep> of(ArchiveStage stage, LocalDate activeUntil, LocalDate inactiveUntil,
			FinalAction finalAction, LocalDate today) {
		if (activeUntil == null || inactiveUntil == null || finalAction == null) {
			return Optional.empty();
		}
		boolean dueForFinalAction = !inactiveUntil.isAfter(today)
				&& (stage == ArchiveStage.AKTIF || stage == ArchiveStage.INAKTIF);
		if (dueForFinalAction) {
			return Optional.of(switch (finalAction) {
				case MUSNAH -> MUSNAH;
				case PERMANEN -> TRANSFER_STATIS;
				case DINILAI_KEMBALI -> DINILAI_KEMBALI;
			});
		}
		if (stage == ArchiveStage.AKTIF && !activeUntil.isAfter(today)) {
			return Optional.of(TRANSFER_INAKTIF);
		}
		return Optional.empty();
	}
}
