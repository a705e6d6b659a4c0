package wave.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves a {@code --data} argument: a CSV file, {@code SYMBOL=FILE} (a file whose instrument is named), or a
 * directory whose {@code .csv}/{@code .txt} files are read in name order. Devices and pipes are refused.
 */
final class DataFiles {
    private DataFiles() {
    }

    static List<Path> resolve(Path data) {
        if (!Files.exists(data) && named(data) != null) {
            return resolve(Path.of(data.toString().substring(data.toString().indexOf('=') + 1)));
        }
        if (!Files.exists(data)) {
            throw new IllegalArgumentException("data file or directory not found: " + data);
        }
        if (!Files.isDirectory(data)) {
            if (!Files.isRegularFile(data)) {
                // A device or a pipe cannot be read twice (fingerprint, then import) and may never end (/dev/zero).
                throw new IllegalArgumentException("data " + data + " is not a regular file (a device or a pipe); expected a CSV"
                        + " file or a directory of CSV files");
            }
            return List.of(data);
        }
        try (Stream<Path> files = Files.list(data)) {
            List<Path> found = files.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return Files.isRegularFile(p) && (name.endsWith(".csv") || name.endsWith(".txt"));
            }).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no .csv or .txt files in directory " + data);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + data + ": " + e.getMessage(), e);
        }
    }

    /**
     * The instrument named for {@code data}: by {@code SYMBOL=FILE} or by {@code --symbol} (null when neither).
     *
     * @throws IllegalArgumentException if both name it, differently
     */
    static String symbol(Path data, String symbolOption) {
        String named = Files.exists(data) ? null : named(data);
        if (named != null && symbolOption != null && !named.equals(symbolOption)) {
            throw new IllegalArgumentException("--data " + data + " names the instrument " + named + " and --symbol names "
                    + symbolOption + "; give one name");
        }
        return named != null ? named : symbolOption;
    }

    /** The SYMBOL of {@code SYMBOL=FILE}, or null when {@code data} is not of that form. */
    private static String named(Path data) {
        String text = data.toString();
        int eq = text.indexOf('=');
        return eq > 0 && text.substring(0, eq).matches("[A-Za-z0-9._^:-]+") ? text.substring(0, eq) : null;
    }
}
