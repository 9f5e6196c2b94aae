package org.sectordesk.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String STORY = "阿里巴巴旗下千问App开启公测，集成对话、办公与生活服务入口，首周下载量位居应用商店前列，团队计划接入更多智能体。";

  @Test
  void groupsTheSameStoryFromTwoSourcesAndKeepsOthersApart() {
    List<NearDuplicates.Doc> docs = List.of(
        new NearDuplicates.Doc("千问App公测用户快速增长", STORY),
        new NearDuplicates.Doc("拼多多上线商家申诉新通道", "拼多多上线商家申诉新通道，针对仅退款纠纷提供人工复核机制。"),
        new NearDuplicates.Doc("转载：千问App公测首周下载量居前", "转载：" + STORY.replace("，团队计划接入更多智能体", "")),
        new NearDuplicates.Doc("美团外卖拼好饭日订单量创新高", "美团外卖拼好饭日订单量创新高，平台继续加大骑手保障投入。"));
    assertThat(NearDuplicates.group(docs)).containsExactly(List.of(0, 2), List.of(1), List.of(3));
  }

  @Test
  void sameTitleDifferentWordingIsADuplicate() {
    List<NearDuplicates.Doc> docs = List.of(
        new NearDuplicates.Doc("10月支付机构备付金余额环比回升", "央行数据显示，支付机构客户备付金余额环比回升。"),
        new NearDuplicates.Doc("10月支付机构备付金余额环比回升", "据人民银行公布的资产负债表，非金融机构存款较上月有所增加。"));
    assertThat(NearDuplicates.group(docs)).containsExactly(List.of(0, 1));
  }

  @Test
  void similarityIsHighForCopiesAndLowForDifferentStories() {
    assertThat(NearDuplicates.similarity(STORY, "【快讯】" + STORY)).isGreaterThan(0.8);
    assertThat(NearDuplicates.similarity(STORY, "国家网信办发布生成式人工智能服务备案信息，新增一批大模型通过备案。"))
        .isLessThan(0.2);
  }
}
