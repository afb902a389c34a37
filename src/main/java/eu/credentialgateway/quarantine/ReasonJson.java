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
import java.util.function.Function;

/**
 * The JSON form of a {@link QuarantineEntry} ({@code reason.json}): ISO-8601 instants, stages and steps by their
 * id ({@code serialise}, {@code profile}), rejections by name ({@code INVALID}). Built once, shared.
 */
final class ReasonJson {
    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("stage-and-step-ids")
                    .addSerializer(Stage.class, new IdWriter<>(Stage::id))
                    .addDeserializer(Stage.class, new IdReader<>(id -> Stage.valueOf(id.toUpperCase(Locale.ROOT))))
                    .addSerializer(Step.class, new IdWriter<>(Step::id))
                    .addDeserializer(Step.class, new IdReader<>(Step::of)))
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

    /** Writes a value by its id. */
    private static final class IdWriter<T> extends JsonSerializer<T> {
        private final Function<T, String> id;

        IdWriter(Function<T, String> id) {
            this.id = id;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(id.apply(value));
        }
    }

    /** Reads a value from its id. */
    private static final class IdReader<T> extends JsonDeserializer<T> {
        private final Function<String, T> byId;

        IdReader(Function<String, T> byId) {
            this.byId = byId;
        }

        @Override
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return byId.apply(json.getValueAsString());
        }
    }
}
