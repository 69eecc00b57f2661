package id.padu.payments.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.web.Formats;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The treasurers' reconciliation report ({@code /kantor/pembayaran/rekonsiliasi}): receipts per day, the
 * items to resolve, and the same as CSV. Auditors may read it; only treasurers resolve items.
 */
@Controller
@RequestMapping("/kantor/pembayaran")
@PreAuthorize("hasAnyRole('TREASURER','AUDITOR')")
class ReconciliationController {

	static final int DEFAULT_DAYS = 30;

	private final ReconciliationReport reports;
	private final ReconciliationDesk desk;
	private final Clock clock;

	ReconciliationController(ReconciliationReport reports, ReconciliationDesk desk, Clock clock) {
		this.reports = reports;
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping("/rekonsiliasi")
	String report(@RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Model model) {
		LocalDate[] period = period(from, to);
		model.addAttribute("report", reports.of(period[0], period[1]));
		return "payments/reconciliation";
	}

	@GetMapping("/rekonsiliasi.csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "sampai", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate[] period = period(from, to);
		String csv = ReconciliationCsv.of(reports.of(period[0], period[1]));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("rekonsiliasi-" + period[0] + "-" + period[1] + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/rekonsiliasi/{id}/selesai")
	@PreAuthorize("hasRole('TREASURER')")
	String resolve(@PathVariable UUID id, @Valid @ModelAttribute ResolveForm form, BindingResult errors,
			@AuthenticationPrincipal PaduUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("resolveError", errors.getFieldError().getDefaultMessage());
			redirect.addFlashAttribute("resolveItem", id);
			return "redirect:/kantor/pembayaran/rekonsiliasi#item-" + id;
		}
		try {
			desk.resolve(id, form.note(), user.getUsername());
			redirect.addFlashAttribute("resolved", id);
		} catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("resolveErrorKey", e.messageKey());
			redirect.addFlashAttribute("resolveItem", id);
		}
		return "redirect:/kantor/pembayaran/rekonsiliasi";
	}

	/** The last 30 days by default; dates in either order; at most a year ending on the later date. */
	private LocalDate[] period(LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock.withZone(Formats.JAKARTA));
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
		if (start.isAfter(end)) {
			LocalDate swap = start;
			start = end;
			end = swap;
		}
		if (start.isBefore(end.minusDays(ReconciliationReport.MAX_DAYS - 1L))) {
			start = end.minusDays(ReconciliationReport.MAX_DAYS - 1L);
		}
		return new LocalDate[] { start, end };
	}
}
