package org.sectordesk.desk;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.sectordesk.news.SentenceEmbedder;

/**
 * BGE-small-zh v1.5 (quantised), the Chinese sentence-embedding model whose weights ship inside the
 * langchain4j jar and run in-process on ONNX Runtime: nothing is downloaded. Loading takes about a
 * second and a half, so the model is loaded once per process, on the first text embedded; commands
 * that do not embed never load it. The last 10,000 texts embedded are remembered (about 20 MB), so a
 * text met again in the same process (a file imported into a second workspace) is not embedded twice.
 */
public final class BgeEmbedder implements SentenceEmbedder {
  public static final String MODEL_ID = "bge-small-zh-v1.5-q";
  private static volatile BgeEmbedder shared;

  private final BgeSmallZhV15QuantizedEmbeddingModel model;

  private BgeEmbedder() {
    this.model = new BgeSmallZhV15QuantizedEmbeddingModel();
  }

  /** The process's embedder, loaded on first call. */
  public static BgeEmbedder shared() {
    BgeEmbedder e = shared;
    if (e == null) {
      synchronized (BgeEmbedder.class) {
        e = shared;
        if (e == null) {
          e = new BgeEmbedder();
          shared = e;
        }
      }
    }
    return e;
  }

  /** True once the model has been loaded in this process. */
  public static boolean loaded() {
    return shared != null;
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  /** Texts embedded in this process, most recent last: the same text is embedded once (a copy is returned). */
  private final java.util.Map<String, float[]> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, float[]> eldest) {
      return size() > RECENT;
    }
  };
  private static final int RECENT = 10_000;

  @Override
  public float[] embed(String text) {
    String t = text == null || text.isBlank() ? " " : text;
    synchronized (recent) {
      float[] known = recent.get(t);
      if (known != null) {
        return known.clone();
      }
    }
    float[] v = model.embed(t).content().vector();
    synchronized (recent) {
      recent.put(t, v.clone());
    }
    return v;
  }
}
