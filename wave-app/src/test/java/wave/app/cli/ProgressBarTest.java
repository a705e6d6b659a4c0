package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void outsideATerminalNothingIsDrawn() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "backtest", false, 0);

        bar.update(0.33);
        bar.update(1.0);

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void inATerminalTheBarRedrawsInPlaceAndEndsItsLine() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "backtest", true, 0);

        bar.update(0.5);
        bar.update(1.0);

        assertThat(text.toString()).isEqualTo("\rbacktest [" + "#".repeat(15) + " ".repeat(15) + "] 50%"
                + "\rbacktest [" + "#".repeat(30) + "] 100%" + System.lineSeparator());
    }
}
