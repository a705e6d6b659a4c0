package wave.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionFileTest {
    @TempDir
    Path dir;

    @Test
    void interactionsSurviveTheFileExactly() throws Exception {
        Interaction advice = new Interaction("k1", "AAPL at 190.12\nRSI(14)=41.5", "cloud", "gpt-4o-mini",
                "https://api.openai.com/v1", 0.2, 400, 1, 812, 1_200, 300, 360_000, new Advice(Action.BUY, 0.72, "5d",
                RiskLevel.MEDIUM, "Momentum \"strong\".", List.of("momentum", "volume")));
        Interaction failure = new Interaction("k2", "p", "chain", "m", "u", 0.0, 256, 1, 5, 0, 0, 0,
                new AdviceFailure(AdviceFailure.Kind.ALL_PROVIDERS_FAILED, "no provider gave advice: a: TIMEOUT (x)", ""));
        Interaction noFactors = advice.withKey("k3").withOutcome(new Advice(Action.HOLD, 0.0, "1d", RiskLevel.EXTREME, "-", List.of()));
        Path file = dir.resolve("llm/interactions.jsonl");
        InteractionFile.append(file, advice);
        InteractionFile.append(file, failure);
        InteractionFile.append(file, noFactors);
        assertThat(Files.readAllLines(file)).hasSize(3);
        assertThat(InteractionFile.read(file).all()).containsExactly(advice, failure, noFactors);
        assertThat(InteractionFile.read(dir.resolve("none.jsonl")).size()).isZero();
    }

    @Test
    void aBrokenLineIsNamed() throws Exception {
        Path file = dir.resolve("i.jsonl");
        Files.writeString(file, "\n{\"key\":\"k\"}\n");
        assertThatThrownBy(() -> InteractionFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2: not a recorded interaction");
    }
}
