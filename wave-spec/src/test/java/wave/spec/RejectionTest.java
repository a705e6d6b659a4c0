package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.config.DocumentFormat;
import wave.spec.indicator.IndicatorCatalog;

/** Every kind of invalid spec fails with a {@link SpecException} naming the file, the line or key path, and the choices. */
class RejectionTest {
    private static final String VALID_TYPES = String.join(", ", IndicatorCatalog.standard().names());
    private static final String VALID = """
            name = "rsi-trend"
            [params]
            rsi_period = { default = 14, min = 2, max = 50 }
            [indicators]
            rsi = { type = "rsi", period = "$rsi_period" }
            trend = { type = "sma", period = 200 }
            [entry.long]
            all = ["close > trend", "rsi crosses_below 30"]
            [exit.long]
            any = ["rsi > 70"]
            """;

    private static SpecException reject(String toml) {
        return reject(toml, "rsi-trend.toml", DocumentFormat.TOML);
    }

    private static SpecException reject(String text, String file, DocumentFormat format) {
        Throwable thrown = catchThrowable(() -> StrategySpecs.parse(text, file, format));
        assertThat(thrown).isInstanceOf(SpecException.class);
        return (SpecException) thrown;
    }

    @Test
    void theValidSpecLoads() {
        assertThat(SpecRuns.toml(VALID).name()).isEqualTo("rsi-trend");
    }

