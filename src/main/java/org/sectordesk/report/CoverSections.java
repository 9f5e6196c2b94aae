package org.sectordesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The cover block of a report (the seeds' first page): the sector rating and its change, the headline, the
 * analysts with their certificate numbers, phone and e-mail, the relative-performance chart ("市场走势") and the
 * house's related reports; and the analysts' biographies near the end.
 */
public final class CoverSections {
  private CoverSections() {}

  /** The sector rating as the cover prints it: a tier and its change (维持 / 上调 / 下调 / 首次). */
  public record SectorRating(String sector, String tier, String change) {
    public SectorRating {
      sector = sector == null ? "" : sector;
      Objects.requireNonNull(tier, "tier");
      change = change == null ? "" : change;
    }
  }

  /** What the cover shows; any part may be missing (null or empty) and is then left out. */
  public record Cover(String headline, SectorRating rating, List<Analyst> analysts, ChartSpec.Lines relative,
      String relativeTitle, List<Publication> related) {
    public Cover {
      headline = headline == null ? "" : headline;
      analysts = List.copyOf(analysts);
      relativeTitle = relativeTitle == null ? "" : relativeTitle;
      related = List.copyOf(related);
    }
  }

  public static List<Block> cover(SectionContext ctx, Cover c) {
    boolean zh = ctx.lang() == Lang.ZH;
    List<Block> out = new ArrayList<>();
    if (c.rating() != null) {
      String change = c.rating().change();
      String tier = c.rating().tier();
      String line = zh ? (c.rating().sector().isEmpty() ? "" : c.rating().sector() + " · ") + "行业评级：" + tier
          + (change.isEmpty() ? "" : " · " + change + "评级")
          : (c.rating().sector().isEmpty() ? "" : c.rating().sector() + " · ") + "Sector rating: " + tier
              + (change.isEmpty() ? "" : " (" + change + ")");
      out.add(new Paragraph(List.of(Run.bold(line)), Paragraph.Kind.BODY));
    }
    if (!c.headline().isEmpty()) {
      out.add(new Paragraph(List.of(Run.bold(c.headline())), Paragraph.Kind.BODY));
    }
    if (!c.analysts().isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Analyst a : c.analysts()) {
        rows.add(List.of(new Cell.Text(a.role(ctx.lang()) + (a.role(ctx.lang()).isEmpty() ? "" : (zh ? "：" : ": "))
            + a.name(ctx.lang()), true), Cell.text(a.sac()), Cell.text(a.phone()), Cell.text(a.email())));
      }
      out.add(new Table("", false, List.of(List.of(HeaderCell.of(zh ? "分析师" : "Analyst"),
          HeaderCell.of(zh ? "执业证书编号" : "SAC certificate"), HeaderCell.of(zh ? "电话" : "Phone"),
          HeaderCell.of(zh ? "邮箱" : "E-mail"))), rows, Set.of(), "", "", zh ? "分析师" : "Analysts"));
    }
    if (c.relative() != null) {
      out.add(new Paragraph(List.of(Run.bold(c.relativeTitle())), Paragraph.Kind.BODY));
      // unnumbered: the cover chart is not one of the report's figures
      out.add(new Figure("", c.relative(), ctx.source(), 14, 5.5));
    }
    if (!c.related().isEmpty()) {
      out.add(new Paragraph(List.of(Run.bold(zh ? "相关研究报告" : "Related reports")), Paragraph.Kind.BODY));
      List<Paragraph> items = new ArrayList<>();
      for (Publication p : c.related()) {
        items.add(Paragraph.of(zh ? "《" + p.title() + "》——" + p.date() : p.title() + " — " + p.date()));
      }
      out.add(new BulletList(items, false));
    }
    return out;
  }

  /** The analysts' biographies: role and name in bold, the biography and the certificate number. */
  public static List<Block> bios(SectionContext ctx, List<Analyst> analysts) {
    boolean zh = ctx.lang() == Lang.ZH;
    List<Block> out = new ArrayList<>();
    for (Analyst a : analysts) {
      String lead = a.role(ctx.lang()) + (a.role(ctx.lang()).isEmpty() ? "" : (zh ? "：" : ": ")) + a.name(ctx.lang())
          + (zh ? "，" : ", ");
      String text = a.bio(ctx.lang()) + (a.sac().isEmpty() ? "" : (zh ? " 执业证书编号：" : " SAC certificate: ") + a.sac());
      out.add(Paragraph.lead(lead, text.strip()));
    }
    return out;
  }
}
