package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.money.RangeMode;
import wave.domain.money.Scales;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;

/**
 * The cross-check of the wide range (JVM started with {@code -Dwave.range=wide}): every bundled strategy on ORCL
 * 1995-2014 and equal weight on the 40 Alpha Vantage stocks make the same trades as in the standard range and end
 * within a cent of the standard range's pinned final equity. A site that mixed up the kinds of two raw values (a price
 * read as a quantity, money at the price scale) would be off by a factor of 100 or 1000 here.
 */
@Tag("wide-range")
class WideRangeRegressionTest {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void theJvmRunsTheWideRange() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.WIDE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wave.strategies.RegressionTest#expectations")
    void defaultsOnOrclMatchTheStandardRange(String name, int trades, long standardFinalEquityRaw) {
        BarSeries orcl = SharedData.orcl();
        BacktestResult result = Backtests.run(name, orcl, "fixed:100");

        assertThat(result.trades()).hasSize(trades);
        assertThat(result.failures()).isEmpty();
        assertThat(result.steps()).isEqualTo(orcl.size());
        BigDecimal standard = BigDecimal.valueOf(standardFinalEquityRaw, 9);
        BigDecimal wide = FixedPoint.moneyToBigDecimal(result.finalEquityRaw());
        assertThat(wide.subtract(standard).abs()).as("final equity %s, standard range %s", wide, standard)
                .isLessThanOrEqualTo(CENT);
    }

    @Test
    void equalWeightOnFortyStocksMatchesTheStandardRange() {
        BacktestResult result = MultiInstrumentRangeTest.run();

        assertThat(result.fills()).hasSize(MultiInstrumentRangeTest.FILLS);
        assertThat(result.trades()).hasSize(MultiInstrumentRangeTest.TRADES);
        BigDecimal standard = new BigDecimal(MultiInstrumentRangeTest.FINAL_EQUITY);
        BigDecimal wide = FixedPoint.moneyToBigDecimal(result.finalEquityRaw());
        assertThat(wide.subtract(standard).abs()).as("final equity %s, standard range %s", wide, standard)
                .isLessThanOrEqualTo(CENT);
    }
}
