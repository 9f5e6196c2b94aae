package org.sectordesk.desk;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sectordesk.news.LabelledText;
import org.sectordesk.news.SentenceEmbedder;

/**
 * The sentence embeddings of the shipped training examples, kept next to them so that training and
 * cross-validation need not embed 600 texts each time (about 25 ms each). Each is keyed by the
 * SHA-256 of the example's text: an edited or new example has no entry and is embedded afresh.
 * Vectors are stored as 8-bit integers with one scale each (a unit vector's cosine changes by
 * less than 0.001).
 *
 * <p>File layout (big-endian): the UTF string {@code sector-desk-embeddings}, the model id, the
 * dimensions, the count; then per text its 16-byte key, the scale (float) and the bytes.
 */
public final class TrainingEmbeddings {
  static final String RESOURCE = "/org/sectordesk/news/training-embeddings.bin";
  static final String MAGIC = "sector-desk-embeddings";

  private final String modelId;
  private final Map<String, float[]> byKey;

  TrainingEmbeddings(String modelId, Map<String, float[]> byKey) {
    this.modelId = modelId;
    this.byKey = byKey;
  }

  /** The shipped cache (empty when the build has none). */
  public static TrainingEmbeddings shipped() {
    try (InputStream in = TrainingEmbeddings.class.getResourceAsStream(RESOURCE)) {
      return in == null ? new TrainingEmbeddings(BgeEmbedder.MODEL_ID, new HashMap<>()) : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static TrainingEmbeddings read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    if (!MAGIC.equals(in.readUTF())) {
      throw new IOException("not a Sector Desk embeddings file");
    }
    String model = in.readUTF();
    int dims = in.readInt();
    int n = in.readInt();
    Map<String, float[]> out = new HashMap<>();
    byte[] key = new byte[16];
    byte[] q = new byte[dims];
    for (int i = 0; i < n; i++) {
      in.readFully(key);
      float scale = in.readFloat();
      in.readFully(q);
      float[] v = new float[dims];
      for (int j = 0; j < dims; j++) {
        v[j] = q[j] * scale;
      }
      out.put(HexFormat.of().formatHex(key), SentenceEmbedder.unit(v));
    }
    return new TrainingEmbeddings(model, out);
  }

  /** Writes the embeddings of the texts (a developer tool: {@link DefaultNewsModel}). */
  static void write(Path file, String modelId, List<String> texts, List<float[]> vectors) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(MAGIC);
    out.writeUTF(modelId);
    int dims = vectors.isEmpty() ? 0 : vectors.get(0).length;
    out.writeInt(dims);
    Map<String, float[]> unique = new java.util.LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      unique.putIfAbsent(key(texts.get(i)), vectors.get(i));
    }
    out.writeInt(unique.size());
    for (Map.Entry<String, float[]> e : unique.entrySet()) {
      out.write(HexFormat.of().parseHex(e.getKey()));
      float[] v = e.getValue();
      float max = 0;
      for (float x : v) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = max == 0 ? 1 : max / 127f;
      out.writeFloat(scale);
      for (float x : v) {
        out.writeByte(Math.round(x / scale));
      }
    }
    out.flush();
    Files.write(file, bytes.toByteArray());
  }

  /** The key of a text: the first 16 bytes of its SHA-256, in hex. */
  static String key(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached embedding of a text, or null. */
  public float[] get(String text) {
    return byKey.get(key(text));
  }

  public String modelId() {
    return modelId;
  }

  public int size() {
    return byKey.size();
  }

  /** Embeddings of the examples: cached ones from here, the others computed (the embedder loaded only then). */
  public List<float[]> embed(List<LabelledText> examples, Supplier<SentenceEmbedder> embedder) {
    List<float[]> out = new ArrayList<>(examples.size());
    for (LabelledText l : examples) {
      float[] v = BgeEmbedder.MODEL_ID.equals(modelId) ? get(l.text()) : null;
      out.add(v != null ? v : SentenceEmbedder.unit(embedder.get().embed(SentenceEmbedder.itemText("", l.text()))));
    }
    return out;
  }
}
