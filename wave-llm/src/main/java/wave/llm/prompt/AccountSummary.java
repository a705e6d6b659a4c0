package wave.llm.prompt;

import java.util.Objects;
import wave.domain.instrument.InstrumentId;
import wave.domain.portfolio.PortfolioView;
import wave.domain.portfolio.PositionView;

/**
 * The account and the instrument's position as the prompt quotes them, raw fixed point.
 *
 * @param currency         the account's base currency code
 * @param cashRaw          cash
 * @param equityRaw        cash plus positions at their marks
 * @param quantityRaw      the position in the instrument (negative: short; 0: flat)
 * @param averagePriceRaw  its average entry price (0 when flat)
 * @param unrealizedPnlRaw its unrealised P&amp;L at the mark
 */
public record AccountSummary(String currency, long cashRaw, long equityRaw, long quantityRaw, long averagePriceRaw,
        long unrealizedPnlRaw) {
    /** Requires a currency. */
    public AccountSummary {
        Objects.requireNonNull(currency, "currency");
    }

    /** A flat position in an account holding only cash. */
    public static AccountSummary flat(String currency, long cashRaw) {
        return new AccountSummary(currency, cashRaw, cashRaw, 0, 0, 0);
    }

    /** The account and position as they are now (read from the live view). */
    public static AccountSummary of(PortfolioView portfolio, InstrumentId instrument) {
        PositionView position = portfolio.position(instrument);
        boolean flat = position == null || position.isFlat();
        return new AccountSummary(portfolio.baseCurrency().code(), portfolio.cashRaw(), portfolio.equityRaw(),
                flat ? 0 : position.quantityRaw(), flat ? 0 : position.averagePriceRaw(),
                flat ? 0 : position.unrealizedPnlRaw());
    }
}
