package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.portfolio.Fixtures.AAPL;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.buy;
import static wave.domain.portfolio.Fixtures.raw;
import static wave.domain.portfolio.Fixtures.sell;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.money.Currency;
import wave.domain.order.OrderView;

/** The read-only views are the live objects themselves, expose no mutator and hand out unmodifiable lists. */
class ReadOnlyViewsTest {

    @Test
    void viewsAreTheLiveObjectsAndTheirListsAreReusedUnmodifiableViews() {
        Portfolio p = new Portfolio(Currency.USD, raw("10000"));
        Position pos = p.position(AAPL);
        PortfolioView view = p;

        assertThat(view.position(AAPL.id())).isSameAs(pos);
        assertThat(view.positions()).isSameAs(view.positions()).containsExactly(pos);
        assertThat(view.closedTrades()).isSameAs(view.closedTrades()).isEmpty();

        p.apply(buy(AAPL, "10", "100", "1", T0 + 1));
        pos.mark(raw("110"));
        p.apply(sell(AAPL, "4", "110", "1", T0 + 2));
        assertThat(view.position(AAPL.id()).quantityRaw()).isEqualTo(raw("6"));
        assertThat(view.position(AAPL.id()).marketValueRaw()).isEqualTo(raw("660"));
        assertThat(view.equityRaw()).isEqualTo(p.equityRaw());

        p.apply(sell(AAPL, "6", "120", "1", T0 + 3));
        assertThat(view.closedTrades()).hasSize(1).isEqualTo(p.closedTrades());
        assertThatThrownBy(() -> view.closedTrades().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.positions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void viewsDeclareOnlyAccessors() {
        for (Class<?> view : List.of(PortfolioView.class, PositionView.class, OrderView.class)) {
            for (Method m : view.getMethods()) {
                assertThat(m.getReturnType()).as("%s.%s returns a value", view.getSimpleName(), m.getName())
                        .isNotEqualTo(void.class);
                assertThat(m.getName()).as("%s.%s", view.getSimpleName(), m.getName())
                        .doesNotStartWith("apply").doesNotStartWith("set").isNotIn("mark", "deposit", "ledger", "fxRates");
            }
        }
    }
}
