package org.sectordesk.ingest;

/**
 * The names a long bar layout gives its columns (lower case, after {@link Header} normalisation), and how
 * forgiving it is.
 *
 * @param code       names of the code column; none for single-security layouts
 * @param vendor     a vendor export: a row with no price at all is a day without trading (dropped, counted),
 *                   footer lines are skipped; otherwise a missing close is a problem
 * @param yahoo      Yahoo's quirks: the multi-header's {@code Ticker} / {@code Date} lines, dividend and split
 *                   event rows, and zero-volume flat rows of shares (holiday artefacts) are dropped
 * @param change     names of a column of daily changes in percent ({@code 涨跌幅}), read only to cross-check
 *                   the closes
 * @param volumeSuffix volumes may carry K / M / B suffixes
 */
record BarColumns(String[] code, String[] date, String[] open, String[] high, String[] low, String[] close,
    String[] adjClose, String[] volume, String[] currency, String[] change, boolean vendor, boolean yahoo,
    boolean volumeSuffix) {
}
