/**
 * The kernel's journal on Wave's store: the canonical encoding of its entries, the {@code Journal} port over a
 * session's hash-chained records, and the periodic equity snapshots a session journals.
 */
package wave.app.journal;
