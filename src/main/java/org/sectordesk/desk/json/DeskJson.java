package org.sectordesk.desk.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The one JSON mapper of the desk: every face (CLI {@code --format json}, web {@code /api/…}) writes the view records
 * through it, so both print the same bytes. Field names are snake_case; a missing number (NaN, infinite) is null;
 * dates are ISO strings; fractions marked {@link Percent} print in percent; output is indented. Maps must keep an
 * order (LinkedHashMap, sorted or enum maps): an unordered map would print differently from one JVM start to the next.
 */
public final class DeskJson {
  private static final ObjectMapper MAPPER = build();

  private DeskJson() {}

  /** The view as indented JSON text, without a final line break. */
  public static String write(Object view) {
    try {
      return MAPPER.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON of " + view.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** The view as UTF-8 JSON bytes, ending in a line break (what the CLI prints). */
  public static byte[] bytes(Object view) {
    return (write(view) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
  }

  /** A fraction in percent, moving the decimal point on its shortest decimal form (0.07 → 7.0); null when missing. */
  public static Double percent(double fraction) {
    if (!Double.isFinite(fraction)) {
      return null;
    }
    return new BigDecimal(Double.toString(fraction)).movePointRight(2).doubleValue();
  }

  /** A number for JSON and CSV: null when missing (NaN or infinite). */
  public static Double number(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static ObjectMapper build() {
    SimpleModule numbers = new SimpleModule("desk-numbers");
    numbers.addSerializer(Double.class, new MissingAsNull());
    numbers.addSerializer(double.class, new MissingAsNull());
    numbers.setSerializerModifier(new OrderedMapsOnly());
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(numbers)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** NaN and infinities are not JSON numbers: they mean "no value". */
  private static final class MissingAsNull extends StdSerializer<Double> {
    MissingAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(Double v, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (v == null || !Double.isFinite(v)) {
        gen.writeNull();
      } else {
        gen.writeNumber(v);
      }
    }
  }

  /** Refuses maps without a defined order, so the bytes never change between runs. */
  private static final class OrderedMapsOnly extends BeanSerializerModifier {
    @Override
    public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type, BeanDescription desc,
        JsonSerializer<?> serializer) {
      return new OrderedMap(serializer);
    }
  }

  /** A map serializer that first checks the map keeps an order. */
  private static final class OrderedMap extends StdSerializer<Object> implements ContextualSerializer {
    private final JsonSerializer<Object> inner;

    @SuppressWarnings("unchecked")
    OrderedMap(JsonSerializer<?> inner) {
      super(Object.class);
      this.inner = (JsonSerializer<Object>) inner;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      JsonSerializer<?> c = inner instanceof ContextualSerializer cs ? cs.createContextual(provider, property) : inner;
      return new OrderedMap(c);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (!(value instanceof LinkedHashMap || value instanceof SortedMap || value instanceof EnumMap)) {
        throw new IllegalStateException("a view holds a " + value.getClass().getName()
            + ": its order changes between runs; use a LinkedHashMap");
      }
      inner.serialize(value, gen, provider);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
      return inner.isEmpty(provider, value);
    }
  }
}
