package id.padu.eoffice.internal;

import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What changed between two versions of a draft, word by word on the text a reader sees (markup is ignored: a word
 * made bold is not a change of content). Longest common subsequence after trimming the common start and end,
 * which is all a typical revision touches; a middle too large to compare in bounded memory is shown as replaced.
 */
final class VersionDiff {

	enum Kind {
		SAME, ADDED, REMOVED
	}

	record Change(Kind kind, String text) {
	}

	/** Words of the middles compared cell by cell at most: 4 million cells, 16 MB. */
	private static final long MAX_CELLS = 4_000_000L;

	private VersionDiff() {
	}

	static List<Change> ofHtml(String beforeHtml, String afterHtml) {
		return of(words(beforeHtml == null ? "" : Jsoup.parse(beforeHtml).text()),
				words(afterHtml == null ? "" : Jsoup.parse(afterHtml).text()));
	}

	static List<Change> of(String[] before, String[] after) {
		int start = 0;
		while (start < before.length && start < after.length && before[start].equals(after[start])) {
			start++;
		}
		int endBefore = before.length;
		int endAfter = after.length;
		while (endBefore > start && endAfter > start && before[endBefore - 1].equals(after[endAfter - 1])) {
			endBefore--;
			endAfter--;
		}
		List<Change> changes = new ArrayList<>();
		add(changes, Kind.SAME, before, 0, start);
		String[] a = Arrays.copyOfRange(before, start, endBefore);
		String[] b = Arrays.copyOfRange(after, start, endAfter);
		if ((long) (a.length + 1) * (b.length + 1) > MAX_CELLS) {
			add(changes, Kind.REMOVED, a, 0, a.length);
			add(changes, Kind.ADDED, b, 0, b.length);
		} else {
			middle(changes, a, b);
		}
		add(changes, Kind.SAME, before, endBefore, before.length);
		return changes;
	}

	private static void middle(List<Change> changes, String[] a, String[] b) {
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				add(changes, Kind.SAME, a, i++, i);
				j++;
			} else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
				add(changes, Kind.REMOVED, a, i++, i);
			} else {
				add(changes, Kind.ADDED, b, j++, j);
			}
		}
	}

	/** Appends words, joining them to the last change when it is of the same kind. */
	private static void add(List<Change> changes, Kind kind, String[] words, int from, int to) {
		if (from >= to) {
			return;
		}
		String text = String.join(" ", Arrays.copyOfRange(words, from, to));
		if (!changes.isEmpty() && changes.get(changes.size() - 1).kind() == kind) {
			Change last = changes.remove(changes.size() - 1);
			text = last.text() + " " + text;
		}
		changes.add(new Change(kind, text));
	}

	private static String[] words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
	}
}
