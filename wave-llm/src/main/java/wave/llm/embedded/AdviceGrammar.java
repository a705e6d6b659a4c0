package wave.llm.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The GBNF grammar an embedded model decodes under ({@value #RESOURCE}): advice as {@code advice.schema.json} wants
 * it, every string and array bounded, so that an answer is at most {@value #MAX_CHARS} characters and any model, even
 * one of random weights, ends a valid answer within the token cap.
 */
public final class AdviceGrammar {
    /** The grammar's class path resource. */
    public static final String RESOURCE = "wave/llm/advice.gbnf";
    /** The longest answer the grammar allows, in characters (so at most this many tokens). */
    public static final int MAX_CHARS = 400;

    private AdviceGrammar() {
    }

    /** The grammar's text. */
    public static String text() {
        try (InputStream in = AdviceGrammar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
