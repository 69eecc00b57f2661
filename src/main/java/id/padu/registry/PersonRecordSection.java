package id.padu.registry;

import java.time.LocalDate;
import java.util.List;

/** A titled list (title is a message key of the contributing module) on the resident's staff page. */
public record PersonRecordSection(String titleKey, List<Item> items) {

	public PersonRecordSection {
		items = List.copyOf(items);
	}

	/** One thing held about the person; {@code status} and {@code link} may be null. */
	public record Item(String label, LocalDate date, String status, String link) {
	}
}
