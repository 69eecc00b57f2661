package id.padu.payments.internal;

import id.padu.documents.PdfRenderer;
import id.padu.payments.BillStatus;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Receipts of paid bills on the pemda's letterhead, rendered when asked for: everything on them is in the
 * bill, which no longer changes once paid, so nothing needs storing.
 */
@Component
class Receipts {

	private final BillRepository bills;
	private final PdfRenderer renderer;

	Receipts(BillRepository bills, PdfRenderer renderer) {
		this.bills = bills;
		this.renderer = renderer;
	}

	@Transactional(readOnly = true)
	byte[] pdf(UUID billId) {
		BillRecord bill = bills.findById(billId).orElseThrow(() -> new NotFoundException("payments.bill.notFound"));
		if (bill.status() != BillStatus.PAID) {
			throw new BusinessRuleViolation("payments.receipt.notPaid");
		}
		return renderer.render(ReceiptContent.title(bill), ReceiptContent.xhtml(bill));
	}
}
