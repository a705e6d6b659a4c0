package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.config.Document;
import wave.config.DocumentException;
import wave.config.DocumentFormat;
import wave.config.Documents;
import wave.config.Problem;
import wave.domain.money.FixedPoint;

/** Presets, key-by-key overrides from wave.toml and risk files, and fail-closed checking of every key. */
class RiskSettingsTest {
    @TempDir
    Path dir;

    Document waveToml(String text) throws IOException {
        Path file = dir.resolve("wave.toml");
        Files.writeString(file, text);
        return Documents.read(file, file.toString(), DocumentFormat.TOML);
    }

    @Test
    void conservativePreset() throws IOException {
        RiskSetup setup = RiskSettings.resolve("conservative", List.of());

        RiskLimits limits = setup.config().limits();
        assertThat(setup.description()).isEqualTo("conservative");
        assertThat(limits.maxOrderPctOfEquity()).isEqualTo(2);
        assertThat(limits.maxSectorPctOfEquity()).isEqualTo(20);
        assertThat(limits.maxTradesPerDay()).isEqualTo(10);
        assertThat(limits.dailyLossPct()).isEqualTo(5);
        assertThat(setup.config().dailyLoss()).isEqualTo(new Breaker(5, TradingState.HALTED, Breaker.Action.CANCEL_ORDERS, 0,
                Breaker.Resume.NEXT_DAY));
        assertThat(setup.config().weeklyLoss()).isEqualTo(new Breaker(10, TradingState.HALTED, Breaker.Action.CANCEL_ORDERS, 0,
                Breaker.Resume.NEXT_WEEK));
        assertThat(limits.maxPositionPctOfEquity()).as("not in the preset: off").isZero();
    }

    @Test
    void agentPreset() throws IOException {
        RiskLimits limits = RiskSettings.resolve("agent", List.of()).config().limits();

        assertThat(limits.maxPositionPctOfEquity()).isEqualTo(10);
        assertThat(limits.dailyLossPct()).isEqualTo(2);
        assertThat(limits.maxGrossExposurePctOfEquity()).isEqualTo(30);
        assertThat(limits.maxTradesPerDay()).isEqualTo(10);
        assertThat(limits.minConfidence()).isEqualTo(0.7);
    }

    @Test
    void waveTomlOverridesThePresetKeyByKey() throws IOException {
        Document config = waveToml("""
                [risk]
                preset = "agent"
                max_position_pct = 15
                restricted = ["GME"]

                [risk.breakers.daily_loss]
                threshold = 3
                """);

        RiskSetup setup = RiskSettings.resolve(null, List.of(config));

        assertThat(setup.description()).isEqualTo("agent with 3 keys overridden");
        assertThat(setup.config().limits().maxPositionPctOfEquity()).isEqualTo(15);
        assertThat(setup.config().limits().restricted()).isEqualTo(Set.of("GME"));
        assertThat(setup.config().limits().minConfidence()).isEqualTo(0.7);
        assertThat(setup.config().dailyLoss().threshold()).isEqualTo(3);
        assertThat(setup.config().dailyLoss().resume()).as("kept from the preset").isEqualTo(Breaker.Resume.NEXT_DAY);
    }

    @Test
    void theFlagsPresetWinsOverTheTablesPresetAndARiskFileOverridesBoth() throws IOException {
        Document config = waveToml("[risk]\npreset = \"agent\"\nmax_order_pct = 1\n");
        assertThat(RiskSettings.resolve("conservative", List.of(config)).config().limits().maxSectorPctOfEquity()).isEqualTo(20);

        Files.writeString(dir.resolve("sectors.csv"), "symbol,sector\nAAPL,Tech\nXOM,Energy\n");
        Path file = dir.resolve("risk.toml");
        Files.writeString(file, "preset = \"conservative\"\nmax_order_pct = 3\nsectors = \"sectors.csv\"\n");

        RiskSetup setup = RiskSettings.resolve(file.toString(), List.of(config));

        assertThat(setup.config().limits().maxOrderPctOfEquity()).isEqualTo(3);
        assertThat(setup.config().limits().maxSectorPctOfEquity()).isEqualTo(20);
        assertThat(setup.sectors().size()).isEqualTo(2);
        assertThat(setup.description()).isEqualTo("conservative with 2 keys overridden (" + file + ")");
    }

