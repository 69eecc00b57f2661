package id.padu.payments.internal;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.payments.BillStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Receipts of paid bills, rendered on the pemda's letterhead when asked for (nothing is stored). */
@Component
class Receipts {

	private final BillRepository bills;

	Receipts(BillRepository bills) {
		this.bills = bills;
	}

	@Transactional(readOnly = true)
	byte[] pdf(UUID billId) {
		BillRecord bill = bills.findById(billId).orElseThrow(() -> new NotFoundException("payments.bill.notFound"));
		if (bill.status() != BillStatus.PAID) {
			throw new BusinessRuleViolation("payments.receipt.notPaid");
		}
		throw new IllegalStateException("PDF rendering joins with the documents module's PdfRenderer: "
				+ ReceiptContent.title(bill));
	}
}
