package id.padu.archive.internal.records;

import id.padu.archive.internal.ArchiveReaders;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.Berkas;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.Reader;
import id.padu.archive.internal.RecordAccessPolicy;
import id.padu.archive.internal.RetentionSchedule;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "Daftar berkas" with its filters, a berkas page with its records and retention dates, and the archivist's
 * "Tutup berkas": closing fixes the retention dates from the JRA line of the berkas's code.
 */
@Controller
@RequestMapping("/kantor/arsip/berkas")
@PreAuthorize("isAuthenticated() and !hasRole('CITIZEN')")
class BerkasPages {

	/** A row of a berkas page: a record the reader may not open shows without its title. */
	record RecordRow(ArchiveRecord record, boolean visible) {
	}

	private final BerkasList list;
	private final BerkasRepository berkas;
	private final ArchiveRecordRepository records;
	private final RetentionSchedule retention;
	private final ArchiveReaders readers;
	private final ArchiveLabels labels;
	private final Clock clock;

	BerkasPages(BerkasList list, BerkasRepository berkas, ArchiveRecordRepository records,
			RetentionSchedule retention, ArchiveReaders readers, ArchiveLabels labels, Clock clock) {
		this.list = list;
		this.berkas = berkas;
		this.records = records;
		this.retention = retention;
		this.readers = readers;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String opd, @RequestParam(required = false) String kode,
			@RequestParam(required = false) ArchiveStage tahap, @RequestParam(required = false) Boolean terbuka,
			@RequestParam(defaultValue = "0") int halaman, Authentication caller, Model model) {
		BerkasList.Filter filter = new BerkasList.Filter(opd, kode, tahap, terbuka, halaman);
		List<BerkasList.Row> rows = list.find(filter);
		Reader reader = readers.of(caller);
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows.stream().limit(BerkasList.PAGE_SIZE).toList());
		model.addAttribute("hasNext", rows.size() > BerkasList.PAGE_SIZE);
		model.addAttribute("reader", reader);
		model.addAttribute("opds", labels.opds());
		model.addAttribute("stages", ArchiveStage.values());
		return "archive/records/berkas-list";
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String berkas(@PathVariable UUID id, Authentication caller, Model model) {
		Berkas found = berkas.findById(id).orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
		Reader reader = readers.of(caller);
		if (!RecordAccessPolicy.maySee(reader, found.securityClass(), found.creatorUnit())) {
			throw new AccessDeniedException("berkas " + id + " is " + found.securityClass());
		}
		model.addAttribute("berkas", found);
		model.addAttribute("rows", records.findByBerkasIdOrderByRecordDateAscFiledAtAsc(id).stream()
			.map(r -> new RecordRow(r, RecordAccessPolicy.maySee(reader, r.securityClass(), r.creatorUnit())))
			.toList());
		model.addAttribute("rule", retention.ruleFor(found.classificationCode()).orElse(null));
		model.addAttribute("today", LocalDate.now(clock));
		return "archive/records/berkas";
	}

	@PostMapping("/{id}/tutup")
	@PreAuthorize("hasRole('ARCHIVIST')")
	@Transactional
	String close(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
			RedirectAttributes redirect) {
		Berkas found = berkas.findById(id).orElseThrow(() -> new NotFoundException("archive.berkas.notFound"));
		if (found.isClosed()) {
			throw new BusinessRuleViolation("archive.berkas.alreadyClosed", found.berkasNumber());
		}
		LocalDate on = tanggal == null ? LocalDate.now(clock) : tanggal;
		if (on.isBefore(found.openedOn()) || on.isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleViolation("archive.berkas.closeDate", found.berkasNumber());
		}
		found.close(on, retention.require(found.classificationCode()));
		redirect.addAttribute("ditutup", "");
		return "redirect:/kantor/arsip/berkas/" + id;
	}
}