    @Test
    void nothingAskedNothingChecked() throws IOException {
        assertThat(RiskSettings.resolve(null, List.of(waveToml("[data]\npath = \"x.csv\"\n")))).isNull();
    }

    @Test
    void anUnknownNameIsNeitherPresetNorFile() {
        assertThatThrownBy(() -> RiskSettings.resolve("reckless", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--risk: 'reckless' is neither a preset (conservative, agent) nor a file");
    }

    @Test
    void thePresetsAreValidRiskFiles() {
        for (String preset : RiskSettings.PRESETS) {
            assertThat(RiskSettingsTest.problems(RiskSettings.preset(preset))).as(preset).isEmpty();
        }
    }

    static List<Problem> problems(Document document) {
        return wave.config.SchemaChecker.ofResource(RiskSettings.SCHEMA_RESOURCE, RiskSettings.class.getClassLoader())
                .check(document);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            preset                      | "reckless"    | risk.preset: expected one of "conservative" or "agent", got "reckless"
            max_position_pct            | -10           | risk.max_position_pct: expected a number > 0, got -10
            max_position_value          | "lots"        | risk.max_position_value: expected a number > 0, got "lots"
            max_gross_exposure_pct      | 0             | risk.max_gross_exposure_pct: expected a number > 0, got 0
            max_net_exposure_pct        | true          | risk.max_net_exposure_pct: expected a number > 0, got true
            max_order_pct               | -2            | risk.max_order_pct: expected a number > 0, got -2
            max_order_notional          | 0             | risk.max_order_notional: expected a number > 0, got 0
            max_order_quantity          | -1            | risk.max_order_quantity: expected a number > 0, got -1
            max_adv_pct                 | 150           | risk.max_adv_pct: expected a number > 0 and <= 100, got 150
            price_band_pct              | "5%"          | risk.price_band_pct: expected a number > 0, got "5%"
            max_orders_per_minute       | 0             | risk.max_orders_per_minute: expected a whole number >= 1, got 0
            max_orders_per_day          | 2.5           | risk.max_orders_per_day: expected a whole number >= 1, got 2.5
            max_trades_per_day          | -1            | risk.max_trades_per_day: expected a whole number >= 1, got -1
            daily_loss_pct              | 101           | risk.daily_loss_pct: expected a number > 0 and <= 100, got 101
            weekly_loss_pct             | 0             | risk.weekly_loss_pct: expected a number > 0 and <= 100, got 0
            drawdown_warning_pct        | "high"        | risk.drawdown_warning_pct: expected a number > 0 and <= 100, got "high"
            drawdown_halt_pct           | 200           | risk.drawdown_halt_pct: expected a number > 0 and <= 100, got 200
            min_confidence              | 70            | risk.min_confidence: expected a number > 0 and <= 1, got 70
            restricted                  | "GME"         | risk.restricted: expected an array, got "GME"
            trading_hours_only          | "yes"         | risk.trading_hours_only: expected true or false, got "yes"
            max_instrument_pct_of_gross | 0             | risk.max_instrument_pct_of_gross: expected a number > 0 and <= 100, got 0
            max_sector_pct              | -20           | risk.max_sector_pct: expected a number > 0, got -20
            sectors                     | 3             | risk.sectors: expected a string not empty, got 3
            max_leverage                | 0             | risk.max_leverage: expected a number > 0, got 0
            venue_orders_per_second     | 0             | risk.venue_orders_per_second: expected a whole number >= 1, got 0
            venue_rate_mode             | "drop"        | risk.venue_rate_mode: expected one of "refuse", "queue" or "pace", got "drop"
            venue_queue_limit           | 0             | risk.venue_queue_limit: expected a whole number >= 1, got 0
            max_correlation             | 1.5           | risk.max_correlation: expected a number > 0 and <= 1, got 1.5
            correlation_window          | 1             | risk.correlation_window: expected a whole number >= 2, got 1
            max_var_pct                 | 0             | risk.max_var_pct: expected a number > 0 and <= 100, got 0
            var_window                  | 20.5          | risk.var_window: expected a whole number >= 2, got 20.5
            var_confidence              | 95            | risk.var_confidence: expected a number > 0.5 and < 1, got 95
            var_method                  | "normal"      | risk.var_method: expected one of "historical" or "parametric", got "normal"
            benchmark                   | ""            | risk.benchmark: expected a string not empty, got ""
            volatility_window           | 1             | risk.volatility_window: expected a whole number >= 2, got 1
            venue_errors_window         | "1 minute"    | risk.venue_errors_window: expected a string like "PT1M", "PT30S" or "PT1H", got "1 minute"
            max_postion_pct             | 10            | risk.max_postion_pct: unknown key 'max_postion_pct'; did you mean 'max_position_pct'?
            """)
    void everyInvalidKeyIsRefusedWithItsFileLineAndKey(String key, String value, String expected) throws IOException {
        String other = key.equals("preset") ? "max_order_pct = 1" : "preset = \"agent\"";
        Document config = waveToml("[data]\npath = \"x.csv\"\n\n[risk]\n" + other + "\n" + key + " = " + value + "\n");

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::toString)
                        .singleElement().asString().startsWith(dir.resolve("wave.toml") + ":6: " + expected));
    }

    @ParameterizedTest(name = "breakers.daily_loss.{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            threshold       | 0          | risk.breakers.daily_loss.threshold: expected a number > 0, got 0
            trip            | "active"   | risk.breakers.daily_loss.trip: expected one of "halted" or "reducing", got "active"
            action          | "panic"    | risk.breakers.daily_loss.action: expected one of "none", "cancel-orders", "reduce" or "close-all", got "panic"
            reduce_fraction | 1.5        | risk.breakers.daily_loss.reduce_fraction: expected a number > 0 and <= 1, got 1.5
            resume          | "tomorrow" | risk.breakers.daily_loss.resume: expected one of "manual", "next-day" or "next-week", got "tomorrow"
            """)
    void everyInvalidBreakerKeyIsRefused(String key, String value, String expected) throws IOException {
        String text = "[risk.breakers.daily_loss]\n" + (key.equals("threshold") ? "" : "threshold = 5\n") + key + " = " + value + "\n";
        Document config = waveToml(text);
        int line = key.equals("threshold") ? 2 : 3;

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::toString)
                        .singleElement().asString().startsWith(dir.resolve("wave.toml") + ":" + line + ": " + expected));
    }

