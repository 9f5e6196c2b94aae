package org.sectordesk.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The companies and AI models the desk recognises in news text, with every alias that points to
 * them. The shipped default lives in the resources; a workspace file overrides companies with the
 * same id (and models with the same name) and adds new ones ({@link #extendedBy}).
 */
public record AliasDictionary(List<Company> companies, List<AiModel> models) {
  public AliasDictionary {
    companies = List.copyOf(companies);
    models = List.copyOf(models);
    Map<String, String> seen = new LinkedHashMap<>();
    for (Company c : companies) {
      if (seen.put(c.id(), c.id()) != null) {
        throw new IllegalArgumentException("company id '" + c.id() + "' is defined twice");
      }
    }
  }

  /** This dictionary with the other's entries replacing same-id companies and same-name models, and added otherwise. */
  public AliasDictionary extendedBy(AliasDictionary other) {
    Map<String, Company> cs = new LinkedHashMap<>();
    companies.forEach(c -> cs.put(c.id(), c));
    other.companies.forEach(c -> cs.put(c.id(), c));
    Map<String, AiModel> ms = new LinkedHashMap<>();
    models.forEach(m -> ms.put(m.name(), m));
    other.models.forEach(m -> ms.put(m.name(), m));
    return new AliasDictionary(new ArrayList<>(cs.values()), new ArrayList<>(ms.values()));
  }

  public Optional<Company> company(String id) {
    return companies.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The company a label names: its id, its name, one of its codes or any alias (case-insensitive).
   */
  public Optional<Company> resolve(String label) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (Company c : companies) {
      if (c.id().equalsIgnoreCase(l) || c.name().toLowerCase(Locale.ROOT).equals(l)
          || c.nameEn().equalsIgnoreCase(l)) {
        return Optional.of(c);
      }
    }
    for (Company c : companies) {
      for (String code : c.codes()) {
        if (code.equalsIgnoreCase(l)) {
          return Optional.of(c);
        }
      }
      for (String a : c.aliases()) {
        if (a.strip().toLowerCase(Locale.ROOT).equals(l)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Every term the segmenter should keep as one word: company names, aliases and model names. */
  public List<String> terms() {
    List<String> out = new ArrayList<>();
    for (Company c : companies) {
      out.add(c.name());
      if (!c.nameEn().isEmpty()) {
        out.add(c.nameEn());
      }
      out.addAll(c.aliases());
    }
    for (AiModel m : models) {
      out.add(m.name());
      out.addAll(m.aliases());
    }
    return out;
  }
}
