package id.padu.organization.internal;

import id.padu.organization.Holder;
import id.padu.organization.PositionRef;

import java.util.List;

/** A position with who holds it today, for the unit page. */
record PositionRow(PositionRef position, List<Holder> holders) {
}
