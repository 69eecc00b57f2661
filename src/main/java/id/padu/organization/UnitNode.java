package id.padu.organization;

import java.util.List;

/** A unit with its sub-units, ordered by their order and name. */
public record UnitNode(UnitRef unit, List<UnitNode> children) {

	/** This unit and every unit below it, depth first. */
	public int size() {
		return 1 + children.stream().mapToInt(UnitNode::size).sum();
	}
}
