package id.padu.registry.internal;

import id.padu.registry.LifeEventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A life event sent by another system for an existing resident: {@code spouseNik} for MARRIAGE and
 * DIVORCE, {@code destination} (a kecamatan or kelurahan code) for MOVE_OUT; {@code details} is kept as
 * the event's keterangan.
 */
record LifeEventRequest(
		@NotNull LifeEventType type,
		@NotNull LocalDate date,
		@Size(max = 500, message = "{registry.event.detailsTooLong}") String details,
		String spouseNik,
		String destination) {
}
