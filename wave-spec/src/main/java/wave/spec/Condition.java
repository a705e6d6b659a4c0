package wave.spec;

import java.util.function.DoubleSupplier;
import wave.indicators.Crossover;
import wave.spec.model.Operator;

/**
 * The run-time form of a rule. {@link #update()} is called once per bar for every node of the tree, after the
 * indicators and whatever the node's value, so that stateful nodes (crossings, {@code for N bars}) see every bar;
 * {@link #value()} then holds the rule's value at that bar. Allocation-free per bar.
 */
abstract class Condition {
    private boolean value;

    /** Recomputes the value for the bar just fed. */
    final void update() {
        value = evaluate();
    }

    /** The value at the latest bar (false before the first). */
    final boolean value() {
        return value;
    }

    /** Forgets every bar. */
    void reset() {
        value = false;
    }

    abstract boolean evaluate();

    /** {@code left operator right} for the four comparisons. */
    static final class Compare extends Condition {
        private final DoubleSupplier left;
        private final Operator operator;
        private final DoubleSupplier right;

        Compare(DoubleSupplier left, Operator operator, DoubleSupplier right) {
            this.left = left;
            this.operator = operator;
            this.right = right;
        }

        @Override
        boolean evaluate() {
            return operator.compare(left.getAsDouble(), right.getAsDouble());
        }
    }

    /** A crossing, with exactly {@link Crossover}'s semantics (fed every bar, including NaN warm-up bars). */
    static final class Cross extends Condition {
        private final DoubleSupplier left;
        private final DoubleSupplier right;
        private final boolean above;
        private final Crossover crossover = new Crossover();

        Cross(DoubleSupplier left, DoubleSupplier right, boolean above) {
            this.left = left;
            this.right = right;
            this.above = above;
        }

        @Override
        boolean evaluate() {
            crossover.update(left.getAsDouble(), right.getAsDouble());
            return above ? crossover.crossedAbove() : crossover.crossedBelow();
        }

        @Override
        void reset() {
            super.reset();
            crossover.reset();
        }
    }

    /** Every child true (all children are updated every bar). */
    static final class All extends Condition {
        private final Condition[] children;

        All(Condition[] children) {
            this.children = children;
        }

        @Override
        boolean evaluate() {
            boolean all = true;
            for (Condition child : children) {
                child.update();
                all &= child.value();
            }
            return all;
        }

        @Override
        void reset() {
            super.reset();
            for (Condition child : children) {
                child.reset();
            }
        }
    }

    /** At least one child true (all children are updated every bar). */
    static final class Any extends Condition {
        private final Condition[] children;

        Any(Condition[] children) {
            this.children = children;
        }

        @Override
        boolean evaluate() {
            boolean any = false;
            for (Condition child : children) {
                child.update();
                any |= child.value();
            }
            return any;
        }

        @Override
        void reset() {
            super.reset();
            for (Condition child : children) {
                child.reset();
            }
        }
    }

    /** The child false. */
    static final class Not extends Condition {
        private final Condition child;

        Not(Condition child) {
            this.child = child;
        }

        @Override
        boolean evaluate() {
            child.update();
            return !child.value();
        }

        @Override
        void reset() {
            super.reset();
            child.reset();
        }
    }

    /** The child true on this bar and each of the previous {@code bars - 1} bars. */
    static final class ForBars extends Condition {
        private final Condition child;
        private final int bars;
        private int run;

        ForBars(Condition child, int bars) {
            this.child = child;
            this.bars = bars;
        }

        @Override
        boolean evaluate() {
            child.update();
            run = child.value() ? Math.min(run + 1, bars) : 0;
            return run >= bars;
        }

        @Override
        void reset() {
            super.reset();
            child.reset();
            run = 0;
        }
    }
}
