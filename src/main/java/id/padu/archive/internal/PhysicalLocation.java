package id.padu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a paper record sits: building, room, shelf (rak) and box (boks). All optional for born-digital records. */
@Embeddable
public record PhysicalLocation(@Column(name = "location_building") String building,
		@Column(name = "location_room") String room, @Column(name = "location_shelf") String shelf,
		@Column(name = "location_box") String box) {

	public static final PhysicalLocation NONE = new PhysicalLocation(null, null, null, null);

	public PhysicalLocation {
		building = blankToNull(building);
		room = blankToNull(room);
		shelf = blankToNull(shelf);
		box = blankToNull(box);
	}

	public boolean isEmpty() {
		return building == null && room == null && shelf == null && box == null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
