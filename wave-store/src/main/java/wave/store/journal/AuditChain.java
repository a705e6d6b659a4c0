package wave.store.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of a journal: each record's hash is the SHA-256 of the previous record's hash and its own content, so
 * that changing, removing or moving any record breaks the chain from there on. The content is hashed in one canonical
 * form: the UTF-8 bytes of {@code prevHash + "\n" + tsNanos + "\n" + kind + "\n" + payload}, with {@code tsNanos} in
 * decimal; hashes are written as 64 lower-case hex digits. A session's chain starts from its genesis hash, the SHA-256
 * of {@code "wave journal " + session}, so that records cannot be moved between sessions unnoticed.
 */
public final class AuditChain {
    private AuditChain() {
    }

    /** The hash the first record of {@code session} chains to. */
    public static String genesis(String session) {
        return sha256("wave journal " + session);
    }

    /** The hash of a record with this content, following the record whose hash is {@code prevHash}. */
    public static String hash(String prevHash, long tsNanos, String kind, String payload) {
        return sha256(prevHash + "\n" + tsNanos + "\n" + kind + "\n" + payload);
    }

    /** True when {@code record}'s stored hash is the hash of its stored content. */
    public static boolean matchesContent(JournalRecord record) {
        return hash(record.prevHash(), record.tsNanos(), record.kind(), record.payload()).equals(record.hash());
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
