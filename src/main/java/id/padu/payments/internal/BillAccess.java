package id.padu.payments.internal;

import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import id.padu.shared.Nik;
import id.padu.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Which bills a signed-in person may see: staff every bill of their pemda, a citizen only the bills
 * issued to their own NIK. Someone else's bill is "not found", so a citizen cannot even learn that a
 * billing code exists.
 */
@Component
@Transactional(readOnly = true)
class BillAccess {

	private final BillRepository bills;
	private final CitizenAccounts citizens;

	BillAccess(BillRepository bills, CitizenAccounts citizens) {
		this.bills = bills;
		this.citizens = citizens;
	}

	BillView visibleTo(PaduUser user, String billingCode) {
		Optional<BillRecord> bill = bills.findByBillingCode(billingCode);
		if (bill.isPresent() && !user.isStaff()) {
			Optional<Nik> own = citizens.nikOf(user.accountId());
			bill = bill.filter(b -> own.isPresent() && own.get().equals(b.payer()));
		}
		return bill.map(BillView::of).orElseThrow(() -> new NotFoundException("payments.bill.notFound"));
	}

	/** The citizen's own bills, newest first; none when the account has no NIK. */
	List<BillView> ownBills(PaduUser user) {
		return citizens.nikOf(user.accountId())
			.map(nik -> bills.findByPayerNikOrderByIssuedAtDesc(nik.value()).stream().map(BillView::of).toList())
			.orElse(List.of());
	}
}
