package wave.app.llm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wave.app.config.ConfigLoader;
import wave.config.Document;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.llm.config.ApiKeys;
import wave.llm.config.LlmConfig;
import wave.llm.config.LlmSettings;
import wave.llm.config.Secrets;
import wave.store.WaveHome;

/** The analyst's configuration and records as the {@code wave llm} commands find them. */
public final class LlmSetup {
    /** Where recorded interactions are kept in the home. */
    public static final String RECORD_FILE = "llm/interactions.jsonl";

    private LlmSetup() {
    }

    /**
     * The {@code [llm]} configuration of the files that apply (home, then {@code explicit} or the working directory's).
     *
     * @throws wave.config.DocumentException listing every problem with file, line and key
     * @throws IllegalArgumentException      when no file has an {@code [llm]} table
     */
    public static LlmConfig load(ConfigLoader loader, Path explicit) throws IOException {
        List<Path> files = loader.files(explicit);
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(Documents.read(file, file.toString(), DocumentFormat.TOML));
        }
        LlmConfig config = LlmSettings.resolve(documents);
        if (config == null) {
            throw new IllegalArgumentException("no [llm] table in " + (files.isEmpty() ? "any wave.toml" : files)
                    + ": configure a provider (docs/llm.md)");
        }
        return config;
    }

    /** Keys from the environment and the configuration's secrets file. */
    public static ApiKeys keys(LlmConfig config) throws IOException {
        return new ApiKeys(System::getenv, config.secretsFile() == null ? Secrets.NONE : Secrets.read(config.secretsFile()));
    }

    /** The file of recorded interactions in the home. */
    public static Path recordFile(WaveHome home) {
        return home.path(RECORD_FILE);
    }
}
