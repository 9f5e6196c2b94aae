package org.sectordesk.ratings;

/** What a rating is about: a company's share or an industry (an industry index such as 801760.SI). */
public enum RatingTarget {
  STOCK, INDUSTRY;

  public String label() {
    return this == STOCK ? "stock" : "industry";
  }
}
