package wave.app.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where {@code wave.toml} files are looked for: the Wave home (its file has the lowest precedence) and the working
 * directory (its file overrides the home's; {@code --config FILE} takes its place).
 *
 * @param home             the Wave home directory (default {@code ~/.wave})
 * @param workingDirectory the directory searched for {@code wave.toml} (default: the current directory)
 */
public record ConfigLocations(Path home, Path workingDirectory) {
    /** The configuration file's name, in the home and in the working directory. */
    public static final String FILE_NAME = "wave.toml";

    /** Locations as given. */
    public ConfigLocations {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** {@code ~/.wave} and the current directory. */
    public static ConfigLocations defaults() {
        return new ConfigLocations(defaultHome(), Path.of(""));
    }

    /** {@code ~/.wave}: the home when none is given. */
    public static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".wave");
    }

    /** The home's configuration file (it may not exist). */
    public Path homeFile() {
        return home.resolve(FILE_NAME);
    }

    /** The working directory's configuration file (it may not exist); {@code wave.toml} for the current directory. */
    public Path workingFile() {
        return workingDirectory.resolve(FILE_NAME);
    }
}
