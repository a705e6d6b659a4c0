package wave.app.cli;

import java.nio.file.Files;
import java.util.Optional;
import picocli.CommandLine.Option;
import wave.store.Store;
import wave.store.StoreUrl;
import wave.store.WaveHome;

/** Where Wave keeps its store: the home directory and the store URL, for the commands that use the store. */
final class StoreOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "Wave's home directory, which holds the SQLite store wave.db (default: $WAVE_HOME, else ~/.wave).")
    String home;

    @Option(names = "--store-url", paramLabel = "URL",
            description = {"The store: sqlite:FILE (relative to the home) or postgresql://[user[:password]@]host[:port]/database",
                    "(default: $WAVE_STORE_URL, else wave.db in the home)."})
    String storeUrl;

    /** The home chosen by {@code --home}, {@code WAVE_HOME} or the default. */
    WaveHome home() {
        return WaveHome.fromEnvironment(home);
    }

    /**
     * The store chosen by {@code --store-url}, {@code WAVE_STORE_URL} or the default; checks only its form.
     *
     * @throws IllegalArgumentException when the URL is not understood
     */
    StoreUrl url() {
        return StoreUrl.resolve(storeUrl, System.getenv(), home());
    }

    /** Opens (creating it and the home if needed) and migrates the store. */
    Store open() {
        return open(url());
    }

    /** Opens {@code url}, first creating the home when the store lives in it. */
    Store open(StoreUrl url) {
        WaveHome chosen = home();
        if (url.kind() == StoreUrl.Kind.SQLITE && url.file().startsWith(chosen.dir())) {
            chosen.ensureWritable();
        }
        return Store.open(url);
    }

    /** The store if it exists; empty for a SQLite file that has not been created yet (nothing recorded). */
    Optional<Store> openExisting() {
        StoreUrl url = url();
        if (url.kind() == StoreUrl.Kind.SQLITE && !Files.exists(url.file())) {
            return Optional.empty();
        }
        return Optional.of(open(url));
    }
}
