package org.sectordesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/** The report's labels and sentence patterns in one language (resource {@code messages.yaml}). */
public final class Messages {
  private final Lang lang;
  private final Map<String, String> texts;

  private Messages(Lang lang, Map<String, String> texts) {
    this.lang = lang;
    this.texts = texts;
  }

  /** The built-in labels of a language. */
  @SuppressWarnings("unchecked")
  public static Messages of(Lang lang) {
    Objects.requireNonNull(lang, "lang");
    try (InputStream in = Messages.class.getResourceAsStream("/org/sectordesk/report/messages.yaml")) {
      if (in == null) {
        throw new IllegalStateException("resource org/sectordesk/report/messages.yaml is missing from the build");
      }
      Map<String, Map<String, Object>> all = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      Map<String, Object> m = all.get(lang.code());
      Map<String, String> texts = new java.util.HashMap<>();
      m.forEach((k, v) -> texts.put(k, String.valueOf(v)));
      return new Messages(lang, Map.copyOf(texts));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages.yaml", e);
    }
  }

  public Lang lang() {
    return lang;
  }

  /** The text of a key with {0}, {1} … replaced; an unknown key is a bug and says so. */
  public String get(String key, Object... args) {
    String t = texts.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no " + lang.code() + " label '" + key + "' in messages.yaml");
    }
    for (int i = 0; i < args.length; i++) {
      t = t.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return t;
  }

  /** True when the key exists. */
  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /** Items joined with the language's list separator (、 or ", "). */
  public String join(java.util.List<String> items) {
    return String.join(get("list.sep"), items);
  }
}
