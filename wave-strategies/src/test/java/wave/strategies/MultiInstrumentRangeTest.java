package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;

/**
 * A multi-instrument figure pinned in the standard range for the wide range's cross-check
 * ({@link WideRangeRegressionTest}): equal weight, monthly, on the 40 Alpha Vantage stocks (prices as traded, their splits
 * and dividends applied on the ex-dates, no fees, 1,000,000 USD). Adjusted prices would not do: they are computed in
 * doubles and rounded to the price scale, which the wide range has two decimals more of.
 */
class MultiInstrumentRangeTest {
    /** Closed trades of the run. */
    static final int TRADES = 0;
    /** Fills of the run. */
    static final int FILLS = 9790;
    /** Final equity in USD, exact in the standard range. */
    static final String FINAL_EQUITY = "14608785.97004583";

    static BacktestResult run() {
        List<BarSeries> data = AlphaVantage40.asTraded();
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USD));
        return Backtest.ofPortfolio(config, data, "equal-weight", new EqualWeightMonthly(new EqualWeightMonthly.Params()),
                false).run();
    }

    @Test
    void equalWeightOnFortyStocksKeepsItsFigures() {
        BacktestResult result = run();

        assertThat(result.trades().size() + " trades, " + result.fills().size() + " fills, final equity "
                + FixedPoint.formatMoney(result.finalEquityRaw())).isEqualTo(TRADES + " trades, " + FILLS + " fills, final equity " + FINAL_EQUITY);
    }
}
