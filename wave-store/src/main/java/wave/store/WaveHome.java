package wave.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Wave's home directory: where the embedded store ({@value #STORE_FILE}) lives, and later the configuration file
 * and the market-data store. Chosen by the {@code --home} option, else the {@value #ENV} environment variable, else
 * {@code ~/.wave}. Resolving a home does not touch the disk; {@link #ensureWritable()} creates it when first needed.
 *
 * @param dir the home directory, absolute and normalised
 */
public record WaveHome(Path dir) {
    /** The environment variable naming the home directory. */
    public static final String ENV = "WAVE_HOME";
    /** The home's directory name under the user's home when neither the option nor the variable is set. */
    public static final String DEFAULT_DIR = ".wave";
    /** The embedded SQLite store, inside the home. */
    public static final String STORE_FILE = "wave.db";

    /** Makes the path absolute and normalised. */
    public WaveHome {
        if (dir == null) {
            throw new IllegalArgumentException("the Wave home directory is required");
        }
        dir = dir.toAbsolutePath().normalize();
    }

    /**
     * The home the user chose: {@code option} if given (not blank), else {@code env}'s {@value #ENV}, else
     * {@code userHome/.wave}.
     *
     * @param option   the {@code --home} value, or null
     * @param env      the environment (usually {@link System#getenv()})
     * @param userHome the user's home directory (usually the {@code user.home} system property)
     */
    public static WaveHome resolve(String option, Map<String, String> env, String userHome) {
        if (option != null && !option.isBlank()) {
            return new WaveHome(Path.of(option.strip()));
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new WaveHome(Path.of(fromEnv.strip()));
        }
        return new WaveHome(Path.of(userHome, DEFAULT_DIR));
    }

    /** The home of this process: {@code option}, else {@value #ENV}, else {@code ~/.wave}. */
    public static WaveHome fromEnvironment(String option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }

    /** The embedded store's file, {@code <home>/wave.db}. */
    public Path storeFile() {
        return dir.resolve(STORE_FILE);
    }

    /** A file or directory inside the home, e.g. {@code path("wave.toml")}. */
    public Path path(String name) {
        return dir.resolve(name);
    }

    /**
     * Creates the home if it does not exist and checks that Wave can write there.
     *
     * @return this home
     * @throws StoreException naming the directory and what was expected, when it cannot be created or written
     */
    public WaveHome ensureWritable() {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("Wave home " + dir + " is not a directory (" + e.getFile()
                    + " is a file); expected a writable directory (choose another with --home or " + ENV + ")", e);
        } catch (IOException e) {
            throw new StoreException("cannot create the Wave home " + dir + " (" + StoreException.describe(e)
                    + "); expected a writable directory (choose another with --home or " + ENV + ")", e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("Wave home " + dir + " is not writable; expected a directory Wave can create files in"
                    + " (choose another with --home or " + ENV + ")");
        }
        return this;
    }

    @Override
    public String toString() {
        return dir.toString();
    }
}
