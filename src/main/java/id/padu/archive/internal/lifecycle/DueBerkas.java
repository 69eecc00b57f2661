package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.FinalAction;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the due list. {@code openProposalId} is the undecided proposal the berkas is in, if any. */
public record DueBerkas(UUID id, String berkasNumber, String title, String classificationCode, String opdCode,
		String opdName, ArchiveStage stage, LocalDate closedOn, LocalDate activeUntil, LocalDate inactiveUntil,
		FinalAction finalAction, DueStep step, boolean held, UUID openProposalId, String openProposalNumber) {

	public boolean proposable() {
		return !held && openProposalId == null;
	}
}
