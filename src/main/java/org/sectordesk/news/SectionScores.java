package org.sectordesk.news;

/** Per-section scores in {@link Section} order. */
final class SectionScores {
  private SectionScores() {}

  /** The section with the highest score (the earlier section on a tie). */
  static Section best(double[] score) {
    int best = 0;
    for (int c = 1; c < score.length; c++) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    return Section.values()[best];
  }
}
