package wave.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdviceParserTest {
    static final String VALID = """
            {"action":"BUY","confidence":0.72,"horizon":"5d","risk_level":"medium",
             "rationale":"Momentum above the 50-day average.","key_factors":["momentum","volume"]}""";

    private final AdviceParser parser = new AdviceParser();

    private static String with(String field, String value) {
        return VALID.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9.]+)", "\"" + field + "\":" + value);
    }

    @Test
    void readsValidAdvice() {
        AdviceParser.Parsed parsed = parser.parse(VALID);
        assertThat(parsed).isEqualTo(new AdviceParser.Parsed.Valid(new Advice(Action.BUY, 0.72, "5d", RiskLevel.MEDIUM,
                "Momentum above the 50-day average.", List.of("momentum", "volume"))));
    }

    @Test
    void rejectsAConfidenceAboveOne() {
        assertThat(parser.parse(with("confidence", "1.5")))
                .isInstanceOfSatisfying(AdviceParser.Parsed.Invalid.class, i -> assertThat(i.reason()).contains("confidence"));
    }

    @Test
    void rejectsAnUnknownAction() {
        assertThat(parser.parse(with("action", "\"SHORT_EVERYTHING\"")))
                .isInstanceOfSatisfying(AdviceParser.Parsed.Invalid.class, i -> assertThat(i.reason()).contains("action"));
    }

    @Test
    void rejectsAMissingRationale() {
        String noRationale = VALID.replace("\"rationale\":\"Momentum above the 50-day average.\",", "");
        assertThat(noRationale).doesNotContain("rationale");
        assertThat(parser.parse(noRationale))
                .isInstanceOfSatisfying(AdviceParser.Parsed.Invalid.class, i -> assertThat(i.reason()).contains("rationale"));
    }

    @Test
    void rejectsAnUnknownRiskLevelAndNonJson() {
        assertThat(parser.parse(with("risk_level", "\"apocalyptic\""))).isInstanceOf(AdviceParser.Parsed.Invalid.class);
        assertThat(parser.parse("I think you should buy.")).isEqualTo(new AdviceParser.Parsed.Invalid("the answer holds no JSON object"));
        assertThat(parser.parse("{\"action\": BUY}")).isInstanceOfSatisfying(AdviceParser.Parsed.Invalid.class,
                i -> assertThat(i.reason()).startsWith("the answer is not valid JSON"));
        assertThat(parser.parse("")).isInstanceOf(AdviceParser.Parsed.Invalid.class);
    }

    @Test
    void extractsJsonWrappedInProse() {
        String answer = "Sure! Here is my analysis:\n" + VALID + "\nLet me know if you need more.";
        assertThat(parser.parse(answer)).isInstanceOf(AdviceParser.Parsed.Valid.class);
    }

    @Test
    void extractsJsonFromAFence() {
        String answer = "Analysis follows {not json}.\n```json\n" + VALID + "\n```\nThat {is} all.";
        assertThat(parser.parse(answer)).isInstanceOfSatisfying(AdviceParser.Parsed.Valid.class,
                v -> assertThat(v.advice().action()).isEqualTo(Action.BUY));
    }

    @Test
    void repairsOnTheSecondAnswer() {
        List<String> reasons = new ArrayList<>();
        AdviceOutcome outcome = parser.parseWithRepair(with("confidence", "1.5"), (invalid, reason) -> {
            reasons.add(reason);
            return VALID;
        });
        assertThat(outcome).isInstanceOf(Advice.class);
        assertThat(reasons).singleElement().asString().contains("confidence");
    }

    @Test
    void doesNotAskForRepairWhenTheFirstAnswerIsValid() {
        AdviceOutcome outcome = parser.parseWithRepair(VALID, (invalid, reason) -> {
            throw new AssertionError("no repair expected");
        });
        assertThat(outcome).isInstanceOf(Advice.class);
    }

    @Test
    void failingTwiceGivesATypedFailureNotAHold() {
        String longGarbage = "nonsense ".repeat(200);
        int[] asked = {0};
        AdviceOutcome outcome = parser.parseWithRepair("still not json", (invalid, reason) -> {
            asked[0]++;
            return longGarbage;
        });
        assertThat(asked[0]).isEqualTo(1);
        assertThat(outcome).isInstanceOfSatisfying(AdviceFailure.class, f -> {
            assertThat(f.kind()).isEqualTo(AdviceFailure.Kind.MALFORMED_ADVICE);
            assertThat(f.reason()).contains("no valid advice after one repair round");
            assertThat(f.rawExcerpt()).startsWith("nonsense").contains("1800 chars in all");
            assertThat(f.rawExcerpt().length()).isLessThan(AdviceFailure.EXCERPT_CHARS + 40);
        });
    }

    @Test
    void adviceRejectsOutOfRangeValuesItself() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Advice(Action.HOLD, 1.5, "1d", RiskLevel.LOW, "x", List.of()));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Advice(Action.HOLD, 0.5, "1d", RiskLevel.LOW, " ", List.of()));
    }
}
