package id.padu.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * The answer of a chain walk: valid, or the first entry where the chain is broken. {@code sealedAccesses}
 * personal-data access rows were checked against their seals; {@code unsealedAccesses} were written in the
 * last seconds and wait for their seal (they are checked once sealed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long entries, BrokenEntry firstBrokenEntry, long sealedAccesses,
		long unsealedAccesses) {

	/**
	 * Why the chain is broken. {@code ACCESS_LOG_MISMATCH}: the access rows of a seal were changed, removed
	 * or added after sealing ({@code seq} is the seal entry), or rows claim a seal that does not exist (no seq).
	 */
	public enum Reason {
		HASH_MISMATCH("hash mismatch"), BROKEN_LINK("broken link"), GAP("gap"),
		ACCESS_LOG_MISMATCH("access log mismatch");

		private final String text;

		Reason(String text) {
			this.text = text;
		}

		@com.fasterxml.jackson.annotation.JsonValue
		public String text() {
			return text;
		}
	}

	/**
	 * Where the chain breaks. For a gap, {@code seq} is the entry found where {@code expectedSeq}
	 * should have been (or, for entries missing at the end, {@code expectedSeq} with no id).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record BrokenEntry(Long seq, UUID id, Reason reason, Long expectedSeq) {
	}
}
