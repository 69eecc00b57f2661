package id.padu.archive.internal.custody.lending;

import id.padu.archive.internal.ArchiveRecordRepository;
import id.padu.archive.internal.BerkasRepository;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The lending page: loans out (overdue first to the eye), the lend form, returns, and a record's loan history. */
@Controller
@RequestMapping("/kantor/arsip/peminjaman")
@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
class LendingPages {

	/** A loan as a row: what is lent, in which berkas, and whether it is overdue today. */
	record Row(Loan loan, String item, String berkasNumber, boolean overdue) {
	}

	private final Lending lending;
	private final LoanRepository loans;
	private final ArchiveRecordRepository records;
	private final BerkasRepository berkas;
	private final MessageSource messages;

	LendingPages(Lending lending, LoanRepository loans, ArchiveRecordRepository records, BerkasRepository berkas,
			MessageSource messages) {
		this.lending = lending;
		this.loans = loans;
		this.records = records;
		this.berkas = berkas;
		this.messages = messages;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String page(@RequestParam(name = "arsip", required = false) String item, Model model) {
		model.addAttribute("rows", rows(loans.findByReturnedOnIsNullOrderByDueOn()));
		if (!model.containsAttribute("form")) {
			LocalDate today = lending.today();
			model.addAttribute("form", new Lending.Request(item, "", "", today, today.plusDays(14)));
		}
		return "archive/custody/lending";
	}

	@PostMapping
	String lend(@RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String borrower,
			@RequestParam(defaultValue = "") String purpose,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lentOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			Authentication caller, RedirectAttributes redirect) {
		Lending.Request request = new Lending.Request(item, borrower, purpose, lentOn, dueOn);
		try {
			Loan loan = lending.lend(request, caller.getName());
			redirect.addFlashAttribute("done", message("archive.custody.loan.lent", loan.borrowerName()));
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("error", message(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("form", request);
		} catch (NotFoundException e) {
			redirect.addFlashAttribute("error", message(e.messageKey()));
			redirect.addFlashAttribute("form", request);
		}
		return "redirect:/kantor/arsip/peminjaman";
	}

	@PostMapping("/{id}/kembali")
	String giveBack(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Authentication caller,
			RedirectAttributes redirect) {
		try {
			Loan loan = lending.giveBack(id, note, caller.getName());
			redirect.addFlashAttribute("done", message("archive.custody.loan.returned", loan.borrowerName()));
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("error", message(e.messageKey(), e.arguments()));
		}
		return "redirect:/kantor/arsip/peminjaman";
	}

	@GetMapping("/riwayat/{recordId}")
	@Transactional(readOnly = true)
	String history(@PathVariable UUID recordId, Model model) {
		var record = records.findById(recordId).orElseThrow(() -> new NotFoundException("archive.record.notFound"));
		model.addAttribute("record", record);
		model.addAttribute("rows", rows(loans.findByRecordIdOrBerkasIdAndRecordIdIsNullOrderByLentOnDesc(recordId,
				record.berkasId())));
		return "archive/custody/lending-history";
	}

	private List<Row> rows(List<Loan> list) {
		LocalDate today = lending.today();
		return list.stream().map(loan -> {
			String number = berkas.findById(loan.berkasId()).map(b -> b.berkasNumber()).orElse("");
			String item = loan.isWholeBerkas() ? berkas.findById(loan.berkasId()).map(b -> b.title()).orElse("")
					: records.findById(loan.recordId()).map(r -> r.title()).orElse("");
			return new Row(loan, item, number, loan.isOverdue(today));
		}).toList();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}
}
