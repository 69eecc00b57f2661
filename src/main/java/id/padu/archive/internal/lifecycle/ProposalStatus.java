package id.padu.archive.internal.lifecycle;

/** A proposal waits for the head of its OPD, who approves it (with a signed berita acara) or rejects it. */
public enum ProposalStatus {
	PROPOSED, APPROVED, REJECTED;

	public String messageKey() {
		return "archive.lifecycle.status." + name();
	}
}
