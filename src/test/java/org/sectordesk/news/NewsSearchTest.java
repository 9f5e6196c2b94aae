package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSearchTest {
  static NewsItem item(String title, String body, String source, List<String> companies) {
    return new NewsItem("n1", LocalDate.of(2025, 11, 3), false, title, body, source, "", Section.AI, false, companies, List.of());
  }

  @Test
  void everyWordMustOccurInTitleTextOrSource() {
    NewsItem i = item("腾讯混元发布新版图生视频模型", "模型支持 1080P 输出。", "36氪", List.of("tencent"));
    assertThat(NewsSearch.of("腾讯 视频", null).matches(i)).isTrue();
    assertThat(NewsSearch.of("腾讯 阿里", null).matches(i)).isFalse();
    assertThat(NewsSearch.of("1080p", null).matches(i)).isTrue();
    assertThat(NewsSearch.of("３６氪", null).matches(i)).as("full-width digits match").isTrue();
    assertThat(NewsSearch.of("  ", null).matches(i)).isTrue();
    assertThat(NewsSearch.of(null, null).isAll()).isTrue();
  }

  @Test
  void aCompanyMustBeAmongTheNamedOnes() {
    NewsItem i = item("千问App公测", "", "", List.of("alibaba", "tencent"));
    assertThat(NewsSearch.of(null, "tencent").matches(i)).isTrue();
    assertThat(NewsSearch.of(null, "baidu").matches(i)).isFalse();
    assertThat(NewsSearch.of("千问", "baidu").matches(i)).isFalse();
  }
}
