package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;

import java.util.Collections;
import java.util.Set;

/**
 * Who may open an incoming letter, by its security class.
 * <ul>
 * <li>{@code RAHASIA}: the holders of the head position it was registered for and of the positions it was
 * disposed to, nobody else (not even the secretariat once it is registered, nor an admin).</li>
 * <li>{@code TERBATAS}: those, plus the secretariat and the superiors of every position in the tree.</li>
 * <li>{@code BIASA}: those, plus everyone holding a position in the receiving OPD.</li>
 * </ul>
 */
final class LetterAccessPolicy {

	/** What the letter is and who it touched. */
	record Letter(SecurityClass securityClass, String recipientOpd, String headPosition, Set<String> treePositions,
			Set<String> superiorsOfTree) {
	}

	/** The viewer: positions held today (definitive or acting), the OPDs of those, whether secretariat. */
	record Viewer(Set<String> positions, Set<String> opds, boolean secretariat) {
	}

	private LetterAccessPolicy() {
	}

	static boolean mayOpen(Letter letter, Viewer viewer) {
		boolean named = viewer.positions().contains(letter.headPosition())
				|| !Collections.disjoint(viewer.positions(), letter.treePositions());
		if (named) {
			return true;
		}
		if (letter.securityClass() == SecurityClass.RAHASIA) {
			return false;
		}
		boolean restrictedCircle = viewer.secretariat()
				|| !Collections.disjoint(viewer.positions(), letter.superiorsOfTree());
		if (restrictedCircle || letter.securityClass() == SecurityClass.TERBATAS) {
			return restrictedCircle;
		}
		return viewer.opds().contains(letter.recipientOpd());
	}
}
