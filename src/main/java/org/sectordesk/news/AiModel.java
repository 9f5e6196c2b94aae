package org.sectordesk.news;

import java.util.List;
import java.util.Objects;

/**
 * An AI model family the tracker names, e.g. 文心一言 with the aliases ERNIE Bot and 文心大模型.
 *
 * @param name    the name the tracker prints
 * @param aliases strings that point to it (the name itself is always one)
 */
public record AiModel(String name, List<String> aliases) {
  public AiModel {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("model name must not be blank");
    }
    aliases = List.copyOf(aliases);
  }
}
