package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.spec.SpecRuns.ACME;
import static wave.spec.SpecRuns.bars;
import static wave.spec.SpecRuns.closes;
import static wave.spec.SpecRuns.run;
import static wave.spec.SpecRuns.toml;

import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.engine.backtest.BacktestResult;

/**
 * Spec sizing models on small hand-made series: 100,000 USD, no fees, an entry at the first bar after warm-up
 * (signalled at its close, filled at the next bar's open). The run's sizing (fixed:1) is overridden by the model.
 */
class SizingModelSpecTest {
    private static final String ENTRY = "[entry.long]\nall = [\"close > 0\"]\n[sizing]\n";

    private static long entryQuantity(String sizing, BarSeries data) {
        return firstQuantity(ENTRY + sizing, data);
    }

    private static long firstQuantity(String spec, BarSeries data) {
        BacktestResult r = run(toml(spec), data, "fixed:1");
        assertThat(r.failures()).isEmpty();
        assertThat(r.fills()).isNotEmpty();
        return r.fills().get(0).quantityRaw();
    }

    @Test
    void volatilityTargetByHand() {
        // returns of 100 -> 110 -> 99: +0.10, -0.10; mean 0, sample sd sqrt((0.01 + 0.01) / 1) = 0.141421 a bar,
        // x sqrt(4 bars a year) = 0.282843; 0.10 / 0.282843 = 0.353553 of 100,000 = 35,355.3 at the fill (open 100)
        // = 353 shares
        String sizing = "model = \"volatility-target\"\ntarget_vol = 0.10\nvol_period = 2\nbars_per_year = 4\n";
        assertThat(entryQuantity(sizing, closes(100, 110, 99, 100, 100))).isEqualTo(FixedPoint.quantityOfUnits(353));
    }

    @Test
    void volatilityTargetIsCapped() {
        // the same volatility with a 10 % target of a 0.2 cap: 0.353553 -> 0.2 = 20,000 / 100 = 200 shares
        String sizing = "model = \"volatility-target\"\ntarget_vol = 0.10\nvol_period = 2\nbars_per_year = 4\ncap = 0.2\n";
        assertThat(entryQuantity(sizing, closes(100, 110, 99, 100, 100))).isEqualTo(FixedPoint.quantityOfUnits(200));
    }

    @Test
    void atrRiskByHand() {
        // true ranges: bar 1 max(53 - 51, |53 - 50|, |51 - 50|) = 3, bar 2 max(52 - 50, |52 - 52|, |50 - 52|) = 2;
        // ATR(2) at bar 2 = (3 + 2) / 2 = 2.5; stop 2 x 2.5 = 5; 1 % of 100,000 = 1,000 at risk / 5 = 200 shares,
        // i.e. 0.01 x 51 / 5 = 10.2 % of equity at the signal close 51, filled at the open 51
        BarSeries data = bars(ACME,
                new double[] {50, 51, 49, 50, 1000},
                new double[] {52, 53, 51, 52, 1000},
                new double[] {51, 52, 50, 51, 1000},
                new double[] {51, 52, 50, 51, 1000});
        String sizing = "model = \"atr-risk\"\nrisk_pct = 1.0\natr_multiple = 2\natr_period = 2\n";
        assertThat(entryQuantity(sizing, data)).isEqualTo(FixedPoint.quantityOfUnits(200));
    }

    @Test
    void fixedFractionalAndKelly() {
        // 2 % of 100,000 at 50 = 40 shares
        assertThat(entryQuantity("model = \"fixed-fractional\"\nfraction = 0.02\n", closes(50, 50, 50)))
                .isEqualTo(FixedPoint.quantityOfUnits(40));
        // p = 0.55, b = 1.5: f* = 0.25, half Kelly 0.125 = 12,500 at 50 = 250 shares; a cap of 0.05 = 100 shares
        assertThat(entryQuantity("model = \"kelly\"\nwin_rate = 0.55\npayoff = 1.5\n", closes(50, 50, 50)))
                .isEqualTo(FixedPoint.quantityOfUnits(250));
        assertThat(entryQuantity("model = \"kelly\"\nwin_rate = 0.55\npayoff = 1.5\ncap = 0.05\n", closes(50, 50, 50)))
                .isEqualTo(FixedPoint.quantityOfUnits(100));
    }

    @Test
    void shortEntriesAreSizedByTheModelToo() {
        // 5 % of 100,000 at 40 = 125 shares sold short
        String spec = "[entry.short]\nall = [\"close > 0\"]\n[sizing]\nmodel = \"fixed-fractional\"\nfraction = 0.05\n";
        BacktestResult r = SpecRuns.runShort(toml(spec), closes(40, 40, 40), "fixed:1");
        assertThat(r.fills().get(0).side()).isEqualTo(wave.domain.order.OrderSide.SELL);
        assertThat(r.fills().get(0).quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(125));
    }

