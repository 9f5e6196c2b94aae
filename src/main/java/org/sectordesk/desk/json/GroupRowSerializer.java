package org.sectordesk.desk.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import org.sectordesk.desk.RatingBookView;

/** A rating-book group as {@code {"analyst": "林远", "count": …}}: the key under its own name, then the stats. */
public final class GroupRowSerializer extends StdSerializer<RatingBookView.GroupRow> {
  public GroupRowSerializer() {
    super(RatingBookView.GroupRow.class);
  }

  @Override
  public void serialize(RatingBookView.GroupRow row, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject();
    gen.writeStringField(row.keyName(), row.key());
    JsonSerializer<Object> stats = provider.findValueSerializer(RatingBookView.Stats.class)
        .unwrappingSerializer(NameTransformer.NOP);
    stats.serialize(row.stats(), gen, provider);
    gen.writeEndObject();
  }
}
