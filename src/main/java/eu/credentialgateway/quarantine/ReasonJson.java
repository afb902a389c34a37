package eu.credentialgateway.quarantine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.credentialgateway.Stage;
import eu.credentialgateway.Step;
import java.io.IOException;
import java.util.Locale;

/**
 * The JSON form of a {@link QuarantineEntry} ({@code reason.json}): ISO-8601 instants, stages and steps by their
 * id ({@code serialise}, {@code profile}), rejections by name ({@code INVALID}). Built once, shared.
 */
final class ReasonJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("stage-ids")
                    .addSerializer(Stage.class, new StageWriter())
                    .addDeserializer(Stage.class, new StageReader())
                    .addSerializer(Step.class, new StepWriter())
                    .addDeserializer(Step.class, new StepReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReasonJson() {
    }

    static byte[] write(QuarantineEntry entry) throws IOException {
        return MAPPER.writeValueAsBytes(entry);
    }

    static QuarantineEntry read(byte[] json) throws IOException {
        return MAPPER.readValue(json, QuarantineEntry.class);
    }

    private static final class StageWriter extends JsonSerializer<Stage> {
        @Override
        public void serialize(Stage stage, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(stage.id());
        }
    }

    private static final class StageReader extends JsonDeserializer<Stage> {
        @Override
        public Stage deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return Stage.valueOf(json.getValueAsString().toUpperCase(Locale.ROOT));
        }
    }

    private static final class StepWriter extends JsonSerializer<Step> {
        @Override
        public void serialize(Step step, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(step.id());
        }
    }

    private static final class StepReader extends JsonDeserializer<Step> {
        @Override
        public Step deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return Step.of(json.getValueAsString());
        }
    }
}
