package wave.llm.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;

class PromptBuilderTest {
    static final long DAY = 86_400_000_000_000L;
    static final long START = LocalDate.of(2024, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;

    /** A seeded random walk of daily bars with cent prices. */
    static BarSeries walk(long seed, int bars) {
        Random random = new Random(seed);
        BarSeries.Builder b = BarSeries.builder(InstrumentId.of("AAPL"), BarSpec.parse("1d"), bars);
        long cents = 10_000;
        for (int i = 0; i < bars; i++) {
            long open = cents;
            long close = Math.max(100, open + random.nextInt(401) - 200);
            long high = Math.max(open, close) + random.nextInt(100);
            long low = Math.max(50, Math.min(open, close) - random.nextInt(100));
            b.add(START + i * DAY, price(open), price(high), price(low), price(close), 1_000 + random.nextInt(9_000));
            cents = close;
        }
        return b.build();
    }

    private static long price(long cents) {
        return FixedPoint.parsePrice(cents / 100 + "." + String.format("%02d", cents % 100));
    }

    static final PromptSettings SMALL = new PromptSettings(3, 2, 3, 2, 2, 1_500);

    @Test
    void quotesTheLastBarsIndicatorsPositionAndAccount() {
        BarSeries series = BarSeries.builder(InstrumentId.of("MSFT"), BarSpec.parse("1d"), 4)
                .add(START, price(10_000), price(10_200), price(9_900), price(10_100), 1_000)
                .add(START + DAY, price(10_100), price(10_400), price(10_050), price(10_300), 1_500)
                .add(START + 2 * DAY, price(10_300), price(10_350), price(10_000), price(10_050), 1_200)
                .add(START + 3 * DAY, price(10_050), price(10_500), price(10_050), price(10_450), 2_000)
                .build();
        AccountSummary account = new AccountSummary("USD", FixedPoint.parseMoney("5000"), FixedPoint.parseMoney("15050"),
                FixedPoint.parseQuantity("100"), FixedPoint.parsePrice("100.5"), FixedPoint.parseMoney("-45"));
        Prompt prompt = new PromptBuilder(SMALL).build(series, START + 2 * DAY, account);
        // By hand: closes 101, 103, 100.5; RSI(2) = 100 x 1 / (1 + 1.25) with Wilder's first averages of the gains
        // (2, 0) and losses (0, 2.5); ATR(2) = mean of the true ranges 3.5 (104 - 100.5) and 3.5 (103.5 - 100).
        assertThat(prompt.text()).isEqualTo("""
                Instrument: MSFT
                As of: 2024-01-03 (the last bar below; nothing later is known)
                Bars, oldest first (time,open,high,low,close,volume):
                2024-01-01,100,102,99,101,1000
                2024-01-02,101,104,100.5,103,1500
                2024-01-03,103,103.5,100,100.5,1200
                Close change over these bars: -0.50%
                Indicators at the last bar: SMA(2)=101.75, SMA(3)=101.5, RSI(2)=44.4444, ATR(2)=3.5
                Position: long 100 at an average price of 100.5, unrealised P&L -45 USD
                Account: cash 5000 USD, equity 15050 USD
                Task: advise BUY, SELL or HOLD for MSFT. Use only the numbers above; do not state any price that is not among them.""");
        assertThat(prompt.asOfNanos()).isEqualTo(START + 2 * DAY);
        assertThat(prompt.barsShown()).isEqualTo(3);
        assertThat(prompt.estimatedTokens()).isEqualTo((prompt.text().length() + 3) / 4);
        assertThat(prompt.text()).as("the fourth bar is not known yet").doesNotContain("104.5").doesNotContain("2024-01-04");
    }

    @Test
    void everyPriceInThePromptIsOneOfTheSeries() {
        BarSeries series = walk(11, 300);
        Prompt prompt = new PromptBuilder(PromptSettings.DEFAULT).build(series, START + 199 * DAY,
                AccountSummary.flat("USD", FixedPoint.parseMoney("100000")));
        Set<Long> known = new LinkedHashSet<>();
        for (int i = 0; i < 200; i++) {
            known.add(series.openRaw(i));
            known.add(series.highRaw(i));
            known.add(series.lowRaw(i));
            known.add(series.closeRaw(i));
        }
        String bars = prompt.text().substring(prompt.text().indexOf("volume):\n") + 9, prompt.text().indexOf("Close change"));
        Matcher row = Pattern.compile("^\\d{4}-\\d{2}-\\d{2},([^,]+),([^,]+),([^,]+),([^,]+),\\d+$", Pattern.MULTILINE).matcher(bars);
        int rows = 0;
        while (row.find()) {
            rows++;
            for (int g = 1; g <= 4; g++) {
                assertThat(known).contains(FixedPoint.parsePrice(row.group(g)));
            }
        }
        assertThat(rows).isEqualTo(20);
        assertThat(prompt.text()).contains("Position: none").contains("Account: cash 100000 USD, equity 100000 USD")
                .doesNotContain("n/a");
    }

    @Test
    void olderBarsAreLeftOutUntilThePromptFitsItsBudget() {
        BarSeries series = walk(3, 100);
        AccountSummary account = AccountSummary.flat("USD", FixedPoint.parseMoney("1000"));
        Prompt full = new PromptBuilder(new PromptSettings(20, 5, 10, 14, 14, 10_000)).build(series, START + 99 * DAY, account);
        assertThat(full.barsShown()).isEqualTo(20);
        int budget = full.estimatedTokens() - 30;
        Prompt trimmed = new PromptBuilder(new PromptSettings(20, 5, 10, 14, 14, budget)).build(series, START + 99 * DAY, account);
        assertThat(trimmed.estimatedTokens()).isLessThanOrEqualTo(budget);
        assertThat(trimmed.barsShown()).isBetween(16, 19);
        assertThat(trimmed.text()).endsWith(full.text().substring(full.text().lastIndexOf("Close change") + 40));

        assertThatThrownBy(() -> new PromptBuilder(new PromptSettings(20, 5, 10, 14, 14, 50)).build(series, START + 99 * DAY, account))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("a prompt with one bar of AAPL.* needs \\d+ tokens, more than the budget of 50");
        assertThatThrownBy(() -> new PromptBuilder(SMALL).build(series, START - 1, account))
                .hasMessage("no bar of " + series.instrument() + " is known at " + Instant.ofEpochSecond(0, START - 1));
    }

    @Property(tries = 60)
    void thePromptForATimeIsTheSameWhateverFollowsIt(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 199) int cut, @ForAll @IntRange(min = 1, max = 40) int bars) {
        BarSeries series = walk(seed, 200);
        long asOf = series.tsNanos(cut - 1);
        PromptBuilder builder = new PromptBuilder(new PromptSettings(bars, 5, 20, 14, 14, 2_000));
        AccountSummary account = AccountSummary.flat("USD", FixedPoint.parseMoney("10000"));
        Prompt fromAll = builder.build(series, asOf, account);
        Prompt fromCut = builder.build(series.head(cut), asOf, account);
        assertThat(fromAll).isEqualTo(fromCut);
        // A decision time between two bars sees the earlier one only.
        assertThat(builder.build(series, asOf + DAY / 2, account)).isEqualTo(fromCut);
    }
}
