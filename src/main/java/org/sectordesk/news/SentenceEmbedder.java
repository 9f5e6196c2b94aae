package org.sectordesk.news;

/** Turns a text into a unit-length sentence embedding (the same model for every item of a workspace). */
public interface SentenceEmbedder {
  /** Characters of an item's text (title, then body) that are embedded: the lead says what a story is. */
  int MAX_CHARS = 256;

  /** The model's name, stored with the classifier trained on its embeddings. */
  String modelId();

  float[] embed(String text);

  /** The text of an item that is embedded: title and the opening of the body. */
  static String itemText(String title, String body) {
    String t = (title == null || title.isBlank() ? "" : title.strip() + "\n") + (body == null ? "" : body.strip());
    return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
  }

  /** The vector scaled to unit length (a zero vector stays zero). */
  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return v.clone();
    }
    double s = 1 / Math.sqrt(n);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * s);
    }
    return out;
  }
}
