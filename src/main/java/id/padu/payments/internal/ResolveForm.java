package id.padu.payments.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the treasurer did about a reconciliation item. */
record ResolveForm(@NotBlank(message = "{payments.reconciliation.noteRequired}")
		@Size(max = 500, message = "{payments.reconciliation.noteTooLong}") String note) {
}
