package wave.indicators.window;

/**
 * EMAs of EMAs ({@link SeededEma} stages over one period), as TA-Lib chains them for
 * {@code DEMA}, {@code TEMA} and {@code TRIX}: each stage is fed once the stage before it holds
 * an average, so each is seeded with the mean of the first {@code period} values of its input.
 */
public final class EmaChain {
    private final SeededEma[] stages;

    public EmaChain(int period, int depth) {
        this.stages = new SeededEma[depth];
        for (int i = 0; i < depth; i++) {
            stages[i] = new SeededEma(period);
        }
    }

    /** Feeds the next input through the stages; true once the last holds an average. */
    public boolean update(double x) {
        double input = x;
        for (SeededEma stage : stages) {
            if (!stage.update(input)) {
                return false;
            }
            input = stage.value();
        }
        return true;
    }

    /** The average of stage {@code stage} (0 = the EMA of the input). */
    public double value(int stage) {
        return stages[stage].value();
    }

    public boolean isReady() {
        return stages[stages.length - 1].isReady();
    }

    public void reset() {
        for (SeededEma stage : stages) {
            stage.reset();
        }
    }
}
