package wave.store.runs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's identity: its absolute path, size and SHA-256.
 *
 * @param path      absolute path of the file when it was read
 * @param sizeBytes size in bytes
 * @param sha256    SHA-256 of the file's bytes, 64 lower-case hex digits
 */
public record FileDigest(String path, long sizeBytes, String sha256) {
    private static final int BUFFER_BYTES = 1 << 16;

    /** Checks the hash's form. */
    public FileDigest {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path is required");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must be >= 0, got " + sizeBytes);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got " + sha256);
        }
    }

    /** Reads {@code file} once and returns its absolute path, size and SHA-256. */
    public static FileDigest of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileDigest(file.toAbsolutePath().normalize().toString(), size, HexFormat.of().formatHex(digest.digest()));
    }
}
