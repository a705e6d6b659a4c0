package wave.llm;

import java.util.Locale;

/** The risk the analyst sees in its advice; written in lower case in the model's JSON ({@code "low"} .. {@code "extreme"}). */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, EXTREME;

    /** The level named in the model's JSON. */
    static RiskLevel ofJson(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
