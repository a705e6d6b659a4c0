package wave.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.market.Bar;
import wave.domain.order.StrategyId;
import wave.engine.journal.InMemoryJournal;
import wave.engine.kernel.inbound.Command;
import wave.engine.kernel.inbound.InboundEvent;
import wave.engine.kernel.inbound.InboundQueue;
import wave.engine.strategy.Strategy;
import wave.indicators.Indicators;

/** A strategy's own state survives a restart through the journal; its indicators declare their warm-up. */
class StrategyStateRestartTest {
    static final StrategyId ID = new StrategyId("stateful");

    static final class Counting extends Strategy<Counting.Params> {
        record Params() {
        }

        int bars;
        String lastSignal = "none";

        Counting() {
            super(new Params());
            indicator(Indicators.sma(20));
        }

        @Override
        protected void onBar(Bar bar) {
            bars++;
        }

        @Override
        protected Map<String, String> onSave() {
            return Map.of("bars", Integer.toString(bars), "last", lastSignal);
        }

        @Override
        protected void onLoad(Map<String, String> state) {
            bars = Integer.parseInt(state.get("bars"));
            lastSignal = state.get("last");
        }
    }

    @Test
    void savedStateIsJournaledWhenTheKernelStopsAndLoadedWhenTheJournalIsReplayed() {
        Counting first = new Counting();
        Kernel kernel = LiveKernels.paper(ID, first);
        InMemoryJournal journal = new InMemoryJournal();
        kernel.useJournal(journal);
        InboundQueue inbound = new InboundQueue(64);
        for (int i = 0; i < 25; i++) {
            inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(i)));
        }
        inbound.offer(new Command.SaveState());
        inbound.offer(new InboundEvent.BarReceived(PaperPlumbingTest.bar(25)));
        inbound.offer(new Command.Shutdown("restart"));
        first.lastSignal = "LONG";
        kernel.runLive(inbound);

        // warmed up on the 20th bar: 7 bars handled; saved on command (6) and at the stop (7)
        assertThat(first.bars).isEqualTo(7);
        assertThat(journal.entries()).extracting(InMemoryJournal.Entry::entry)
                .filteredOn(StrategyStateSaved.class::isInstance)
                .containsExactly(new StrategyStateSaved(journal.entries().stream()
                                .filter(e -> e.entry() instanceof StrategyStateSaved).findFirst().orElseThrow().tsNanos(), ID,
                                Map.of("bars", "6", "last", "LONG")),
                        new StrategyStateSaved(journal.entries().getLast().tsNanos(), ID, Map.of("bars", "7", "last", "LONG")));

        Counting resumed = new Counting();
        Kernel restarted = LiveKernels.paper(ID, resumed);
        restarted.replay(journal.entries());
        assertThat(resumed.bars).isEqualTo(7);
        assertThat(resumed.lastSignal).isEqualTo("LONG");
        assertThat(resumed.warmupBars()).isEqualTo(20);
    }
}
