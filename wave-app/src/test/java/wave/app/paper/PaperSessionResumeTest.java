package wave.app.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.journal.StoreJournal;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderInitialized;
import wave.domain.portfolio.AccountEvent;
import wave.domain.portfolio.Portfolio;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.PercentFeeModel;
import wave.engine.journal.InMemoryJournal;
import wave.store.Store;
import wave.store.StoreUrl;
import wave.strategies.SmaCross;

/**
 * A paper session stopped at the end of its feed and started again on a longer feed resumes from its journal: the
 * account is rebuilt as it was, the bars it processed are skipped, client order ids continue, no bar is marked twice.
 */
class PaperSessionResumeTest {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    static final BarSeries ALL = SyntheticMarket.generate(SyntheticMarketConfig.defaults(3, List.of(ACME), 600, BarSpec.DAY_1)).series().getFirst();
    static final BacktestConfig CONFIG = BacktestConfig.defaults().withInitialCash(Money.of("100000", Currency.USD))
            .withFeeModel(PercentFeeModel.ofPercent("0.1"));

    @TempDir
    Path dir;

    static Backtest sessionOn(BarSeries series, int slow) {
        return new Backtest(CONFIG, List.of(series), "sma-cross", id -> new SmaCross(new SmaCross.Params(5, slow)), false);
    }

    static PaperSessionStarted start(int slow) {
        return new PaperSessionStarted(PaperSession.wallClockNanos(), "sma-cross", Map.of("fast", "5", "slow", String.valueOf(slow)),
                Currency.USD, CONFIG.initialCash().raw(), "test");
    }

    static PaperSession open(Store store, Backtest backtest, BarSeries series, int slow) {
        return PaperSession.open(store, "s1", backtest, List.of(series), CONFIG.execution().calendar(), Double.POSITIVE_INFINITY, start(slow));
    }

    @Test
    void aRestartResumesFromTheJournalWithoutReprocessingABar() throws Exception {
        try (Store store = Store.open(StoreUrl.sqlite(dir.resolve("wave.db")))) {
            BarSeries first = ALL.head(300);
            Backtest one = sessionOn(first, 20);
            BacktestResult before;
            try (PaperSession session = open(store, one, first, 20)) {
                before = session.run();
                assertThat(session.feeder().sent()).isEqualTo(300);
            }
            Portfolio ended = one.kernel().portfolio();
            assertThat(before.fills()).hasSizeGreaterThan(4);

            Backtest two = sessionOn(ALL, 20);
            try (PaperSession session = open(store, two, ALL, 20)) {
                Portfolio rebuilt = two.kernel().portfolio();
                assertThat(rebuilt.cashRaw()).isEqualTo(ended.cashRaw());
                assertThat(rebuilt.equityRaw()).isEqualTo(ended.equityRaw());
                assertThat(rebuilt.position(ACME).quantityRaw()).isEqualTo(ended.position(ACME).quantityRaw());
                assertThat(session.replayedRecords()).isPositive();
                BacktestResult after = session.run();
                assertThat(session.feeder().skipped()).isEqualTo(300);
                assertThat(session.feeder().sent()).isEqualTo(300);
                assertThat(after.fills()).isNotEmpty();
                assertThat(after.fills().getFirst().orderId().sequence()).isEqualTo(before.tickets().size() + 1);
            }

            List<Record> entries = StoreJournal.entries(store.journal().read("s1")).stream().map(InMemoryJournal.Entry::entry).toList();
            List<Long> marks = entries.stream().filter(AccountEvent.PositionMarked.class::isInstance)
                    .map(e -> ((AccountEvent.PositionMarked) e).tsNanos()).toList();
            assertThat(marks).hasSize(600).isSorted().doesNotHaveDuplicates();
            assertThat(marks.getLast()).isEqualTo(ALL.tsNanos(599));
            List<ClientOrderId> ids = entries.stream().filter(OrderInitialized.class::isInstance)
                    .map(e -> ((OrderInitialized) e).orderId()).toList();
            assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id.session()).isEqualTo("s1"));
            assertThat(ids.getLast().sequence()).isEqualTo(ids.size());
            assertThat(entries.stream().filter(PaperSessionStarted.class::isInstance)).hasSize(2);
            assertThat(store.journal().verify("s1").intact()).isTrue();
        }
    }

    @Test
    void aResumeWithOtherParametersIsRefused() throws Exception {
        try (Store store = Store.open(StoreUrl.sqlite(dir.resolve("wave.db")))) {
            BarSeries first = ALL.head(100);
            try (PaperSession session = open(store, sessionOn(first, 20), first, 20)) {
                session.run();
            }
            assertThatThrownBy(() -> open(store, sessionOn(ALL, 30), ALL, 30))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("paper session s1 was started with strategy sma-cross {fast=5, slow=20} and cash 100000 USD; "
                            + "resume it with the same (got sma-cross {fast=5, slow=30}, cash 100000 USD), or start another --session");
        }
    }
}
