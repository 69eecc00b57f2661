package id.padu.payments.internal;

import id.padu.identity.PaduUser;
import id.padu.payments.Billing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A citizen's own bills: the list, one bill with its QRIS code, and the receipt once paid. */
@Controller
@RequestMapping("/warga/tagihan")
@PreAuthorize("hasRole('CITIZEN')")
class CitizenBillsController {

	static final int QR_SIZE = 320;

	private final BillAccess access;
	private final Billing billing;
	private final boolean demo;

	CitizenBillsController(BillAccess access, Billing billing, @Value("${padu.demo.enabled:false}") boolean demo) {
		this.access = access;
		this.billing = billing;
		this.demo = demo;
	}

	@GetMapping
	String bills(@AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("bills", access.ownBills(user));
		return "payments/citizen-bills";
	}

	@GetMapping("/{billingCode}")
	String bill(@PathVariable String billingCode, @AuthenticationPrincipal PaduUser user, Model model) {
		model.addAttribute("bill", access.visibleTo(user, billingCode));
		model.addAttribute("simulator", demo);
		return "payments/citizen-bill";
	}

	@GetMapping(path = "/{billingCode}/qris.png")
	ResponseEntity<byte[]> qris(@PathVariable String billingCode, @AuthenticationPrincipal PaduUser user) {
		BillView bill = access.visibleTo(user, billingCode);
		if (bill.qrisPayload() == null || !bill.isUnpaid()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
			.body(QrCodePng.of(bill.qrisPayload(), QR_SIZE));
	}

	@GetMapping(path = "/{billingCode}/bukti.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable String billingCode, @AuthenticationPrincipal PaduUser user) {
		BillView bill = access.visibleTo(user, billingCode);
		if (!bill.isPaid()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("bukti-bayar-" + bill.billingCode() + ".pdf").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(billing.receiptPdf(bill.id()));
	}
}
