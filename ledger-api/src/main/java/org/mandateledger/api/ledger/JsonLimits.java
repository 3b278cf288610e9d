package org.mandateledger.api.ledger;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What the API accepts as JSON: duplicate keys and unknown fields refused, nesting at most 32
 * deep, no string longer than a body may be, and every value in the type the contract gives it —
 * a text is a string (not a number or a boolean read as one), an enum value a name (not an index),
 * a whole number whole, a date {@code 2026-11-22} and an instant {@code 2026-11-22T10:00:00Z} as
 * strings (not epoch numbers, not an empty string). Each refusal becomes a 400 problem.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_STRING_LENGTH = 1024 * 1024;

    @Bean
    JsonFactoryBuilderCustomizer ledgerReadConstraints() {
        return factory -> factory.streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
    }

    @Bean
    JsonMapperBuilderCustomizer ledgerStrictReading() {
        return mapper -> mapper
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, names -> names.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("ledger-dates")
                        .addDeserializer(LocalDate.class, new StrictLocalDate())
                        .addDeserializer(Instant.class, new StrictInstant()));
    }

    /** A date as the contract writes it: a string {@code 2026-11-22}, a real calendar day. */
    static final class StrictLocalDate extends StdScalarDeserializer<LocalDate> {

        StrictLocalDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date such as 2026-11-22");
            }
        }
    }

    /** An instant as the contract writes it: a string {@code 2026-11-22T10:00:00Z}, or with an offset. */
    static final class StrictInstant extends StdScalarDeserializer<Instant> {

        StrictInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getString();
            try {
                return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            } catch (DateTimeException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an instant such as 2026-11-22T10:00:00Z");
            }
        }
    }
}
