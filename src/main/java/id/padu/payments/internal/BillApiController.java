package id.padu.payments.internal;

import id.padu.identity.PaduUser;
import id.padu.payments.Bill;
import id.padu.payments.Billing;
import id.padu.payments.NewBill;
import id.padu.shared.Nik;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Bills over the API: treasurers and admins issue one directly (retribusi charged at a counter);
 * staff and the citizen it is issued to read it by billing code.
 */
@RestController
@RequestMapping("/api/v1/bills")
@Tag(name = "Payments")
class BillApiController {

	static final String STAFF = "hasAnyRole('TREASURER','ADMIN','OFFICER','HEAD','AUDITOR')";

	record NewBillRequest(
			@NotBlank(message = "{payments.bill.payerRequired}") @Pattern(regexp = "\\d{16}", message = "{identifier.nik.format}") String payer,
			@NotNull(message = "{payments.bill.amountInvalid}") @Positive(message = "{payments.bill.amountInvalid}") Long amountRupiah,
			@NotBlank(message = "{payments.bill.descriptionInvalid}") @Size(max = 200, message = "{payments.bill.descriptionInvalid}") String description,
			@NotBlank(message = "{payments.bill.revenueAccountInvalid}") @Size(max = 150, message = "{payments.bill.revenueAccountInvalid}") String revenueAccount,
			@NotBlank(message = "{payments.bill.sourceInvalid}") String sourceModule,
			@NotBlank(message = "{payments.bill.sourceInvalid}") String sourceReference,
			@NotNull(message = "{payments.bill.dueInPast}") Instant dueAt) {

		NewBill toNewBill() {
			return new NewBill(Nik.of(payer), amountRupiah, description, revenueAccount, sourceModule, sourceReference,
					dueAt);
		}
	}

	private final Billing billing;
	private final BillAccess access;

	BillApiController(Billing billing, BillAccess access) {
		this.billing = billing;
		this.access = access;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('TREASURER','ADMIN')")
	@Transactional
	@Operation(summary = "Issue a bill: {payer (NIK), amountRupiah, description, revenueAccount, sourceModule, "
			+ "sourceReference, dueAt}; answers 201 with the billing code and QRIS payload")
	ResponseEntity<Map<String, Object>> issue(@Valid @RequestBody NewBillRequest request,
			@AuthenticationPrincipal PaduUser user) {
		Bill bill = billing.issue(request.toNewBill());
		return ResponseEntity.created(URI.create("/api/v1/bills/" + bill.billingCode()))
			.body(access.visibleTo(user, bill.billingCode()).toJson());
	}

	@GetMapping("/{billingCode}")
	@PreAuthorize(STAFF + " or hasRole('CITIZEN')")
	@Operation(summary = "One bill by billing code: staff of the pemda, or the citizen it is issued to")
	Map<String, Object> bill(@PathVariable String billingCode, @AuthenticationPrincipal PaduUser user) {
		return access.visibleTo(user, billingCode).toJson();
	}
}
