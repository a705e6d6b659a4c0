package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.spec.indicator.IndicatorCatalog;
import wave.spec.indicator.IndicatorParam;

/**
 * The published JSON Schema is valid JSON, declares draft 2020-12, and lists exactly what the loader accepts:
 * the top-level keys, the indicator types and each type's parameters. (It is not enforced by a validator library.)
 */
class SchemaTest {
    private static JsonNode schema() throws IOException {
        try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream(StrategySpecs.SCHEMA_RESOURCE)) {
            assertThat(in).as(StrategySpecs.SCHEMA_RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void isDraft202012AndListsTheTopLevelKeys() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(names(schema.get("properties"))).containsExactlyElementsOf(SpecReader.TOP_KEYS);
        assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("entry");
    }

    @Test
    void listsTheIndicatorTypesAndTheirParameters() throws IOException {
        JsonNode indicator = schema().at("/$defs/indicator");
        List<String> types = new ArrayList<>();
        indicator.at("/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertThat(types).containsExactlyElementsOf(IndicatorCatalog.standard().names());
        for (var type : IndicatorCatalog.standard().types()) {
            JsonNode then = null;
            for (JsonNode branch : indicator.get("allOf")) {
                JsonNode condition = branch.at("/if/properties/type");
                if (condition.path("const").asText().equals(type.name())
                        || condition.path("enum").toString().contains("\"" + type.name() + "\"")) {
                    then = branch.get("then");
                }
            }
            assertThat(then).as(type.name()).isNotNull();
            List<String> params = names(then.get("properties"));
            params.remove("type");
            assertThat(params.remove("of")).as(type.name() + " reads another indicator").isEqualTo(type.readsOneSeries());
            assertThat(params).as(type.name()).containsExactlyElementsOf(type.paramNames());
        }
    }

    @Test
    void listsThePriceFields() throws IOException {
        List<String> fields = new ArrayList<>();
        schema().at("/$defs/source/enum").forEach(f -> fields.add(f.asText()));
        assertThat(fields).containsExactlyElementsOf(IndicatorParam.priceFieldNames());
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.properties().forEach(e -> out.add(e.getKey()));
        return out;
    }
}
