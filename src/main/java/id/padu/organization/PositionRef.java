package id.padu.organization;

import java.util.UUID;

/**
 * A position (jabatan). {@code parentCode} is the position it reports to, null for the head of the pemda.
 */
public record PositionRef(UUID id, String code, String title, PositionLevel level, String unitCode,
		String parentCode, int order) {
}
