package id.padu.archive.internal.lifecycle;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** One berkas of a proposal's daftar arsip, in the order the archivist listed them. */
@Entity
@Table(name = "disposal_proposal_item")
public class DisposalProposalItem extends TenantScopedEntity {

	private UUID proposalId;
	private UUID berkasId;
	private int itemOrder;
	private String note;

	protected DisposalProposalItem() {
	}

	DisposalProposalItem(UUID proposalId, UUID berkasId, int itemOrder, String note) {
		this.proposalId = proposalId;
		this.berkasId = berkasId;
		this.itemOrder = itemOrder;
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	public UUID proposalId() {
		return proposalId;
	}

	public UUID berkasId() {
		return berkasId;
	}

	public int itemOrder() {
		return itemOrder;
	}

	public String note() {
		return note;
	}
}
