/**
 * Payments: bills with a billing code and a QRIS payload, the bank's signed callback that marks a bill
 * paid (publishing {@link id.padu.payments.BillPaid}), receipts, and the treasurers' reconciliation of
 * everything the bank sent that did not fit a bill. Other modules issue bills through
 * {@link id.padu.payments.Billing} and react to {@link id.padu.payments.BillPaid}.
 */
@ApplicationModule(displayName = "Payments")
package id.padu.payments;

import org.springframework.modulith.ApplicationModule;
