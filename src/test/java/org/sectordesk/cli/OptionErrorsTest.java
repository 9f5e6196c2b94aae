package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad command line gets one plain line saying what is expected, never Java's words or the whole usage. */
class OptionErrorsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      review --month 2024-13                          | --month takes YYYY-MM, e.g. 2024-11 (got '2024-13'); see: desk review --help
      indices --week 2024-02-30                       | --week takes a date YYYY-MM-DD, e.g. 2024-11-29 (got '2024-02-30')
      indices --from 2024-11-01 --to 30/11/2024       | --to takes a date YYYY-MM-DD, e.g. 2024-11-29 (got '30/11/2024')
      movers --market HK --top ten --month 2024-11    | --top takes a whole number, e.g. 10 (got 'ten'); see: desk movers --help
      review --month 2024-11 --format xml             | --format takes one of table, json, csv (got 'xml')
      bench market --seed x                           | --seed takes a whole number, e.g. 20241129 (got 'x'); see: desk bench market --help
      news digest --month 11/2025                     | --month takes YYYY-MM, e.g. 2024-11 (got '11/2025'); see: desk news digest --help
      review --mnth 2024-11                           | unknown option '--mnth'
      reveiw --month 2024-11                          | unknown command 'reveiw' (did you mean review
      news digest --month                             | missing required parameter for option '--month' (YYYY-MM)
      review --month 2024-11 --week 2024-09-02        | are mutually exclusive
      """)
  void oneLineSayingWhatIsExpected(String commandLine, String expected) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DeskMain.run(new PrintWriter(out, true), new PrintWriter(err, true),
        ("-w no-such-workspace " + commandLine).split(" "));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(out.toString()).isEmpty();
    String e = err.toString();
    assertThat(e.lines()).as(e).hasSize(1);
    assertThat(e).startsWith("desk: ").contains(expected).doesNotContain("java.", "Exception", "Usage:");
  }
}
