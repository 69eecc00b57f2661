package id.padu.workspace;

/**
 * One queue on a staff member's desk, such as "applications to verify": a label (message key), how
 * many items wait, how many are overdue, and where to work them.
 */
public record WorkQueue(String labelKey, long waiting, long overdue, String link) {
}