    @Test
    void tomlSyntaxErrorNamesTheLine() {
        SpecException e = reject("name = \"x\"\n[params]\nrsi_period = { default = 14, min = 2\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("rsi-trend.toml: line 3, column ").contains("TOML syntax error: ");
    }

    @Test
    void tomlDuplicateKeyNamesTheLine() {
        // Jackson reports the position just after the repeated entry (here the end of line 2)
        SpecException e = reject("name = \"a\"\nname = \"b\"");
        assertThat(e.getMessage()).startsWith("rsi-trend.toml: line 2, column ").contains("Duplicate key");
    }

    @Test
    void jsonSyntaxErrorNamesTheLine() {
        SpecException e = reject("{\n  \"name\": \"x\",\n  \"entry\" {}\n}", "s.json", DocumentFormat.JSON);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("s.json: line 3, column ").contains("JSON syntax error: ");
    }

    @Test
    void jsonDuplicateKeyIsAnError() {
        SpecException e = reject("{\n\"name\": \"x\",\n\"name\": \"y\"\n}", "s.json", DocumentFormat.JSON);
        assertThat(e.getMessage()).startsWith("s.json: line 3").contains("Duplicate field 'name'");
    }

    @Test
    void jsonTrailingContentIsAnError() {
        assertThat(reject("{\"entry\": {\"long\": \"close > 0\"}}\n{}", "s.json", DocumentFormat.JSON).getMessage())
                .startsWith("s.json: line 2").contains("JSON syntax error: ");
    }

    @Test
    void unknownIndicatorType() {
        SpecException e = reject(VALID.replace("type = \"rsi\"", "type = \"rsii\""));
        assertThat(e.getMessage()).isEqualTo("rsi-trend.toml: indicators.rsi.type: unknown indicator 'rsii'; "
                + "valid types: " + VALID_TYPES);
        assertThat(e.path()).isEqualTo("indicators.rsi.type");
    }

    @Test
    void missingIndicatorType() {
        assertThat(reject(VALID.replace("type = \"sma\", ", "")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.trend.type: missing; valid types: " + VALID_TYPES);
    }

    @Test
    void wrongIndicatorParameterType() {
        assertThat(reject(VALID.replace("period = 200", "period = \"abc\"")).getMessage())
                .startsWith("rsi-trend.toml: indicators.trend.period: expected an integer, got \"abc\"");
        assertThat(reject(VALID.replace("period = 200", "period = 20.5")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.trend.period: expected an integer, got 20.5");
        assertThat(reject(VALID.replace("period = 200", "source = \"closing\"")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.trend.source: expected one of open, high, low, close, hl2, hlc3, ohlc4, "
                        + "volume, got \"closing\"");
    }

    @Test
    void integerIndicatorParameterCannotTakeANumberParameter() {
        String spec = VALID.replace("rsi_period = { default = 14, min = 2, max = 50 }", "rsi_period = { default = 14.5 }");
        assertThat(reject(spec).getMessage()).startsWith("rsi-trend.toml: indicators.rsi.period: expected an integer, but "
                + "parameter '$rsi_period' is a number");
    }

    @Test
    void unknownParameterOfAnIndicator() {
        assertThat(reject(VALID.replace("period = 200", "lenght = 200")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.trend.lenght: unknown parameter 'lenght' of indicator type 'sma'; "
                        + "valid parameters: period, source");
    }

    @Test
    void unknownParameterReference() {
        assertThat(reject(VALID.replace("\"$rsi_period\"", "\"$rsi_perod\"")).getMessage())
                .isEqualTo("rsi-trend.toml: line 5: indicators.rsi.period: unknown parameter '$rsi_perod'; defined parameters: $rsi_period");
        assertThat(reject(VALID.replace("rsi > 70", "rsi > $upper")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.long.any[0]: unknown parameter '$upper' in 'rsi > $upper'; "
                        + "defined parameters: $rsi_period");
    }

    @Test
    void ruleReferencingAnUndefinedName() {
        SpecException e = reject(VALID.replace("rsi crosses_below 30", "rsx crosses_below 30"));
        assertThat(e.getMessage()).isEqualTo("rsi-trend.toml: entry.long.all[1]: unknown name 'rsx' in 'rsx crosses_below 30'; "
                + "defined names: rsi, trend (indicators); price fields: open, high, low, close, hl2, hlc3, ohlc4, volume; "
                + "parameters: $rsi_period");
    }

    @Test
    void multiOutputIndicatorNeedsAnOutput() {
        String spec = VALID.replace("trend = { type = \"sma\", period = 200 }", "trend = { type = \"bollinger\" }");
        assertThat(reject(spec).getMessage()).isEqualTo("rsi-trend.toml: entry.long.all[0]: indicator 'trend' (bollinger) has "
                + "several outputs; name one in 'close > trend': trend.upper, trend.middle, trend.lower");
        assertThat(reject(spec.replace("close > trend", "close > trend.mid")).getMessage())
                .isEqualTo("rsi-trend.toml: entry.long.all[0]: indicator 'trend' (bollinger) has no output 'mid' in "
                        + "'close > trend.mid'; outputs: upper, middle, lower");
    }

    @Test
    void badOperator() {
        assertThat(reject(VALID.replace("rsi > 70", "rsi => 70")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.long.any[0]: bad operator '=>' in 'rsi => 70'; "
                        + "valid operators: >, <, >=, <=, crosses_above, crosses_below");
        assertThat(reject(VALID.replace("rsi > 70", "rsi crosses 70")).getMessage())
                .contains("bad operator 'crosses' in 'rsi crosses 70'");
    }

    @Test
    void malformedRules() {
        assertThat(reject(VALID.replace("rsi > 70", "rsi >")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.long.any[0]: incomplete rule 'rsi >'; expected '<left> <operator> <right>' "
                        + "optionally followed by 'for N bars', e.g. 'close > trend'");
        assertThat(reject(VALID.replace("rsi > 70", "rsi > 70 and close > trend")).getMessage())
                .contains("'and' in 'rsi > 70 and close > trend': write one comparison per string and combine them with all = [...]");
        assertThat(reject(VALID.replace("rsi > 70", "rsi > 70 for three bars")).getMessage())
                .contains("bad bar count 'three'");
        assertThat(reject(VALID.replace("rsi > 70", "70 < 80")).getMessage())
                .contains("compares two constants");
        assertThat(reject(VALID.replace("any = [\"rsi > 70\"]", "any = [\"rsi > 70\"]\nall = [\"rsi > 80\"]")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.long: expected exactly one of all, any, not; got all, any");
        assertThat(reject(VALID.replace("any = [\"rsi > 70\"]", "anyof = [\"rsi > 70\"]")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.long.anyof: unknown key 'anyof'; valid keys: all, any, not, for_bars");
        assertThat(reject(VALID.replace("any = [\"rsi > 70\"]", "any = [42]")).getMessage())
                .startsWith("rsi-trend.toml: exit.long.any[0]: expected a rule: a string like \"close > trend\"");
    }

    @Test
    void outOfRangeParameterDefault() {
        assertThat(reject(VALID.replace("default = 14", "default = 60")).getMessage())
                .isEqualTo("rsi-trend.toml: params.rsi_period.default: 60 is out of range [2, 50]");
        assertThat(reject(VALID.replace("min = 2, max = 50", "min = 50, max = 2")).getMessage())
                .isEqualTo("rsi-trend.toml: params.rsi_period: min (50) must be <= max (2)");
        assertThat(reject(VALID.replace(", max = 50", "")).getMessage())
                .isEqualTo("rsi-trend.toml: params.rsi_period: give both min and max, or neither");
        assertThat(reject(VALID.replace("default = 14, ", "")).getMessage())
                .isEqualTo("rsi-trend.toml: params.rsi_period.default: missing; every parameter needs a default");
    }

    @Test
    void missingEntryRules() {
        String noEntry = VALID.replace("[entry.long]\nall = [\"close > trend\", \"rsi crosses_below 30\"]\n", "");
        assertThat(reject(noEntry).getMessage()).isEqualTo("rsi-trend.toml: entry: missing entry rules; "
                + "add an [entry.long] or [entry.short] table, e.g. all = [\"close > trend\"]");
        assertThat(reject(VALID.replace("[entry.long]", "[entry.short]")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.long: an exit.long rule needs an entry.long rule; a short-only spec exits "
                        + "with exit.short");
        assertThat(reject(VALID.replace("[exit.long]", "[exit.short]")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.short: an exit.short rule needs an entry.short rule; a long-only spec exits "
                        + "with exit.long");
        assertThat(reject(VALID.replace("[exit.long]", "[exit.sideways]")).getMessage())
                .isEqualTo("rsi-trend.toml: exit.sideways: unknown key 'sideways'; valid keys: long, short");
    }

    @Test
    void shortRulesNeedShortSales() {
        SpecStrategyDefinition both = SpecRuns.toml(VALID.replace("[exit.long]", "[entry.short]\nall = [\"rsi > 80\"]\n[exit.long]"));
        assertThatThrownBy(() -> both.requireShortsAllowed(false)).isInstanceOf(SpecException.class)
                .hasMessage("test.toml: entry.short: the spec sells short, but this run does not allow short positions; "
                        + "run with --allow-short (and --margin, --borrow-rate for a margin account and its borrow fee), "
                        + "or remove the short rules");
        both.requireShortsAllowed(true);
        SpecRuns.toml(VALID).requireShortsAllowed(false);
    }

    @Test
    void badAtrLevels() {
        assertThat(reject(VALID + "[risk]\nstop_atr = 0\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.stop_atr: expected a multiple of the ATR > 0 (2.5 means 2.5 x ATR) or a "
                        + "$parameter, got 0");
        assertThat(reject(VALID + "[risk]\ntrailing_atr = \"3\"\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.trailing_atr: expected a multiple of the ATR > 0 (2.5 means 2.5 x ATR) or a "
                        + "$parameter, got \"3\"");
        assertThat(reject(VALID + "[risk]\nstop_atr = 2\natr_period = 1.5\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.atr_period: expected a whole number of bars >= 1 or an integer $parameter, "
                        + "got 1.5");
        assertThat(reject(VALID + "[risk]\natr_period = 10\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.atr_period: atr_period applies to ATR levels; add stop_atr or trailing_atr, "
                        + "or remove it");
        assertThat(reject(VALID.replace("[params]\n", "[params]\nk = { default = 0.5, min = 0.5, max = 5 }\n")
                + "[risk]\nstop_atr = 2\natr_period = \"$k\"\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.atr_period: expected an integer, but parameter '$k' is a number; give it an "
                        + "integer default, min and max (or type = \"integer\")");
        SpecStrategyDefinition bound = SpecRuns.toml(VALID.replace("[params]\n", "[params]\nk = { default = 2.0, min = -1.0, max = 5.0 }\n")
                + "[risk]\nstop_atr = \"$k\"\n");
        assertThatThrownBy(() -> bound.bind(java.util.Map.of("k", "-1"))).isInstanceOf(SpecException.class)
                .hasMessage("rsi-trend: risk.stop_atr: expected a multiple of the ATR > 0, got $k = -1.0");
    }

    @Test
    void badComposition() {
        assertThat(reject(VALID.replace("trend = {", "smooth = { type = \"ema\", period = 5, of = \"rsx\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.smooth.of: unknown indicator 'rsx'; an indicator reads one defined above "
                        + "it: rsi");
        assertThat(reject(VALID.replace("trend = {", "smooth = { type = \"ema\", of = \"trend\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.smooth.of: unknown indicator 'trend'; an indicator reads one defined "
                        + "above it: rsi");
        assertThat(reject(VALID.replace("trend = {", "a = { type = \"atr\", of = \"rsi\" }\ntrend = {")).getMessage())
                .startsWith("rsi-trend.toml: indicators.a.of: indicator type 'atr' cannot read another indicator's output; "
                        + "indicators that read one series: alma, apo, bbands, bollinger, cmo, dema, ema,");
        assertThat(reject(VALID.replace("trend = {", "s = { type = \"ema\", of = \"rsi\", source = \"high\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.s.source: does not apply with of: the indicator reads \"rsi\", not a "
                        + "bar field; remove source");
        assertThat(reject(VALID.replace("trend = {", "m = { type = \"macd\" }\ns = { type = \"ema\", of = \"m.sig\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.s.of: indicator 'm' (macd) has no output 'sig'; outputs: macd, signal, hist");
        assertThat(reject(VALID.replace("trend = {", "b = { type = \"bbands\" }\ns = { type = \"ema\", of = \"b\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.s.of: indicator 'b' (bbands) has several outputs; name one: b.upper, "
                        + "b.middle, b.lower, b.percent_b, b.bandwidth");
        assertThat(reject(VALID.replace("trend = {", "ch = { type = \"donchian\" }\ns = { type = \"ema\", of = \"ch.upper\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.s.of: indicator 'ch' (donchian) cannot be read by another indicator: "
                        + "only registry indicators of the current bar can (donchian is read a bar late)");
        assertThat(reject(VALID.replace("trend = {", "s = { type = \"ema\", period = 1, of = \"rsi\" }\ntrend = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.s.period: 1 is out of range [2, 100000]");
    }

    @Test
    void unknownTopLevelKey() {
        assertThat(reject("nme = \"x\"\n" + VALID.replace("name = \"rsi-trend\"\n", "")).getMessage())
                .isEqualTo("rsi-trend.toml: nme: unknown key 'nme'; valid keys: name, description, instruments, params, "
                        + "constraints, indicators, entry, exit, risk, sizing");
    }

    @Test
    void indicatorRejectingItsArguments() {
        assertThat(reject(VALID.replace("period = 200", "period = 1")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.trend.period: 1 is out of range [2, 100000]");
        assertThat(reject(VALID.replace("[entry.long]", "m = { type = \"macd\", fast = 30 }\n[entry.long]")).getMessage())
                .startsWith("rsi-trend.toml: indicators.m: fast must be < slow, was fast=30, slow=26");
    }

    @Test
    void reservedIndicatorName() {
        assertThat(reject(VALID.replace("trend = {", "close = {")).getMessage())
                .isEqualTo("rsi-trend.toml: indicators.close: 'close' is a price field; give the indicator another name");
    }

    @Test
    void badRiskAndSizing() {
        assertThat(reject(VALID + "[risk]\nstop_loss_pct = -5\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.stop_loss_pct: expected a percentage in (0, 100) (5.0 means 5 %) or a $parameter, got -5");
        assertThat(reject(VALID + "[risk]\nstop_pct = 5\n").getMessage())
                .isEqualTo("rsi-trend.toml: risk.stop_pct: unknown key 'stop_pct'; valid keys: stop_loss_pct, take_profit_pct, "
                        + "trailing_stop_pct, stop_atr, trailing_atr, atr_period");
        assertThat(reject(VALID + "[sizing]\nrule = \"half\"\n").getMessage())
                .isEqualTo("rsi-trend.toml: sizing.rule: sizing 'half' not understood; expected all-in, fixed:<quantity> or percent:<0-100>");
    }

    @Test
    void constraintsMustHoldForTheDefaults() {
        String spec = "constraints = [\"$rsi_period > 20\"]\n" + VALID;
        assertThat(reject(spec).getMessage()).isEqualTo("rsi-trend.toml: constraints[0]: constraint '$rsi_period > 20' does not "
                + "hold: rsi_period = 14 (the parameters' defaults)");
        assertThat(reject("constraints = [\"$rsi_period crosses_above 20\"]\n" + VALID).getMessage())
                .contains("bad operator 'crosses_above' in '$rsi_period crosses_above 20'; valid operators: >, <, >=, <=");
        assertThat(reject("constraints = [\"rsi > 20\"]\n" + VALID).getMessage())
                .contains("constraint 'rsi > 20' may use only $parameters and numbers, got 'rsi'");
    }

    @Test
    void fileErrors(@TempDir Path dir) throws IOException {
        Path yaml = Files.writeString(dir.resolve("spec.yaml"), "name: x");
        assertThatThrownBy(() -> StrategySpecs.load(yaml)).isInstanceOf(SpecException.class)
                .hasMessage("spec.yaml: unknown spec format; expected a .toml or .json file");
        assertThatThrownBy(() -> StrategySpecs.load(dir.resolve("missing.toml"))).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("missing.toml: no such file: ");
        Path latin1 = Files.write(dir.resolve("latin1.toml"), new byte[] {'n', 'a', 'm', 'e', '=', '"', (byte) 0xE9, '"'});
        assertThatThrownBy(() -> StrategySpecs.load(latin1)).hasMessage("latin1.toml: not UTF-8 text");
        Path badName = Files.writeString(dir.resolve("my spec.toml"), "[entry.long]\nall = [\"close > 0\"]\n");
        assertThatThrownBy(() -> StrategySpecs.load(badName)).hasMessageStartingWith("my spec.toml: name: missing, and the file "
                + "name 'my spec' is not a valid strategy name");
        Path unnamed = Files.writeString(dir.resolve("dip-buyer.toml"), "[entry.long]\nall = [\"close > 0\"]\n");
        assertThat(StrategySpecs.load(unnamed).name()).isEqualTo("dip-buyer");
    }

    @Test
    void unknownExample() {
        assertThatThrownBy(() -> StrategySpecs.example("smacross")).isInstanceOf(SpecException.class)
                .hasMessageStartingWith("smacross.toml: no bundled example 'smacross'; examples: bollinger-reversion, buy-and-hold");
    }
}
