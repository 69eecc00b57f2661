package id.padu.archive.internal.lifecycle;

import id.padu.shared.BusinessRuleViolation;

/**
 * Which proposal a due berkas may be in: the kind must be the step it is due for. A berkas to be reassessed
 * (DINILAI_KEMBALI) goes to the regional archive, or is destroyed only with the archivist's note saying why its
 * value no longer warrants keeping it.
 */
public final class DisposalPolicy {

	private DisposalPolicy() {
	}

	/**
	 * @param step what the berkas is due for today, null when nothing is due
	 * @throws BusinessRuleViolation when the berkas may not be in a proposal of this kind
	 */
	public static void check(ProposalKind kind, DueStep step, String note, String berkasNumber) {
		if (step == null) {
			throw new BusinessRuleViolation("archive.lifecycle.proposal.notDue", berkasNumber);
		}
		boolean fits = switch (kind) {
			case TRANSFER_INAKTIF -> step == DueStep.TRANSFER_INAKTIF;
			case TRANSFER_STATIS -> step == DueStep.TRANSFER_STATIS || step == DueStep.DINILAI_KEMBALI;
			case MUSNAH -> step == DueStep.MUSNAH || step == DueStep.DINILAI_KEMBALI;
		};
		if (!fits) {
			throw new BusinessRuleViolation("archive.lifecycle.proposal.wrongKind", berkasNumber);
		}
		if (kind == ProposalKind.MUSNAH && step == DueStep.DINILAI_KEMBALI && (note == null || note.isBlank())) {
			throw new BusinessRuleViolation("archive.lifecycle.proposal.assessmentNote", berkasNumber);
		}
	}
}
