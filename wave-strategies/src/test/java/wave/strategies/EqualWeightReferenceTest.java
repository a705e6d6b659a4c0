package wave.strategies;


import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;

/**
 * Equal weight, monthly, on the 40 Alpha Vantage stocks (adjusted prices, no fees) equals a plain loop written here:
 * on the first bar of each month, every listed name gets 1/N of 99.75% of equity at that close in whole shares; the
 * differences trade at the next open, sales first; a purchase the cash cannot pay for at the open is refused.
 */
class EqualWeightReferenceTest {
    @Test
    void equalWeightMonthlyEqualsAPlainLoopFillByFill() {
        List<BarSeries> data = AlphaVantage40.adjusted();
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USD));
        BacktestResult result = Backtest.ofPortfolio(config, data, "equal-weight", new EqualWeightMonthly(
                new EqualWeightMonthly.Params()), false).run();

        PlainRebalanceLoop reference = new PlainRebalanceLoop(data) {
            @Override
            Map<Integer, Double> weights() {
                Map<Integer, Double> weights = new LinkedHashMap<>();
                int listed = 0;
                for (BigDecimal m : mark) {
                    listed += m == null ? 0 : 1;
                }
                for (int k = 0; k < data.size(); k++) {
                    if (mark[k] != null) {
                        weights.put(k, 1.0 / listed);
                    }
                }
                return weights;
            }
        };
        reference.run(new BigDecimal("1000000"));

        reference.assertSameAs(result, 5_000);
    }
}
