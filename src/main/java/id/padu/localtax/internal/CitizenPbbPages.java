package id.padu.localtax.internal;

import id.padu.identity.CitizenAccounts;
import id.padu.identity.PaduUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * "PBB saya": the tax objects registered to the citizen's NIK with each year's SPPT, what it costs today and a
 * button that opens the payment service with the NOP and year filled in.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class CitizenPbbPages {

	static final int MAX_OBJECTS = 50;
	static final String PAYMENT_SERVICE = "pembayaran-pbb";

	private final CitizenAccounts citizens;
	private final TaxObjectRepository objects;
	private final PbbViews views;

	CitizenPbbPages(CitizenAccounts citizens, TaxObjectRepository objects, PbbViews views) {
		this.citizens = citizens;
		this.objects = objects;
		this.views = views;
	}

	@GetMapping("/warga/pbb")
	String mine(@AuthenticationPrincipal PaduUser user, Model model) {
		List<PbbViews.ObjectView> mine = citizens.nikOf(user.accountId())
			.map(nik -> objects.findBySubjectNikOrderByNop(nik.value(), Limit.of(MAX_OBJECTS)).stream()
				.map(views::object).toList())
			.orElse(List.of());
		model.addAttribute("objects", mine);
		model.addAttribute("paymentService", PAYMENT_SERVICE);
		return "localtax/mine";
	}
}
