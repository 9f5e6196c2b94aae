package org.sectordesk.desk.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a fraction in percent (see {@link Percent}); a missing value (NaN, null) as null. */
final class PercentSerializer extends StdSerializer<Double> {
  PercentSerializer() {
    super(Double.class);
  }

  @Override
  public void serialize(Double fraction, JsonGenerator gen, SerializerProvider provider) throws IOException {
    Double pct = DeskJson.percent(fraction == null ? Double.NaN : fraction);
    if (pct == null) {
      gen.writeNull();
    } else {
      gen.writeNumber(pct);
    }
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Double value) {
    return value == null;
  }
}
