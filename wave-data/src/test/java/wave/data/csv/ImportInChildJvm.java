package wave.data.csv;

import java.nio.file.Path;

/**
 * Imports one file and prints {@code bars <count> <first ts> <last ts>}, or the error's message on standard error with
 * exit code 2: run in a child JVM with a small heap by {@link BoundedMemoryImportTest}.
 */
public final class ImportInChildJvm {
    private ImportInChildJvm() {
    }

    /** Imports {@code args[0]} with the default options. */
    public static void main(String[] args) throws Exception {
        try {
            var series = CsvImporters.load(Path.of(args[0]), LoadOptions.defaults()).series();
            System.out.println("bars " + series.size() + " " + series.tsNanos(0) + " " + series.tsNanos(series.size() - 1));
        } catch (DataFormatException e) {
            System.err.print(e.getMessage());
            System.exit(2);
        }
    }
}
