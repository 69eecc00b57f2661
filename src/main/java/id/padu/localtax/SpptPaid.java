package id.padu.localtax;

import id.padu.shared.TenantId;

import java.time.Instant;

/**
 * An SPPT (PBB-P2 of one tax object and year) was paid: principal and late-payment interest, at the bank's time
 * of payment. Published in the transaction that marks it paid.
 */
public record SpptPaid(TenantId tenant, Nop nop, int year, long principalRupiah, long penaltyRupiah, Instant paidAt) {
}
