package id.padu.payments.internal;

import id.padu.identity.PaduUser;
import id.padu.registry.Purpose;
import id.padu.registry.Registry;
import id.padu.registry.ResidentRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One bill for a treasurer reconciling it, with every callback item about it. The payer's name is
 * asked of the registry here, and only here, with the purpose "Rekonsiliasi pembayaran tagihan ...":
 * a treasurer who must reach a payer about a refund needs it; lists and reports do not.
 */
@Controller
@PreAuthorize("hasRole('TREASURER')")
class StaffBillController {

	private final BillAccess access;
	private final ReconciliationItemRepository items;
	private final Registry registry;

	StaffBillController(BillAccess access, ReconciliationItemRepository items, Registry registry) {
		this.access = access;
		this.items = items;
		this.registry = registry;
	}

	@GetMapping("/kantor/pembayaran/tagihan/{billingCode}")
	@Transactional
	String bill(@PathVariable String billingCode, @AuthenticationPrincipal PaduUser user, Model model) {
		BillView bill = access.visibleTo(user, billingCode);
		model.addAttribute("bill", bill);
		model.addAttribute("payerName", registry
			.findByNik(bill.payer(), Purpose.of("Rekonsiliasi pembayaran tagihan " + bill.billingCode()))
			.map(ResidentRecord::fullName).orElse(null));
		model.addAttribute("items", items.findByBillIdOrderByReceivedAt(bill.id()).stream().map(ItemView::of).toList());
		return "payments/staff-bill";
	}
}
