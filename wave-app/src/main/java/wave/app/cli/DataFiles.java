package wave.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Resolves a {@code --data} argument: a CSV file, or a directory whose {@code .csv}/{@code .txt} files are read in name order. */
final class DataFiles {
    private DataFiles() {
    }

    static List<Path> resolve(Path data) {
        if (!Files.exists(data)) {
            throw new IllegalArgumentException("data file or directory not found: " + data);
        }
        if (!Files.isDirectory(data)) {
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
}
