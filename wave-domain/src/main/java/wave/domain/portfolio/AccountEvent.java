package wave.domain.portfolio;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;

/**
 * A change to the account other than a fill, in the past tense: the kernel journals it, then applies it with
 * {@link Portfolio#apply(AccountEvent)}, so that replaying a session's events rebuilds the same cash and positions.
 * Amounts and prices are raw 9-decimal fixed point; times are nanoseconds since the epoch (UTC).
 */
public sealed interface AccountEvent {
    /** When it happened. */
    long tsNanos();

    /** Cash was paid in. */
    record CashDeposited(long tsNanos, Currency currency, long amountRaw) implements AccountEvent {
        /** Requires a currency and a positive amount. */
        public CashDeposited {
            Objects.requireNonNull(currency, "currency");
            if (amountRaw <= 0) {
                throw new IllegalArgumentException("deposit must be > 0, got raw " + amountRaw);
            }
        }
    }

    /** Cash was paid out. */
    record CashWithdrawn(long tsNanos, Currency currency, long amountRaw) implements AccountEvent {
        /** Requires a currency and a positive amount. */
        public CashWithdrawn {
            Objects.requireNonNull(currency, "currency");
            if (amountRaw <= 0) {
                throw new IllegalArgumentException("withdrawal must be > 0, got raw " + amountRaw);
            }
        }
    }

    /** A split went ex: {@code ratioRaw} new shares per old share. */
    record SplitApplied(long tsNanos, InstrumentId instrument, long ratioRaw) implements AccountEvent {
        /** Requires an instrument. */
        public SplitApplied {
            Objects.requireNonNull(instrument, "instrument");
        }
    }

    /** A cash dividend went ex: {@code amountPerShareRaw} per unit held, in the quote currency. */
    record DividendApplied(long tsNanos, InstrumentId instrument, long amountPerShareRaw) implements AccountEvent {
        /** Requires an instrument. */
        public DividendApplied {
            Objects.requireNonNull(instrument, "instrument");
        }
    }

    /** A short position paid its borrow fee, in the quote currency. */
    record BorrowFeeCharged(long tsNanos, InstrumentId instrument, long feeRaw) implements AccountEvent {
        /** Requires an instrument. */
        public BorrowFeeCharged {
            Objects.requireNonNull(instrument, "instrument");
        }
    }

    /** A position was marked at a new price (a close, or the last trade). */
    record PositionMarked(long tsNanos, InstrumentId instrument, long priceRaw) implements AccountEvent {
        /** Requires an instrument. */
        public PositionMarked {
            Objects.requireNonNull(instrument, "instrument");
        }
    }
}
