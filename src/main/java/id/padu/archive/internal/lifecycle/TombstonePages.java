package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.ArchiveFileRepository;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.documents.DocumentIssuer;
import id.padu.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * The tombstone of a destroyed record: its metadata, the files it had, and the signed berita acara it was destroyed
 * under (verifiable on the public verification page).
 */
@Controller
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class TombstonePages {

	private final ArchiveRecordRepository records;
	private final ArchiveFileRepository files;
	private final DisposalProposalRepository proposals;
	private final DocumentIssuer issuer;

	TombstonePages(ArchiveRecordRepository records, ArchiveFileRepository files, DisposalProposalRepository proposals,
			DocumentIssuer issuer) {
		this.records = records;
		this.files = files;
		this.proposals = proposals;
		this.issuer = issuer;
	}

	@GetMapping("/kantor/arsip/musnah/{id}")
	String tombstone(@PathVariable UUID id, Model model) {
		ArchiveRecord record = records.findById(id).filter(ArchiveRecord::isDestroyed)
			.orElseThrow(() -> new NotFoundException("archive.record.notFound"));
		model.addAttribute("record", record);
		model.addAttribute("files", files.findByRecordIdOrderByCreatedAt(id));
		model.addAttribute("document", issuer.find(record.beritaAcaraId()).orElse(null));
		model.addAttribute("proposal", proposals.findByIssuedDocumentId(record.beritaAcaraId()).orElse(null));
		return "archive/lifecycle/tombstone";
	}
}
