package org.sectordesk.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sectordesk.domain.BenchmarkMap;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;

/** The workspace securities and fixture files the ingest tests share. */
final class Fixtures {
  private Fixtures() {}

  /** A small workspace: HK and US shares, an A-share index, and HK / US / CN indices. 9999.HK is not in it. */
  static ReferenceData ref() {
    return ReferenceData.of(List.of(
        Security.stock("0700.HK", "腾讯控股", "Tencent", "游戏"),
        Security.stock("3690.HK", "美团", "Meituan", "电商"),
        Security.stock("9988.HK", "阿里巴巴", "Alibaba", "电商"),
        Security.stock("IQ.O", "爱奇艺", "iQIYI", "文娱"),
        Security.stock("META.O", "META", "Meta", "平台"),
        Security.index("HSTECH.HI", "恒生科技", "Hang Seng TECH"),
        Security.index("IXIC.GI", "纳斯达克指数", "Nasdaq Composite"),
        Security.index("SPX.GI", "标普500", "S&P 500"),
        Security.index("000300.SH", "沪深300", "CSI 300")),
        List.of(), List.of(), new BenchmarkMap(Map.of()), "CNY");
  }

  static Path file(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> messages(Imported<?> imported) {
    return imported.problems().stream().map(ImportProblem::toString).toList();
  }
}
