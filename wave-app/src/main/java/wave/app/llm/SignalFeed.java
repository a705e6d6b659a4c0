package wave.app.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.signal.Signal;
import wave.engine.kernel.Kernel;
import wave.engine.kernel.KernelListener;
import wave.llm.prompt.AccountSummary;
import wave.llm.signal.SignalCombiner;
import wave.llm.signal.SignalSource;

/**
 * Feeds a backtest's kernel with combined signals: after each step, every source (quantitative models, the analyst)
 * is asked about each instrument that has a bar at that time, from the bars known then; the latest signal of each
 * source is combined ({@link SignalCombiner}) and the combined signal goes to the kernel, which journals it and hands
 * it to the strategies and the risk engine (whose {@code min_confidence} gates the orders it leads to). The analyst
 * never reaches an order: it is one weighted input of the combined signal.
 */
public final class SignalFeed implements KernelListener {
    private final Kernel kernel;
    private final List<BarSeries> data;
    private final List<SignalSource> sources;
    private final SignalCombiner combiner;
    private final Map<InstrumentId, Map<String, Signal>> latest = new LinkedHashMap<>();
    private final int[] nextBar;
    private final List<Signal> emitted = new ArrayList<>();

    /**
     * A feed; add it to the backtest as a listener before it runs.
     *
     * @param data the backtest's series
     */
    public SignalFeed(Kernel kernel, List<BarSeries> data, List<SignalSource> sources, SignalCombiner combiner) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        this.data = List.copyOf(data);
        this.sources = List.copyOf(sources);
        this.combiner = Objects.requireNonNull(combiner, "combiner");
        this.nextBar = new int[data.size()];
    }

    @Override
    public void onStep(long tsNanos) {
        for (int k = 0; k < data.size(); k++) {
            BarSeries series = data.get(k);
            boolean updated = false;
            while (nextBar[k] < series.size() && series.tsNanos(nextBar[k]) <= tsNanos) {
                updated = true;
                nextBar[k]++;
            }
            if (!updated) {
                continue;
            }
            InstrumentId instrument = series.instrument();
            AccountSummary account = AccountSummary.of(kernel.portfolio(), instrument);
            Map<String, Signal> bySource = latest.computeIfAbsent(instrument, i -> new LinkedHashMap<>());
            for (SignalSource source : sources) {
                source.signal(series, tsNanos, account).ifPresent(s -> bySource.put(source.name(), s));
            }
            combiner.combine(instrument, new ArrayList<>(bySource.values()), tsNanos).ifPresent(signal -> {
                emitted.add(signal);
                kernel.onSignal(signal, tsNanos);
            });
        }
    }

    /** The combined signals sent to the kernel, in order. */
    public List<Signal> emitted() {
        return Collections.unmodifiableList(emitted);
    }
}
