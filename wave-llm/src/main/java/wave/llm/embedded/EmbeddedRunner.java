package wave.llm.embedded;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.LogFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM's side of the embedded provider: loads the GGUF model, completes the prompt read from standard input
 * under the advice grammar, writes the answer to a file, and exits (llama.cpp's bindings leave a non-daemon thread, so
 * the process ends by {@link System#exit}).
 *
 * <p>Arguments: the model file, the answer file, the seed, the token cap, the temperature, the threads.
 */
public final class EmbeddedRunner {
    private EmbeddedRunner() {
    }

    /** Runs one completion; exit status 0 when the answer was written, 1 otherwise (the reason on standard error). */
    public static void main(String[] args) {
        int status = 0;
        try {
            run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Float.parseFloat(args[4]), Integer.parseInt(args[5]));
        } catch (IOException | RuntimeException e) {
            System.err.println("embedded model failed: " + e);
            status = 1;
        }
        System.exit(status);
    }

    private static void run(Path model, Path answer, int seed, int maxTokens, float temperature, int threads) throws IOException {
        String prompt = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> { });
        try (LlamaModel llama = new LlamaModel(new ModelParameters().setModel(model.toString()).setThreads(threads)
                .setCtxSize(4096))) {
            String text = llama.complete(new InferenceParameters(prompt).setGrammar(AdviceGrammar.text())
                    .setNPredict(maxTokens).setSeed(seed).setTemperature(temperature));
            Files.writeString(answer, text, StandardCharsets.UTF_8);
        }
    }
}
