package id.padu.localtax.internal;

import id.padu.identity.PaduUser;
import id.padu.localtax.Nop;
import id.padu.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** PBB-P2 tax objects and SPPTs: for Bapenda's staff and auditors, and for the taxpayer of the object. */
@RestController
@RequestMapping("/api/v1/pbb/objects")
@Tag(name = "PBB-P2", description = "Land and building tax objects and their yearly SPPT")
class PbbApiController {

	private final PbbAccess access;
	private final PbbViews views;
	private final SpptRepository sppts;

	PbbApiController(PbbAccess access, PbbViews views, SpptRepository sppts) {
		this.access = access;
		this.views = views;
		this.sppts = sppts;
	}

	@GetMapping("/{nop}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A tax object by NOP (18 digits; dots and hyphens allowed) with its SPPTs and today's amounts "
			+ "(status UNPAID, OVERDUE or PAID; total includes late-payment interest). 404 for another citizen's object, "
			+ "403 for staff outside Bapenda")
	PbbViews.ObjectView object(@PathVariable String nop, @AuthenticationPrincipal PaduUser user) {
		return views.object(access.readable(user, Nop.parse(nop)));
	}

	@GetMapping("/{nop}/sppt/{year}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One year's SPPT of a tax object: NJOP, NJOPTKP, base, tariff, tax, due date, status, "
			+ "interest and total as of today")
	PbbViews.SpptView sppt(@PathVariable String nop, @PathVariable int year, @AuthenticationPrincipal PaduUser user) {
		TaxObjectRecord object = access.readable(user, Nop.parse(nop));
		return sppts.findByNopAndTaxYear(object.nop(), year).map(views::sppt)
			.orElseThrow(() -> new NotFoundException("localtax.sppt.notFound"));
	}
}
