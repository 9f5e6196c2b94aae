package org.sectordesk.cli;

import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en} of the analytic commands' tables: headings and sentences in Chinese (as the reports
 * print them) or in English, never both in one line. Names of securities and watch lists are data and stay as
 * desk.yaml spells them.
 */
final class LangOption {
  enum Lang { zh, en }

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the table's headings and sentences. Default: ${DEFAULT-VALUE}")
  Lang lang = Lang.zh;

  boolean en() {
    return lang == Lang.en;
  }

  /** The Chinese or the English text. */
  String t(String zh, String en) {
    return en() ? en : zh;
  }
}
