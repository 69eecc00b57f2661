package id.padu.registry;

import id.padu.shared.KodeWilayah;
import id.padu.shared.Nik;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a resident's history. {@code relatedNik} is the spouse of a marriage or the child of a
 * birth; {@code wilayah} the origin of a move in or the destination of a move out.
 */
public record LifeEventEntry(Nik nik, LifeEventType type, LocalDate date, String details, Nik relatedNik,
		KodeWilayah wilayah, String recordedBy, Instant recordedAt) {
}
