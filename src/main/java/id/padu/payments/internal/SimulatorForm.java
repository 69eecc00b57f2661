package id.padu.payments.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** The demo bank's payment form: which bill, how much (editable, to show a wrong amount), and an optional repeat. */
record SimulatorForm(
		@NotBlank(message = "{payments.simulator.codeRequired}") @Pattern(regexp = "\\d{14}", message = "{payments.simulator.codeRequired}") String billingCode,
		@NotNull(message = "{payments.bill.amountInvalid}") @Positive(message = "{payments.bill.amountInvalid}") Long amount,
		@Pattern(regexp = "[A-Za-z0-9._/-]{0,64}", message = "{payments.simulator.referenceInvalid}") String bankReference) {
}
