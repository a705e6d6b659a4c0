package wave.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import wave.domain.market.BarSeries;
import wave.store.Store;
import wave.store.bars.StoredBars;
import wave.store.runs.FileDigest;

/**
 * A {@code --data store:SYMBOL[,SYMBOL...]} argument: series read from the market-data store ({@code wave data import})
 * instead of files. The run history fingerprints each one as {@code store:SYMBOL} with the SHA-256 and size of its
 * stored columns.
 */
final class StoredData {
    /** The prefix that names stored series instead of a file. */
    static final String PREFIX = "store:";

    private StoredData() {
    }

    /** True when {@code data} names stored series. */
    static boolean isStored(Path data) {
        return data.toString().startsWith(PREFIX);
    }

    /**
     * The series named by {@code data}, in its order, from the store of {@code options} (which is not created when
     * it does not exist yet).
     *
     * @throws IllegalArgumentException when no symbol is given, one has no stored bars, or their bar lengths differ
     */
    static List<StoredBars> load(Path data, StoreOptions options) {
        String text = data.toString().substring(PREFIX.length());
        List<String> symbols = Arrays.stream(text.split(",")).map(String::strip).toList();
        if (text.isBlank() || symbols.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("--data '" + data + "' names no symbol; expected store:SYMBOL or store:SYMBOL,SYMBOL,...");
        }
        Optional<Store> store = options.openExisting();
        List<StoredBars> loaded = new ArrayList<>();
        for (String symbol : symbols) {
            loaded.add(store.flatMap(s -> s.bars().read(symbol)).orElseThrow(() -> new IllegalArgumentException("no bars stored under "
                    + symbol + " in " + options.url() + "; import them with 'wave data import FILE --symbol " + symbol + "'")));
            BarSeries first = loaded.getFirst().series();
            BarSeries last = loaded.getLast().series();
            if (!last.spec().equals(first.spec())) {
                throw new IllegalArgumentException("store:" + symbol + " holds " + last.spec() + " bars, store:" + loaded.getFirst().symbol()
                        + " " + first.spec() + " bars; use series of one bar length");
            }
        }
        return loaded;
    }

    /** The series of the stored bars. */
    static List<BarSeries> series(List<StoredBars> stored) {
        return stored.stream().map(StoredBars::series).toList();
    }

    /** The run history's fingerprints of the stored bars: {@code store:SYMBOL}, the stored columns' size and SHA-256. */
    static List<FileDigest> digests(List<StoredBars> stored) {
        return stored.stream().map(s -> new FileDigest(PREFIX + s.symbol(), s.storedBytes(), s.sha256())).toList();
    }
}
