package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyTaggerTest {
  static final AliasDictionary DICT = new AliasDictionary(List.of(
      new Company("tencent", "腾讯", "Tencent", List.of("0700.HK"), List.of("腾讯控股", "微信", "混元", "元宝")),
      new Company("alibaba", "阿里巴巴", "Alibaba", List.of("9988.HK"), List.of("阿里", "通义千问", "Qwen", "淘宝", "天猫")),
      new Company("netease", "网易", "NetEase", List.of("9999.HK"), List.of()),
      new Company("cloudmusic", "云音乐", "", List.of("9899.HK"), List.of("网易云音乐")),
      new Company("openai", "OpenAI", "", List.of(), List.of("ChatGPT", "GPT")),
      new Company("giant", "巨人网络", "", List.of("002558.SZ"), List.of("GiantGPT")),
      new Company("baidu", "百度", "", List.of("9888.HK"), List.of("文心一言"))),
      List.of(new AiModel("文心一言", List.of("文心一言", "文心")), new AiModel("通义千问", List.of("Qwen", "通义千问"))));

  private final CompanyTagger tagger = new CompanyTagger(DICT);

  @Test
  void productsPointToTheirCompany() {
    CompanyTags t = tagger.tag("", "微信上线新功能，元宝接入混元大模型。");
    assertThat(t.main()).map(Company::id).contains("tencent");
    assertThat(tagger.tag("", "Qwen2.5-Turbo 开源").main()).map(Company::id).contains("alibaba");
  }

  @Test
  void mainCompanyIsTheTitleSubjectNotTheMostMentionedInPassing() {
    CompanyTags t = tagger.tag("巨人网络接入文心一言", "巨人网络表示，公司在新玩法中接入文心一言与通义千问。");
    // 巨人网络 opens title and body; 百度 and 阿里巴巴 are named through their products
    assertThat(t.companies()).extracting(Company::id).contains("giant", "baidu", "alibaba");
    assertThat(t.main()).map(Company::id).contains("giant");
    assertThat(t.models()).containsExactly("文心一言", "通义千问");
  }

  @Test
  void titleOutweighsBodyMentions() {
    CompanyTags t = tagger.tag("腾讯发布新模型", "此前阿里曾发布类似产品，阿里表示将跟进。");
    assertThat(t.main()).map(Company::id).contains("tencent");
  }

  @Test
  void latinAliasesMatchOnlyAtWordBoundaries() {
    CompanyTags t = tagger.tag("", "巨人网络自研 GiantGPT 完成备案");
    assertThat(t.companies()).extracting(Company::id).containsExactly("giant");
    assertThat(tagger.tag("", "GPTs 商店").companies()).isEmpty();
  }

  @Test
  void longestAliasWins() {
    assertThat(tagger.tag("", "网易云音乐会员数增长").main()).map(Company::id).contains("cloudmusic");
    assertThat(tagger.tag("", "网易游戏新作上线").main()).map(Company::id).contains("netease");
  }

  @Test
  void noCompanyNoMain() {
    assertThat(tagger.tag("国家网信办发布办法", "生成式人工智能服务管理").main()).isEmpty();
  }

  @Test
  void dictionaryResolvesLabelsByIdNameCodeOrAlias() {
    assertThat(DICT.resolve("腾讯控股")).map(Company::id).contains("tencent");
    assertThat(DICT.resolve("0700.HK")).map(Company::id).contains("tencent");
    assertThat(DICT.resolve("qwen")).map(Company::id).contains("alibaba");
    assertThat(DICT.resolve("Tencent")).map(Company::id).contains("tencent");
    assertThat(DICT.resolve("字节跳动")).isEmpty();
  }

  @Test
  void workspaceEntriesReplaceAndExtendTheDefaults() {
    AliasDictionary own = new AliasDictionary(List.of(
        new Company("tencent", "腾讯控股", "Tencent", List.of("0700.HK"), List.of("视频号")),
        new Company("bytedance", "字节跳动", "ByteDance", List.of(), List.of("豆包"))), List.of());
    AliasDictionary merged = DICT.extendedBy(own);
    assertThat(merged.company("tencent")).map(Company::name).contains("腾讯控股");
    assertThat(merged.company("bytedance")).isPresent();
    assertThat(merged.companies()).hasSize(DICT.companies().size() + 1);
  }
}