    @ParameterizedTest(name = "breakers.{0}.threshold = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            volatility_spike | 0           | risk.breakers.volatility_spike.threshold: expected a number > 0, got 0
            stale_data       | 5           | risk.breakers.stale_data.threshold: expected a string like "PT5M", "PT1H" or "P4D", got 5
            stale_data       | "5 minutes" | risk.breakers.stale_data.threshold: expected a string like "PT5M", "PT1H" or "P4D", got "5 minutes"
            stale_data       | "PT0S"      | risk.breakers.stale_data.threshold: expected a duration > 0, got "PT0S"
            venue_errors     | 2.5         | risk.breakers.venue_errors.threshold: expected a whole number of rejections, got 2.5
            venue_errors     | -3          | risk.breakers.venue_errors.threshold: expected a number > 0, got -3
            """)
    void everyInvalidMarketBreakerThresholdIsRefused(String breaker, String value, String expected) throws IOException {
        Document config = waveToml("[risk.breakers." + breaker + "]\nthreshold = " + value + "\n");

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::toString)
                        .singleElement().asString().startsWith(dir.resolve("wave.toml") + ":2: " + expected));
    }

    @Test
    void marketBreakerKeys() throws IOException {
        RiskSetup setup = RiskSettings.resolve(null, List.of(waveToml("""
                [risk]
                volatility_window = 30
                venue_errors_window = "PT30S"
                [risk.breakers.volatility_spike]
                threshold = 4
                [risk.breakers.stale_data]
                threshold = "PT5M"
                trip = "reducing"
                action = "reduce"
                reduce_fraction = 0.5
                resume = "next-day"
                [risk.breakers.venue_errors]
                threshold = 3
                action = "cancel-orders"
                """)));

        assertThat(setup.config().market()).isEqualTo(new MarketBreakers(
                new Breaker(4, TradingState.HALTED, Breaker.Action.NONE, 0, Breaker.Resume.MANUAL), Breaker.OFF, 30,
                new Breaker(300, TradingState.REDUCING, Breaker.Action.REDUCE, 0.5, Breaker.Resume.NEXT_DAY),
                new Breaker(3, TradingState.HALTED, Breaker.Action.CANCEL_ORDERS, 0, Breaker.Resume.MANUAL), 30_000_000_000L));
        assertThat(RiskSettings.resolve("agent", List.of()).config().market()).as("defaults").isEqualTo(MarketBreakers.OFF);
    }

    @Test
    void keysThatDoNotGoTogetherAreRefusedAtTheirLine() throws IOException {
        Document config = waveToml("""
                [risk]
                sectors = "missing.csv"
                [risk.breakers.daily_loss]
                threshold = 5
                action = "reduce"
                [risk.breakers.drawdown]
                resume = "next-day"
                """);

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::toString).containsExactly(
                        dir.resolve("wave.toml") + ":2: risk.sectors: cannot read the sector map " + dir.resolve("missing.csv")
                                + ": " + dir.resolve("missing.csv"),
                        dir.resolve("wave.toml") + ":5: risk.breakers.daily_loss.action: action reduce needs "
                                + "breakers.daily_loss.reduce_fraction",
                        dir.resolve("wave.toml") + ":7: risk.breakers.drawdown.resume: breaker drawdown has no threshold"));
    }

    @Test
    void windowsAndMethodsNeedTheirLimit() throws IOException {
        Document config = waveToml("""
                [risk]
                correlation_window = 20
                var_method = "parametric"
                volatility_window = 10
                venue_errors_window = "PT1M"
                venue_rate_mode = "queue"
                venue_queue_limit = 10
                """);

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::toString).containsExactly(
                        dir.resolve("wave.toml") + ":2: risk.correlation_window: correlation_window needs max_correlation",
                        dir.resolve("wave.toml") + ":3: risk.var_method: var_method needs max_var_pct",
                        dir.resolve("wave.toml") + ":4: risk.volatility_window: volatility_window needs "
                                + "breakers.volatility_spike.threshold or breakers.book_volatility_spike.threshold",
                        dir.resolve("wave.toml") + ":5: risk.venue_errors_window: venue_errors_window needs "
                                + "breakers.venue_errors.threshold",
                        dir.resolve("wave.toml") + ":6: risk.venue_rate_mode: venue_rate_mode needs venue_orders_per_second"));
    }

    @Test
    void aQueueLimitNeedsAHoldingMode() throws IOException {
        Document config = waveToml("[risk]\nvenue_orders_per_second = 5\nvenue_queue_limit = 10\n");

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).problems()).extracting(Problem::toString).containsExactly(
                        dir.resolve("wave.toml") + ":3: risk.venue_queue_limit: venue_queue_limit needs venue_rate_mode"));
        assertThat(RiskSettings.resolve(null, List.of(waveToml("[risk]\nvenue_orders_per_second = 5\nvenue_rate_mode = \"pace\"\n"
                + "venue_queue_limit = 10\n"))).config().venueRate()).isEqualTo(new VenueRate(5, VenueRate.Mode.PACE, 10));
        assertThat(RiskSettings.resolve(null, List.of(waveToml("[risk]\nvenue_orders_per_second = 5\n"))).config().venueRate())
                .as("defaults").isEqualTo(new VenueRate(5, VenueRate.Mode.REFUSE, VenueRate.QUEUE_LIMIT));
    }

    @Test
    void bookKeys() throws IOException {
        RiskSetup setup = RiskSettings.resolve(null, List.of(waveToml("""
                [risk]
                max_correlation = 0.8
                correlation_window = 20
                max_var_pct = 3
                var_window = 100
                var_confidence = 0.99
                var_method = "parametric"
                benchmark = "SPY"
                """)));

        assertThat(setup.config().book()).isEqualTo(new BookLimits(0.8, 20, 3, 100, 0.99, true, "SPY"));
        assertThat(RiskSettings.resolve("agent", List.of()).config().book()).as("defaults").isEqualTo(BookLimits.OFF);
    }

    @Test
    void aBadSectorFileNamesItsLine() throws IOException {
        Files.writeString(dir.resolve("sectors.csv"), "symbol,sector\nAAPL,Tech\nXOM\n");
        Document config = waveToml("[risk]\nsectors = \"sectors.csv\"\n");

        assertThatThrownBy(() -> RiskSettings.resolve(null, List.of(config))).isInstanceOf(DocumentException.class)
                .hasMessageContaining(dir.resolve("sectors.csv") + ":3: expected symbol,sector, got 'XOM'");
    }

    @Test
    void amountsAreExactDecimals() throws IOException {
        RiskSetup setup = RiskSettings.resolve(null, List.of(waveToml("[risk]\nmax_order_notional = 12500.25\n")));

        assertThat(setup.config().limits().maxOrderNotionalRaw()).isEqualTo(FixedPoint.parseMoney("12500.25"));
    }
}
