package wave.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import wave.llm.config.ApiKeys;
import wave.llm.config.ProviderConfig;
import wave.llm.config.ProviderKind;
import wave.llm.config.Secrets;

/**
 * The analyst on one provider (an OpenAI-compatible endpoint or Ollama's native API), through langchain4j's chat
 * models. Asks for advice as JSON, lets {@link AdviceParser} validate it (one repair round), and maps provider trouble
 * to typed failures: timeouts, HTTP 429, HTTP 5xx, unreadable responses. The API key (from the environment variable or
 * secrets entry the configuration names) is sent only in the request header and scrubbed from every answer and
 * failure message; no {@code toString} shows it.
 */
public final class ChatAnalyst implements ProviderAnalyst {
    /** What the model is told before each prompt (then the advice schema). */
    public static final String INSTRUCTIONS = """
            You are a market analyst advising a trading system. The system, not you, decides and trades: \
            your advice is one signal among others and is checked against risk rules. Use only the numbers given \
            in the prompt; never invent prices. Answer with exactly one JSON object and nothing else, matching \
            this JSON Schema:
            """;

    /** The longest reason quoted back to the model in a repair request. */
    static final int REPAIR_REASON_CHARS = 400;

    private final ProviderConfig config;
    private final ChatModel model;
    private final String apiKey;
    private final AdviceParser parser;
    private final LongSupplier nanoTime;

