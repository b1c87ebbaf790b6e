package org.gigasim.scenarios;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.TrafficClass;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Builds the Jackson mappers that bind scenario files to the model's spec records, which
 * carry no Jackson annotations: snake_case names, strict types, unknown fields refused,
 * and limits that make hostile input fail fast. ({@link LocationIndex} refuses duplicate keys.)
 */
final class ScenarioMapper {

    /** Files larger than this are refused before parsing. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ALIASES = 50;

    private ScenarioMapper() {
    }

    static ObjectMapper yaml(ClauseRegistry registry) {
        // LocationIndex refuses aliases outright; these limits stand behind it.
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        return configure(new ObjectMapper(YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(constraints()).build()), registry);
    }

    static ObjectMapper json(ClauseRegistry registry) {
        return configure(new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints()).build()), registry);
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxDocumentLength(MAX_BYTES)
                .maxStringLength(1024 * 1024).maxNumberLength(100).build();
    }

    private static ObjectMapper configure(ObjectMapper mapper, ClauseRegistry registry) {
        SimpleModule module = new SimpleModule("gigasim-scenarios");
        module.addDeserializer(Double.class, new FiniteNumberDeserializer(false));
        module.addDeserializer(Double.TYPE, new FiniteNumberDeserializer(true));
        module.addDeserializer(Distribution.class, new DistributionDeserializer());
        module.addDeserializer(ClauseSpec.class, new ClauseDeserializer(registry));
        module.addDeserializer(EventSpec.class, new EventDeserializer());
        module.addDeserializer(Duration.class, new ScalarDeserializers.DurationDeserializer());
        module.addDeserializer(TrafficClass.class, new ScalarDeserializers.TrafficClassDeserializer());
        module.setMixInAnnotation(AcceleratorSpec.class, AcceleratorMixIn.class);
        module.setDeserializerModifier(new UnknownFieldsFirst());
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(module);   // after JavaTimeModule, so our strict Duration wins
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.setAnnotationIntrospector(new RequiredPrimitivesIntrospector());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        return mapper;
    }

    /** {@code hostable_by} also takes {@code any}, the empty list. */
    abstract static class AcceleratorMixIn {
        @JsonDeserialize(using = ScalarDeserializers.HostableByDeserializer.class)
        abstract List<String> hostableBy();
    }

    /**
     * A record component of primitive type is required: the spec records make optional
     * numbers boxed, so a missing {@code mw} is an error rather than a silent zero.
     */
    static final class RequiredPrimitivesIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            if (member instanceof AnnotatedParameter parameter && parameter.getDeclaringClass().isRecord()
                    && parameter.getRawType().isPrimitive()) {
                return Boolean.TRUE;
            }
            return super.hasRequiredMarker(member);
        }
    }
}