    @Test
    void kellyWithoutAnEdgePlacesNoOrder() {
        BacktestResult r = run(toml(ENTRY + "model = \"kelly\"\nwin_rate = 0.4\npayoff = 1\n"), closes(50, 50, 50), "fixed:1");
        assertThat(r.fills()).isEmpty();
    }

    /** The ATR series of {@link #atrRiskByHand}: ATR(2) = 2.5 at the signal bar, close and next open 51. */
    private static BarSeries atrBars() {
        return bars(ACME,
                new double[] {50, 51, 49, 50, 1000},
                new double[] {52, 53, 51, 52, 1000},
                new double[] {51, 52, 50, 51, 1000},
                new double[] {51, 52, 50, 51, 1000});
    }

    private static final String PARAMETERISED_ATR_RISK = "[params]\nrisk_pct = { default = 1.0, min = 0.1, max = 5.0 }\n"
            + "stop = 2.0\nperiod = 2\n" + ENTRY + "model = \"atr-risk\"\nrisk_pct = \"$risk_pct\"\n"
            + "atr_multiple = \"$stop\"\natr_period = \"$period\"\n";

    @Test
    void parametersSizeLikeLiterals() {
        // the defaults are the literals of atrRiskByHand: 1 % of 100,000 over a 2 x 2.5 stop = 200 shares
        SpecStrategyDefinition spec = toml(PARAMETERISED_ATR_RISK);
        assertThat(SpecRuns.run(spec, atrBars(), "fixed:1", Map.of()).fills().get(0).quantityRaw())
                .isEqualTo(FixedPoint.quantityOfUnits(200));
        // --param risk_pct=1.5: 1,500 at risk / 5 = 300 shares; stop=2.5 as well: 1,500 / 6.25 = 240
        assertThat(SpecRuns.run(spec, atrBars(), "fixed:1", Map.of("risk_pct", "1.5")).fills().get(0).quantityRaw())
                .isEqualTo(FixedPoint.quantityOfUnits(300));
        assertThat(SpecRuns.run(spec, atrBars(), "fixed:1", Map.of("risk_pct", "1.5", "stop", "2.5")).fills().get(0)
                .quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(240));
    }

    @Test
    void everyModelTakesParameters() {
        String params = "[params]\nf = 0.02\ntarget = 0.10\nn = 2\nyear = 4\np = 0.55\nb = 1.5\nk = 0.5\ncap = 1.0\n";
        // 2 % of 100,000 at 50 = 40 shares (fixedFractionalAndKelly)
        assertThat(firstQuantity(params + ENTRY + "model = \"fixed-fractional\"\nfraction = \"$f\"\n", closes(50, 50, 50)))
                .isEqualTo(FixedPoint.quantityOfUnits(40));
        // half Kelly of p = 0.55, b = 1.5 = 0.125 at 50 = 250 shares
        assertThat(firstQuantity(params + ENTRY + "model = \"kelly\"\nwin_rate = \"$p\"\npayoff = \"$b\"\n"
                + "kelly_fraction = \"$k\"\ncap = \"$cap\"\n", closes(50, 50, 50))).isEqualTo(FixedPoint.quantityOfUnits(250));
        // volatilityTargetByHand: 353 shares
        assertThat(firstQuantity(params + ENTRY + "model = \"volatility-target\"\ntarget_vol = \"$target\"\n"
                + "vol_period = \"$n\"\nbars_per_year = \"$year\"\n", closes(100, 110, 99, 100, 100)))
                .isEqualTo(FixedPoint.quantityOfUnits(353));
    }

