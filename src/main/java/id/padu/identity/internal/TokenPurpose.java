package id.padu.identity.internal;

import java.time.Duration;

/** Why a link was sent, and how long it stays valid. */
enum TokenPurpose {
	CONFIRM_EMAIL(Duration.ofHours(24)),
	RESET_PASSWORD(Duration.ofHours(1)),
	/** A new staff account's first password: the admin may send the link before the person starts work. */
	SET_PASSWORD(Duration.ofHours(72));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	Duration validity() {
		return validity;
	}
}
