package wave.spec;

import wave.indicators.BarIndicator;

/**
 * All indicators and rules of one spec strategy instance, registered with the framework as a single indicator so
 * that the order within a bar is fixed: the bar's fields, then every indicator in spec order, then every rule.
 * Ready (and so {@code onBar} called) once every indicator is ready, as when a Java strategy registers them
 * one by one. Allocation-free per bar.
 */
final class SignalEngine implements BarIndicator {
    private final BarValues bar;
    private final BarIndicator[] indicators;
    private final Condition[] rules;
    private long bars;

    SignalEngine(BarValues bar, BarIndicator[] indicators, Condition[] rules) {
        this.bar = bar;
        this.indicators = indicators;
        this.rules = rules;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        bar.set(open, high, low, close, volume);
        for (BarIndicator indicator : indicators) {
            indicator.update(open, high, low, close, volume);
        }
        for (Condition rule : rules) {
            rule.update();
        }
        bars++;
    }

    @Override
    public boolean isReady() {
        if (bars == 0) {
            return false;
        }
        for (BarIndicator indicator : indicators) {
            if (!indicator.isReady()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int warmupPeriod() {
        int longest = 1;
        for (BarIndicator indicator : indicators) {
            longest = Math.max(longest, indicator.warmupPeriod());
        }
        return longest;
    }

    @Override
    public void reset() {
        bar.reset();
        for (BarIndicator indicator : indicators) {
            indicator.reset();
        }
        for (Condition rule : rules) {
            rule.reset();
        }
        bars = 0;
    }
}
