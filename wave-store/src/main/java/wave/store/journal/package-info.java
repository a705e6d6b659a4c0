/**
 * The journal of paper and live sessions in the store: records appended in order, each chained to the previous one by
 * a SHA-256 hash ({@link wave.store.journal.AuditChain}), read back for a restart and verified by {@code wave audit
 * verify}. The store keeps encoded records (a kind and a canonical payload); what they mean is the kernel's business.
 */
package wave.store.journal;