    @Test
    void anUnknownParameterIsNamedWithItsKeyAndLine() {
        String spec = "[params]\nrisk = 1.0\n" + ENTRY + "model = \"atr-risk\"\natr_multiple = 2\nrisk_pct = \"$risk_pct\"\n";
        SpecException e = org.junit.jupiter.api.Assertions.assertThrows(SpecException.class, () -> toml(spec));
        assertThat(e).hasMessage("test.toml: line 8: sizing.risk_pct: unknown parameter '$risk_pct'; defined parameters: $risk");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.path()).isEqualTo("sizing.risk_pct");
    }

    @Test
    void aWholeKeyNeedsAnIntegerParameter() {
        rejects("model = \"atr-risk\"\nrisk_pct = 1\natr_multiple = 2\natr_period = \"$risk\"\n",
                "sizing.atr_period: unknown parameter '$risk'; defined parameters: (none)", 7);
        String spec = "[params]\nperiod = 2.5\n" + ENTRY + "model = \"atr-risk\"\nrisk_pct = 1\natr_multiple = 2\n"
                + "atr_period = \"$period\"\n";
        assertThatThrownBy(() -> toml(spec)).hasMessage("test.toml: sizing.atr_period: expected an integer, but parameter "
                + "'$period' is a number; give it an integer default, min and max (or type = \"integer\")");
    }

    @Test
    void aBoundValueOutsideTheKeysRangeIsRefusedWhenBound() {
        SpecStrategyDefinition spec = toml("[params]\nrisk = 1.0\n" + ENTRY
                + "model = \"atr-risk\"\nrisk_pct = \"$risk\"\natr_multiple = 2\n");
        assertThatThrownBy(() -> spec.create(Map.of("risk", "150"))).isInstanceOf(SpecException.class)
                .hasMessage("test: sizing.risk_pct: expected a percentage of equity lost at the stop in (0, 100] (1.0 means 1 %), "
                        + "got $risk = 150");
    }

    private static void rejects(String sizing, String message, int line) {
        assertThatThrownBy(() -> toml(ENTRY + sizing)).isInstanceOf(SpecException.class)
                .hasMessage("test.toml: line " + line + ": " + message);
    }

    private static void rejects(String sizing, String message) {
        assertThatThrownBy(() -> toml(ENTRY + sizing)).isInstanceOf(SpecException.class).hasMessage("test.toml: " + message);
    }

    @Test
    void invalidModel() {
        rejects("model = \"martingale\"\n", "sizing.model: expected one of fixed-fractional, volatility-target, atr-risk, kelly, "
                + "got \"martingale\"");
        rejects("model = \"kelly\"\nrule = \"all-in\"\nwin_rate = 0.5\npayoff = 1\n",
                "sizing.rule: a [sizing] table has either a rule or a model, not both; remove rule or model");
        rejects("model = \"fixed-fractional\"\nfraction = 0.1\ntarget_vol = 0.1\n",
                "sizing.target_vol: unknown key 'target_vol' for model \"fixed-fractional\"; valid keys: model, fraction, correlation");
    }

    @Test
    void invalidFraction() {
        rejects("model = \"fixed-fractional\"\n", "sizing.fraction: missing; expected a fraction of equity in (0, 1] (0.02 means 2 %)");
        rejects("model = \"fixed-fractional\"\nfraction = 2\n",
                "sizing.fraction: expected a fraction of equity in (0, 1] (0.02 means 2 %), got 2");
    }

    @Test
    void invalidTargetVol() {
        rejects("model = \"volatility-target\"\ntarget_vol = 0\n",
                "sizing.target_vol: expected an annualised volatility > 0 (0.10 means 10 % a year), got 0");
    }

    @Test
    void invalidVolPeriod() {
        rejects("model = \"volatility-target\"\ntarget_vol = 0.1\nvol_period = 1\n",
                "sizing.vol_period: expected a whole number of returns >= 2, got 1");
    }

    @Test
    void invalidBarsPerYear() {
        rejects("model = \"volatility-target\"\ntarget_vol = 0.1\nbars_per_year = 0.5\n",
                "sizing.bars_per_year: expected a whole number of bars a year >= 1 (252 for daily bars), got 0.5");
    }

    @Test
    void invalidCap() {
        rejects("model = \"volatility-target\"\ntarget_vol = 0.1\ncap = 1.5\n",
                "sizing.cap: expected a largest fraction of equity in (0, 1], got 1.5");
        rejects("model = \"kelly\"\nwin_rate = 0.5\npayoff = 1\ncap = 0\n",
                "sizing.cap: expected a largest fraction of equity in (0, 1], got 0");
    }

    @Test
    void invalidRiskPct() {
        rejects("model = \"atr-risk\"\natr_multiple = 2\n",
                "sizing.risk_pct: missing; expected a percentage of equity lost at the stop in (0, 100] (1.0 means 1 %)");
        rejects("model = \"atr-risk\"\nrisk_pct = \"1%\"\natr_multiple = 2\n",
                "sizing.risk_pct: expected a percentage of equity lost at the stop in (0, 100] (1.0 means 1 %), got \"1%\"");
    }

    @Test
    void invalidAtrMultiple() {
        rejects("model = \"atr-risk\"\nrisk_pct = 1\natr_multiple = -2\n",
                "sizing.atr_multiple: expected a stop distance in ATRs > 0, got -2");
    }

    @Test
    void invalidAtrPeriod() {
        rejects("model = \"atr-risk\"\nrisk_pct = 1\natr_multiple = 2\natr_period = 0\n",
                "sizing.atr_period: expected a whole number of bars >= 1, got 0");
    }

    @Test
    void invalidWinRate() {
        rejects("model = \"kelly\"\npayoff = 1\n", "sizing.win_rate: missing; expected the probability of a winning trade in [0, 1]");
        rejects("model = \"kelly\"\nwin_rate = 55\npayoff = 1\n",
                "sizing.win_rate: expected the probability of a winning trade in [0, 1], got 55");
    }

    @Test
    void invalidPayoff() {
        rejects("model = \"kelly\"\nwin_rate = 0.5\npayoff = 0\n", "sizing.payoff: expected an average win over average loss > 0, got 0");
    }

    @Test
    void invalidKellyFraction() {
        rejects("model = \"kelly\"\nwin_rate = 0.5\npayoff = 1\nkelly_fraction = 1.5\n",
                "sizing.kelly_fraction: expected a share of full Kelly in (0, 1] (0.5 for half Kelly), got 1.5");
    }
}