    /**
     * An analyst on the provider, its key found by {@code keys}.
     *
     * @throws IllegalArgumentException when the provider names a key that is not set
     */
    public ChatAnalyst(ProviderConfig config, ApiKeys keys) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.kind() == ProviderKind.EMBEDDED) {
            throw new IllegalArgumentException("provider " + config.name() + " is embedded: use EmbeddedAnalyst");
        }
        this.apiKey = keys.keyOf(config).orElse(null);
        this.parser = new AdviceParser();
        this.nanoTime = System::nanoTime;
        this.model = ChatModels.of(config, apiKey);
    }

    /** An analyst reading its API key through the given environment lookup (tests pass a map). */
    public ChatAnalyst(ProviderConfig config, Function<String, String> environment) {
        this(config, new ApiKeys(environment, Secrets.NONE));
    }

    @Override
    public ProviderConfig config() {
        return config;
    }

    @Override
    public AdviceOutcome advise(String prompt) {
        return interact(prompt).outcome();
    }

    @Override
    public String keyOf(String prompt) {
        return Interaction.keyOf(prompt, config.model(), config.baseUrl(), config.temperature(), config.maxTokens(),
                Interaction.SCHEMA_VERSION);
    }

    @Override
    public Interaction interact(String prompt) {
        int[] tokens = {0, 0};
        long start = nanoTime.getAsLong();
        AdviceOutcome outcome = ask(prompt, tokens);
        long latencyMillis = (nanoTime.getAsLong() - start) / 1_000_000;
        return new Interaction(keyOf(prompt), prompt, config.name(), config.model(), config.baseUrl(),
                config.temperature(), config.maxTokens(), Interaction.SCHEMA_VERSION, latencyMillis, tokens[0], tokens[1],
                config.prices().costRaw(tokens[0], tokens[1]), outcome);
    }

    private AdviceOutcome ask(String prompt, int[] tokens) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(INSTRUCTIONS + parser.schemaText()));
        messages.add(UserMessage.from(prompt));
        String[] last = {null};
        try {
            last[0] = answer(messages, tokens);
            return parser.parseWithRepair(last[0], (invalid, reason) -> {
                messages.add(AiMessage.from(invalid));
                messages.add(UserMessage.from(repairRequest(reason)));
                last[0] = answer(messages, tokens);
                return last[0];
            });
        } catch (RuntimeException e) {
            return failure(e, last[0]);
        }
    }

    /** The repair request, the reason cut to {@value #REPAIR_REASON_CHARS} characters. */
    private static String repairRequest(String reason) {
        String cut = reason.length() <= REPAIR_REASON_CHARS ? reason : reason.substring(0, REPAIR_REASON_CHARS) + "...";
        return "Your answer is not valid advice: " + cut
                + ". Reply with only the corrected JSON object, matching the schema, and no other text.";
    }

    /**
     * The most tokens one request may use, estimated before sending ({@link Tokens}): two calls (the repair round),
     * each with the instructions, the schema, the prompt and at most {@code max_tokens} of answer; the second also
     * carries the first answer and the repair request.
     */
    @Override
    public long worstCaseTokens(String prompt) {
        return worstCaseInputTokens(prompt) + 2L * config.maxTokens();
    }

    @Override
    public long worstCaseCostRaw(String prompt) {
        return config.prices().costRaw(worstCaseInputTokens(prompt), 2L * config.maxTokens());
    }

    private long worstCaseInputTokens(String prompt) {
        long input = Tokens.estimate(INSTRUCTIONS + parser.schemaText() + prompt);
        return 2 * input + config.maxTokens() + Tokens.estimate(repairRequest("x".repeat(REPAIR_REASON_CHARS + 3)));
    }

    private String answer(List<ChatMessage> messages, int[] tokens) {
        ChatResponse response = model.chat(messages);
        TokenUsage usage = response == null ? null : response.tokenUsage();
        if (usage != null) {
            tokens[0] += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            tokens[1] += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        }
        AiMessage message = response == null ? null : response.aiMessage();
        if (message == null || message.text() == null) {
            throw new MalformedResponse("the response holds no assistant message text");
        }
        // An echo of the key in an answer would otherwise reach failures and records.
        return scrub(message.text());
    }

    private AdviceFailure failure(RuntimeException e, String lastAnswer) {
        AdviceFailure.Kind kind = kindOf(e);
        String reason = switch (kind) {
            case TIMEOUT -> "no answer within " + config.timeout().toMillis() + " ms";
            case RATE_LIMITED -> "rate limited (HTTP 429): " + messageOf(e);
            case SERVER_ERROR -> "provider error: " + messageOf(e);
            case MALFORMED_RESPONSE -> "unreadable response: " + messageOf(e);
            default -> "provider unavailable: " + messageOf(e);
        };
        String scrubbed = scrub(reason);
        if (scrubbed.length() > 400) {
            scrubbed = scrubbed.substring(0, 400) + "...";
        }
        return new AdviceFailure(kind, scrubbed + " [" + config.model() + " at " + config.baseUrl() + "]",
                scrub(lastAnswer));
    }

    static AdviceFailure.Kind kindOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RateLimitException) {
                return AdviceFailure.Kind.RATE_LIMITED;
            }
            if (t instanceof InternalServerException) {
                return AdviceFailure.Kind.SERVER_ERROR;
            }
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                if (status == 429) {
                    return AdviceFailure.Kind.RATE_LIMITED;
                }
                if (status >= 500) {
                    return AdviceFailure.Kind.SERVER_ERROR;
                }
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return AdviceFailure.Kind.TIMEOUT;
            }
            // A client that meets a 200 response without a field it needs fails on the missing value.
            if (t instanceof MalformedResponse || t instanceof JsonProcessingException || t instanceof NullPointerException) {
                return AdviceFailure.Kind.MALFORMED_RESPONSE;
            }
        }
        return AdviceFailure.Kind.UNAVAILABLE;
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        if (message == null && e.getCause() != null) {
            message = e.getCause().getMessage();
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The text with the API key (if any) replaced by {@code ***}. */
    private String scrub(String text) {
        if (text == null || apiKey == null) {
            return text;
        }
        return text.replace(apiKey, "***");
    }

    /** A chat completion without a usable assistant message. */
    static final class MalformedResponse extends RuntimeException {
        MalformedResponse(String message) {
            super(message);
        }
    }

    @Override
    public String toString() {
        return "ChatAnalyst" + Map.of("provider", config.name(), "model", config.model(), "baseUrl", config.baseUrl());
    }
}
