package id.padu.registry.internal;

import id.padu.registry.ResidentRecord;

/** One found resident and how well the name matched: 1.0 for the exact name (or NIK, Nomor KK), less for the rest. */
record ResidentSearchHit(ResidentRecord resident, double score) {
}
