package wave.store.bars;

import java.time.Instant;
import java.util.Objects;
import wave.store.runs.FileDigest;

/**
 * Where the bars of one import come from.
 *
 * @param file       the file read: absolute path, size in bytes and SHA-256
 * @param importedAt when it was imported (stored to the millisecond)
 * @param validation the validation report of the file's rows, as text
 */
public record BarSource(FileDigest file, Instant importedAt, String validation) {
    /** Requires every component. */
    public BarSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(validation, "validation");
    }
}
