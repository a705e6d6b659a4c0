package wave.llm;

/** What the analyst advises for an instrument. Advice never trades by itself: it is a signal that Wave gates. */
public enum Action {
    BUY, SELL, HOLD
}
