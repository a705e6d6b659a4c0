package wave.engine.strategy.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;

/** Each sizing model against a hand-computed size: 100,000 USD of equity, a share at 50, whole shares. */
class SizingModelsTest {
    static final Money EQUITY = Money.of("100000", Currency.USD);
    static final Price PRICE = Price.of("50");
    static final Instrument SHARE = Equity.usd(InstrumentId.of("ACME"));

    @Test
    void fixedFractional() {
        // 2% of 100,000 = 2,000 buys 40 shares at 50; 3.3% = 3,300 buys 66
        assertThat(new FixedFractional(0.02).quantity(EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(40));
        assertThat(new FixedFractional(0.033).quantity(EQUITY, Price.of("49.99"), SHARE)).isEqualTo(Quantity.of(66));
    }

    @Test
    void fractionalKellyScaledByConfidenceAndCapped() {
        FractionalKelly halfKelly = new FractionalKelly(0.5, 0.2);
        // p = 0.55, b = 1.5: f* = 0.55 - 0.45 / 1.5 = 0.25; half Kelly 0.125; confidence 0.8: 0.1 -> 10,000 = 200 shares
        assertThat(halfKelly.fraction(0.55, 1.5, 0.8)).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(halfKelly.quantity(0.55, 1.5, 0.8, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(200));
        // full confidence with a 5% cap: 0.125 capped at 0.05 -> 5,000 = 100 shares
        assertThat(new FractionalKelly(0.5, 0.05).quantity(0.55, 1.5, 1, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(100));
        // no edge (p = 0.4, b = 1: f* = -0.2): nothing
        assertThat(halfKelly.quantity(0.4, 1, 1, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.ZERO);
    }

    @Test
    void volatilityTarget() {
        VolatilityTarget tenPercent = new VolatilityTarget(0.10, 1.0);
        // 10% / 25% = 0.4 of equity = 40,000 = 800 shares; at 5% the 2.0 is capped at 1.0: 2,000 shares
        assertThat(tenPercent.quantity(0.25, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(800));
        assertThat(tenPercent.quantity(0.05, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(2000));
    }

    @Test
    void atrRiskPerTrade() {
        AtrRisk onePercent = new AtrRisk(0.01, 2);
        // stop 2 x ATR 2.5 = 5 below the entry; 1% of 100,000 = 1,000 at risk / 5 per share = 200 shares
        assertThat(onePercent.stopDistance(2.5)).isEqualTo(5);
        assertThat(onePercent.quantity(2.5, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(200));
        // a tiny ATR would ask for more than the equity buys: capped at 100,000 / 50 = 2,000 shares
        assertThat(onePercent.quantity(0.001, EQUITY, PRICE, SHARE)).isEqualTo(Quantity.of(2000));
    }

    @Test
    void badParametersAreRefused() {
        assertThatThrownBy(() -> new FixedFractional(0)).hasMessage("fixed fraction must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new FractionalKelly(0.5, 0.2).fraction(1.2, 1, 1))
                .hasMessageStartingWith("Kelly needs a win probability and a confidence in [0, 1]");
        assertThatThrownBy(() -> new VolatilityTarget(0.1, 1).fraction(0)).hasMessage("volatility must be > 0, got 0.0");
        assertThatThrownBy(() -> new AtrRisk(0.01, 0)).hasMessageStartingWith("risk fraction must be in (0, 1]");
    }
}
