package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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

/** 12-1 momentum, top 10, monthly, on the 40 Alpha Vantage stocks equals a plain loop fill by fill. */
class MomentumReferenceTest {
    @Test
    void momentumRotationEqualsAPlainLoopFillByFill() {
        List<BarSeries> data = AlphaVantage40.adjusted();
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("1000000", Currency.USD));
        BacktestResult result = Backtest.ofPortfolio(config, data, "momentum", new MomentumRotation(
                new MomentumRotation.Params(10, 12, 1)), false).run();

        PlainRebalanceLoop reference = new PlainRebalanceLoop(data) {
            final List<List<BigDecimal>> monthEnds = new ArrayList<>();

            @Override
            void monthEnded() {
                while (monthEnds.size() < data.size()) {
                    monthEnds.add(new ArrayList<>());
                }
                for (int k = 0; k < data.size(); k++) {
                    if (mark[k] != null) {
                        monthEnds.get(k).add(mark[k]);
                    }
                }
            }

            @Override
            Map<Integer, Double> weights() {
                List<Integer> scored = new ArrayList<>();
                double[] score = new double[data.size()];
                for (int k = 0; k < monthEnds.size(); k++) {
                    List<BigDecimal> ends = monthEnds.get(k);
                    if (ends.size() >= 13) {
                        score[k] = ends.get(ends.size() - 2).doubleValue() / ends.get(ends.size() - 13).doubleValue() - 1;
                        scored.add(k);
                    }
                }
                Map<Integer, Double> weights = new LinkedHashMap<>();
                if (scored.isEmpty()) {
                    return weights;
                }
                scored.sort(Comparator.comparingDouble((Integer k) -> score[k]).reversed());
                List<Integer> held = scored.subList(0, Math.min(10, scored.size()));
                for (int k = 0; k < data.size(); k++) {
                    if (held.contains(k)) {
                        weights.put(k, 1.0 / held.size());
                    } else if (shares[k] != 0) {
                        weights.put(k, 0.0);
                    }
                }
                return weights;
            }
        };
        reference.run(new BigDecimal("1000000"));

        reference.assertSameAs(result, 1_000);
        // at most ten names held at the end
        assertThat(result.portfolio().positions().stream().filter(p -> p.quantityRaw() != 0).count()).isBetween(1L, 10L);
    }
}
