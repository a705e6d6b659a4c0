package wave.data.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wave.domain.instrument.InstrumentId;

/**
 * Names the instruments of several files loaded together, without collisions: each file gets
 * {@link CsvImporters#instrumentFromFileName} ({@code orcl-1995-2014.txt} gives {@code ORCL}), except files that would
 * share a name, which get their whole base name ({@code 2006-day-001.txt} and {@code 2006-week-001.txt} give
 * {@code 2006-DAY-001} and {@code 2006-WEEK-001}), and after that, if two still collide, their whole file name.
 */
public final class InstrumentNames {
    private InstrumentNames() {
    }

    /** One distinct instrument per file, in the order of {@code files}. */
    public static List<InstrumentId> forFiles(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            names.add(CsvImporters.instrumentFromFileName(file.getFileName().toString()).symbol());
        }
        names = widenCollisions(names, files, true);
        names = widenCollisions(names, files, false);
        return names.stream().map(InstrumentId::of).toList();
    }

    /** The names, with each one shared by several files replaced by the file's base name (or whole name). */
    private static List<String> widenCollisions(List<String> names, List<Path> files, boolean withoutExtension) {
        Map<String, Integer> counts = new HashMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        List<String> out = new ArrayList<>(names);
        for (int i = 0; i < names.size(); i++) {
            if (counts.get(names.get(i)) > 1) {
                String fileName = files.get(i).getFileName().toString();
                int dot = fileName.lastIndexOf('.');
                String base = withoutExtension && dot > 0 ? fileName.substring(0, dot) : fileName;
                out.set(i, base.toUpperCase(Locale.ROOT).replaceAll("[\\s,]", "_"));
            }
        }
        return out;
    }
}
