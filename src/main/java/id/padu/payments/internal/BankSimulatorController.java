package id.padu.payments.internal;

import id.padu.identity.PaduUser;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo bank ({@code /simulasi-bank}), for any signed-in user and only while demo data is enabled
 * (otherwise the page does not exist: 404). Looking a bill up shows what a bank teller sees: what it is
 * for, the amount and the status, with the payer's NIK masked.
 */
@Controller
@RequestMapping("/simulasi-bank")
@ConditionalOnBooleanProperty("padu.demo.enabled")
@Import(BankSimulator.class)
class BankSimulatorController {

	private final BillRepository bills;
	private final BankSimulator bank;

	BankSimulatorController(BillRepository bills, BankSimulator bank) {
		this.bills = bills;
		this.bank = bank;
	}

	@ModelAttribute("area")
	String area(@AuthenticationPrincipal PaduUser user) {
		return user != null && user.isStaff() ? "kantor" : "warga";
	}

	@GetMapping
	String page(@RequestParam(name = "kode", required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			lookUp(code.strip(), model);
		}
		return "payments/simulator";
	}

	@PostMapping("/bayar")
	String pay(@Valid @ModelAttribute("payment") SimulatorForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("errors", errors.getAllErrors().stream().map(e -> e.getDefaultMessage()).toList());
			return "payments/simulator";
		}
		// The demo bank serves this pemda's bills only, so no one pays another pemda's bill from here.
		if (bills.findByBillingCode(form.billingCode()).isPresent()) {
			model.addAttribute("sent", bank.pay(form.billingCode(), form.amount(), form.bankReference()));
			model.addAttribute("sentAmount", form.amount());
		}
		lookUp(form.billingCode(), model);
		return "payments/simulator";
	}

	private void lookUp(String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("bill", bills.findByBillingCode(code).map(BillView::of).orElse(null));
	}
}
