package wave.engine.port;

import java.util.List;
import wave.domain.money.Currency;
import wave.domain.money.Money;

/**
 * The account's cash as the venue sees it, in answer to a query: one balance per currency held (exact money, raw
 * fixed point inside each {@link Money}).
 *
 * @param balances cash per currency, in no particular order
 * @param tsNanos  as of when, nanoseconds since the epoch (UTC)
 */
public record AccountReport(List<Money> balances, long tsNanos) {
    /** Keeps an unmodifiable copy of the balances. */
    public AccountReport {
        balances = List.copyOf(balances);
    }

    /** The balance in a currency, raw; 0 when the account holds none. */
    public long cashRaw(Currency currency) {
        for (Money balance : balances) {
            if (balance.currency().equals(currency)) {
                return balance.raw();
            }
        }
        return 0;
    }
}
