package wave.risk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;

/**
 * Which sector each instrument belongs to, by symbol (the venue is ignored), for the sector concentration limit. Read
 * from a CSV file of {@code symbol,sector} rows after a header line (e.g. {@code symbol,gics_sector}).
 */
public final class SectorMap {
    /** No sectors: every instrument's sector is unknown. */
    public static final SectorMap NONE = new SectorMap(Map.of(), List.of());

    private final Map<String, Integer> bySymbol;
    private final List<String> names;

    private SectorMap(Map<String, Integer> bySymbol, List<String> names) {
        this.bySymbol = bySymbol;
        this.names = names;
    }

    /** A map from symbols to sector names. */
    public static SectorMap of(Map<String, String> sectorBySymbol) {
        Map<String, Integer> bySymbol = new HashMap<>();
        List<String> names = new ArrayList<>();
        sectorBySymbol.forEach((symbol, sector) -> {
            int index = names.indexOf(sector);
            if (index < 0) {
                index = names.size();
                names.add(sector);
            }
            bySymbol.put(symbol, index);
        });
        return new SectorMap(Map.copyOf(bySymbol), List.copyOf(names));
    }

    /**
     * Reads a {@code symbol,sector} CSV file with a header line.
     *
     * @throws IllegalArgumentException naming the file and line of a row without two non-empty fields or of a symbol
     *                                  given twice
     */
    public static SectorMap read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> sectors = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected symbol,sector, got '" + line + "'");
            }
            if (sectors.put(fields[0].strip(), fields[1].strip()) != null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": symbol " + fields[0].strip() + " is given twice");
            }
        }
        return of(sectors);
    }

    /** The index of the instrument's sector, or -1 when unknown. */
    public int sectorOf(InstrumentId instrument) {
        Integer index = bySymbol.get(instrument.symbol());
        return index == null ? -1 : index;
    }

    /** The name of sector {@code index}, or null for -1. */
    public String nameOf(int index) {
        return index < 0 ? null : names.get(index);
    }

    /** How many instruments have a sector. */
    public int size() {
        return bySymbol.size();
    }
}
