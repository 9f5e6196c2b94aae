// Sector Desk web pages: read the JSON API, draw tables (textContent only) and ECharts charts.
"use strict";
(function () {
  const app = document.getElementById("app");
  const page = app.dataset.page;
  const en = app.dataset.lang === "en";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const T = (zh, e) => (en ? e : zh);
  const q = new URLSearchParams(location.search);

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    app.appendChild(e);
    return e;
  }
  function pct(v, dp) { return v === null || v === undefined ? "—" : v.toFixed(dp); }
  function num(v, dp) { return v === null || v === undefined ? "—" : v.toLocaleString("en-US", { minimumFractionDigits: dp, maximumFractionDigits: dp }); }
  async function api(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.message || r.status);
    return body;
  }
  // a sortable table: columns [{title, get, fmt, num}]
  function table(cols, rows, parent) {
    const t = document.createElement("table");
    const head = t.createTHead().insertRow();
    cols.forEach((c, i) => {
      const th = document.createElement("th");
      th.textContent = c.title;
      th.addEventListener("click", () => {
        const dir = th.dataset.dir === "asc" ? -1 : 1;
        th.dataset.dir = dir === 1 ? "asc" : "desc";
        rows.sort((a, b) => { const x = c.get(a), y = c.get(b); return (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1) * dir; });
        fill();
      });
      head.appendChild(th);
    });
    const body = t.createTBody();
    function fill() {
      body.replaceChildren();
      rows.forEach(r => {
        const tr = body.insertRow();
        cols.forEach(c => {
          const td = tr.insertCell();
          const v = c.get(r);
          const text = c.fmt ? c.fmt(v, r) : (v === null || v === undefined ? "—" : String(v));
          if (c.href && c.href(r)) {
            const a = document.createElement("a");
            a.href = c.href(r);
            a.textContent = text;
            td.appendChild(a);
          } else {
            td.textContent = text;
          }
          if (c.num) td.className = "num";
          if (r.status === "stale") td.classList.add("stale");
        });
      });
    }
    fill();
    (parent || app).appendChild(t);
    return t;
  }
  function chart(option) {
    const div = el("div", null, "chart");
    const c = echarts.init(div, null, { renderer: "canvas" });
    option.tooltip = Object.assign({ renderMode: "richText" }, option.tooltip || {});
    option.animation = false;
    option.textStyle = { fontFamily: "Noto Sans SC" };
    c.setOption(option);
    return c;
  }
  function periodQuery(def) {
    for (const k of ["month", "week", "quarter", "ytd"]) if (q.get(k)) return k + "=" + encodeURIComponent(q.get(k));
    return def;
  }
  function picker(label, name, value) {
    const f = el("form", null, "controls");
    f.method = "get";
    const l = document.createElement("label");
    l.textContent = label + " ";
    const i = document.createElement("input");
    i.name = name; i.value = value;
    l.appendChild(i); f.appendChild(l);
    if (en) { const h = document.createElement("input"); h.type = "hidden"; h.name = "lang"; h.value = "en"; f.appendChild(h); }
    const b = document.createElement("button"); b.type = "submit"; b.textContent = T("查看", "Show"); f.appendChild(b);
  }

  // a desk address in the page's language
  function link(path) { return en ? path + (path.includes("?") ? "&" : "?") + "lang=en" : path; }
  function securityLink(code) { return link("/security/" + encodeURIComponent(code)); }
  // a GET form of several fields: [[label, name, value, type]]
  function controls(fields) {
    const f = el("form", null, "controls");
    f.method = "get";
    fields.forEach(([label, name, value, type]) => {
      const l = document.createElement("label");
      l.textContent = label + " ";
      const i = document.createElement("input");
      i.name = name; i.value = value || ""; if (type) i.type = type;
      l.appendChild(i); f.appendChild(l); f.appendChild(document.createTextNode(" "));
    });
    if (en) { const h = document.createElement("input"); h.type = "hidden"; h.name = "lang"; h.value = "en"; f.appendChild(h); }
    const b = document.createElement("button"); b.type = "submit"; b.textContent = T("查看", "Show"); f.appendChild(b);
    return f;
  }
  // the digest's sections with their stories; allSections: the empty ones too (the news page shows every section)
  function newsTables(v, allSections) {
    v.sections.filter(s => allSections || s.entries.length).forEach(s => {
      el("h2", s.title + " (" + s.entries.length + ")");
      table([
        { title: T("日期", "Date"), get: r => r.date },
        { title: T("公司", "Company"), get: r => r.main_company },
        { title: T("标题", "Title"), get: r => r.title },
        { title: T("来源", "Source"), get: r => r.sources.join(", ") }
      ], s.entries.slice());
    });
  }

  const pages = {
    async dashboard() {
      const month = q.get("month") || "2024-11";
      picker(T("月份", "Month"), "month", month);
      const v = await api("/api/review?" + periodQuery("month=" + month));
      el("p", T("区间 ", "Period ") + v.period.start + " – " + v.period.end);
      v.benchmarks.forEach(b => el("p", b.name + " (" + b.code + "): " + pct(b.return_pct, 2) + "%"));
      table([
        { title: T("细分板块", "Sub-sector"), get: r => r.sector },
        { title: T("证券代码", "Code"), get: r => r.code, href: r => securityLink(r.code) },
        { title: T("证券名称", "Name"), get: r => r.name, fmt: (x, r) => x + (r.status === "stale" ? " †" : ""), href: r => securityLink(r.code) },
        { title: T("涨跌幅%", "Return %"), get: r => r.return_pct, fmt: x => pct(x, 1), num: true },
        { title: T("与所在指数对比pct", "vs benchmark pp"), get: r => r.vs_benchmark_pct, fmt: x => pct(x, 1), num: true },
        { title: T("年初至今%", "YTD %"), get: r => r.ytd_pct, fmt: x => pct(x, 2), num: true },
        { title: T("收盘价", "Close"), get: r => r.close, fmt: x => num(x, 1), num: true },
        { title: T("市值(亿)", "Mcap (100m)"), get: r => r.mcap_cny_yi, fmt: x => num(x, 0), num: true }
      ], v.rows.slice());
      const rows = v.rows.filter(r => r.return_pct !== null).sort((a, b) => b.return_pct - a.return_pct);
      chart({ title: { text: T("区间涨跌幅", "Period return") }, xAxis: { type: "category", data: rows.map(r => r.name), axisLabel: { rotate: 60 } },
        yAxis: { type: "value", name: "%" }, grid: { bottom: 120 }, series: [{ type: "bar", data: rows.map(r => r.return_pct), itemStyle: { color: "#8b0000" } }] });
    },
    async movers() {
      const week = q.get("week") || "2024-09-02";
      const scope = q.get("list") ? "list=" + encodeURIComponent(q.get("list")) : "market=" + encodeURIComponent(q.get("market") || "HK");
      picker(T("周（任一日）", "Week (any day)"), "week", week);
      const v = await api("/api/movers?" + scope + "&top=10&" + periodQuery("week=" + week));
      el("p", v.scope + "  " + v.period.start + " – " + v.period.end + "  (" + v.names + ")");
      for (const [side, rows] of [[T("涨幅前十", "Top 10"), v.top], [T("跌幅前十", "Bottom 10"), v.bottom]]) {
        el("h2", side);
        table([
          { title: T("股票代码", "Code"), get: r => r.code, href: r => securityLink(r.code) },
          { title: T("股票名称", "Name"), get: r => r.name, href: r => securityLink(r.code) },
          { title: T("市值(亿)", "Mcap (100m)"), get: r => r.mcap_yi, fmt: x => num(x, 2), num: true },
          { title: T("涨跌幅%", "Return %"), get: r => r.return_pct, fmt: x => pct(x, 1), num: true }
        ], rows.slice());
      }
      const all = v.top.concat(v.bottom.slice().reverse());
      chart({ xAxis: { type: "category", data: all.map(r => r.name), axisLabel: { rotate: 60 } }, yAxis: { type: "value", name: "%" }, grid: { bottom: 120 },
        series: [{ type: "bar", data: all.map(r => r.return_pct), itemStyle: { color: "#8b0000" } }] });
    },
    async indices() {
      const month = q.get("month") || "2024-11";
      const code = q.get("code") || "HSTECH.HI";
      picker(T("月份", "Month"), "month", month);
      const v = await api("/api/indices?" + periodQuery("month=" + month));
      table([
        { title: T("代码", "Code"), get: r => r.code },
        { title: T("指数", "Index"), get: r => r.name },
        { title: T("涨跌幅%", "Return %"), get: r => r.return_pct, fmt: x => pct(x, 2), num: true },
        { title: T("收盘", "Close"), get: r => r.close, fmt: x => num(x, 2), num: true }
      ], v.rows.slice());
      el("h2", T("估值（PE-TTM）", "Valuation (PE-TTM)") + " " + code);
      const s = await api("/api/valuation?code=" + encodeURIComponent(code) + (q.get("as_of") ? "&as_of=" + encodeURIComponent(q.get("as_of")) : ""));
      el("p", "PE-TTM " + num(s.pe_ttm, 2) + "x  " + T("分位 ", "percentile ") + pct(s.percentile_pct, 2) + "%  " + T("均值 ", "mean ") + num(s.mean, 2) + "x  ±1sd " + num(s.mean_minus_1sd, 2) + "–" + num(s.mean_plus_1sd, 2));
      const series = await api("/api/valuation/series?code=" + encodeURIComponent(code));
      const pts = series.points;
      const flat = y => pts.map(() => y);
      chart({ legend: {}, xAxis: { type: "category", data: pts.map(p => p.date) }, yAxis: { type: "value", scale: true },
        series: [{ name: "PE-TTM", type: "line", showSymbol: false, data: pts.map(p => p.pe_ttm) },
          { name: T("均值", "Mean"), type: "line", showSymbol: false, data: flat(s.mean) },
          { name: "+1sd", type: "line", showSymbol: false, lineStyle: { type: "dashed" }, data: flat(s.mean_plus_1sd) },
          { name: "-1sd", type: "line", showSymbol: false, lineStyle: { type: "dashed" }, data: flat(s.mean_minus_1sd) }] });
    },
    async ratings() {
      const v = await api("/api/ratings" + (q.get("as_of") ? "?as_of=" + encodeURIComponent(q.get("as_of")) : ""));
      el("p", T("评分截至 ", "Scored as of ") + v.as_of);
      table([
        { title: T("体系", "Scheme"), get: r => r.scheme },
        { title: T("对象", "Target"), get: r => r.target },
        { title: T("评级", "Tier"), get: r => r.tier },
        { title: T("数量", "Count"), get: r => r.count, num: true },
        { title: T("已评分", "Scored"), get: r => r.scored, num: true },
        { title: T("命中率%", "Hit rate %"), get: r => r.hit_rate, fmt: x => x === null ? "—" : (x * 100).toFixed(0), num: true },
        { title: T("平均超额%", "Avg excess %"), get: r => r.avg_excess_pct, fmt: x => pct(x, 1), num: true }
      ], v.summary.slice());
      el("h2", T("分析师", "By analyst"));
      table([
        { title: T("分析师", "Analyst"), get: r => r.analyst },
        { title: T("数量", "Count"), get: r => r.count, num: true },
        { title: T("命中率%", "Hit rate %"), get: r => r.hit_rate, fmt: x => x === null ? "—" : (x * 100).toFixed(0), num: true },
        { title: T("平均超额%", "Avg excess %"), get: r => r.avg_excess_pct, fmt: x => pct(x, 1), num: true }
      ], v.by_analyst.slice());
      chart({ xAxis: { type: "category", data: v.by_analyst.map(a => a.analyst) }, yAxis: { type: "value", name: "%" },
        series: [{ type: "bar", data: v.by_analyst.map(a => a.avg_excess_pct), itemStyle: { color: "#8b0000" } }] });
      // one rating's path against its benchmark: the one asked for (?code=&date=&scheme=), else the latest
      el("h2", T("评级走势（相对基准）", "Rating path vs benchmark"));
      if (!v.ratings.length) return;
      const key = r => r.code + "|" + r.date + "|" + r.scheme;
      const chosen = v.ratings.find(r => r.code === q.get("code") && r.date === q.get("date") && (!q.get("scheme") || r.scheme === q.get("scheme")))
        || v.ratings.slice().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
      const f = el("form", null, "controls");
      const sel = document.createElement("select");
      sel.name = "rating";
      v.ratings.forEach(r => {
        const o = document.createElement("option");
        o.value = key(r);
        o.textContent = r.date + "  " + r.code + " " + r.name + "  " + r.tier + " (" + r.scheme + ")";
        if (key(r) === key(chosen)) o.selected = true;
        sel.appendChild(o);
      });
      sel.addEventListener("change", () => {
        const [c, d, sc] = sel.value.split("|");
        location.search = "?" + (q.get("as_of") ? "as_of=" + encodeURIComponent(q.get("as_of")) + "&" : "") + "code=" + encodeURIComponent(c)
          + "&date=" + d + "&scheme=" + encodeURIComponent(sc) + (en ? "&lang=en" : "");
      });
      f.appendChild(sel);
      const path = await api("/api/ratings/path?code=" + encodeURIComponent(chosen.code) + "&date=" + chosen.date + "&scheme="
        + encodeURIComponent(chosen.scheme) + "&as_of=" + v.as_of);
      const r = path.rating;
      const p = el("p");
      const a = document.createElement("a");
      a.href = securityLink(r.code); a.textContent = r.name + " (" + r.code + ")";
      p.append(a, "  " + r.date + " " + r.tier + " · " + T("基准 ", "benchmark ") + r.benchmark + " · " + T("评估至 ", "evaluated to ") + (r.evaluated_to || "—")
        + " · " + T("超额收益 ", "excess ") + pct(r.excess_pct, 1) + "% · " + r.status);
      if (!path.points.length) el("p", r.note || T("缺少行情，无法画出走势。", "No prices to draw the path."));
      else chart({ legend: {}, tooltip: { trigger: "axis" }, xAxis: { type: "time" }, yAxis: { type: "value", name: "%", scale: true },
        series: [{ name: r.name, type: "line", showSymbol: false, data: path.points.map(x => [x.date, x.return_pct]), itemStyle: { color: "#8b0000" } },
          { name: r.benchmark, type: "line", showSymbol: false, data: path.points.map(x => [x.date, x.benchmark_return_pct]), itemStyle: { color: "#1f4e79" } },
          { name: T("超额", "Excess"), type: "line", showSymbol: false, data: path.points.map(x => [x.date, x.excess_pct]), itemStyle: { color: "#999" }, lineStyle: { type: "dashed" } }] });
      el("h2", T("全部评级", "All ratings"));
      table([
        { title: T("日期", "Date"), get: r => r.date, href: r => link("/ratings?code=" + encodeURIComponent(r.code) + "&date=" + r.date + "&scheme=" + encodeURIComponent(r.scheme)) },
        { title: T("代码", "Code"), get: r => r.code, href: r => securityLink(r.code) },
        { title: T("名称", "Name"), get: r => r.name },
        { title: T("体系", "Scheme"), get: r => r.scheme },
        { title: T("评级", "Rating"), get: r => r.tier },
        { title: T("分析师", "Analyst"), get: r => r.analyst },
        { title: T("超额收益%", "Excess %"), get: r => r.excess_pct, fmt: x => pct(x, 1), num: true },
        { title: T("状态", "Status"), get: r => r.status }
      ], v.ratings.slice());
    },
    async news() {
      // a date range (from/to, default November 2025) or a period of the other pages, full-text search, a company
      const from = q.get("from") || "2025-11-01", to = q.get("to") || "2025-11-30";
      app.appendChild(controls([[T("起", "From"), "from", from, "date"], [T("止", "To"), "to", to, "date"],
        [T("全文搜索", "Search"), "q", q.get("q")], [T("公司", "Company"), "company", q.get("company")]]));
      let query = periodQuery("from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to));
      if (q.get("q")) query += "&q=" + encodeURIComponent(q.get("q"));
      if (q.get("company")) query += "&company=" + encodeURIComponent(q.get("company"));
      const v = await api("/api/news/digest?" + query);
      el("p", v.period.start + " – " + v.period.end + ": " + v.items + T(" 条，合并重复 ", " items, duplicates folded ") + v.duplicates_folded);
      const counts = v.sections.map(s => s.entries.length);
      chart({ xAxis: { type: "category", data: v.sections.map(s => s.title), axisLabel: { interval: 0 } }, yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", data: counts, itemStyle: { color: "#8b0000" } }] });
      if (!v.items) el("p", T("没有符合条件的新闻。", "No news matches."));
      newsTables(v, true);
    },
    async reports() {
      const v = await api("/api/reports");
      const list = () => {
        const ul = el("ul");
        v.files.forEach(f => {
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = "/reports/" + encodeURIComponent(f.name);
          a.textContent = f.name;
          li.appendChild(a);
          li.appendChild(document.createTextNode(" (" + f.bytes.toLocaleString() + " bytes)"));
          ul.appendChild(li);
        });
        if (!v.files.length) el("p", T("输出文件夹中还没有报告。", "No reports in the output folder yet."));
      };
      if (app.dataset.readOnly !== "true") {
        const f = el("form", null, "controls");
        const kind = document.createElement("select");
        [["monthly", T("月报", "Monthly")], ["weekly", T("周报", "Weekly")]].forEach(([k, t]) => { const o = document.createElement("option"); o.value = k; o.textContent = t; kind.appendChild(o); });
        const when = document.createElement("input"); when.value = "2024-11";
        const b = document.createElement("button"); b.type = "submit"; b.textContent = T("生成", "Generate");
        const status = document.createElement("span");
        f.append(kind, " ", when, " ", b, " ", status);
        kind.addEventListener("change", () => { when.value = kind.value === "monthly" ? "2024-11" : "2024-09-02"; });
        f.addEventListener("submit", async ev => {
          ev.preventDefault();
          status.textContent = T("生成中…", "Generating…");
          const p = "kind=" + kind.value + "&" + (kind.value === "monthly" ? "month=" : "week=") + encodeURIComponent(when.value) + (en ? "&lang=en" : "");
          const r = await fetch("/api/reports?" + p, { method: "POST", headers: { "X-CSRF-Token": csrf } });
          const body = await r.json();
          if (!r.ok) { status.textContent = body.message; return; }
          location.reload();
        });
      }
      el("h2", T("已生成的报告", "Reports in the output folder"));
      list();
    },
    async status() {
      const asOf = q.get("as_of") || "";
      app.appendChild(controls([[T("截至", "As of"), "as_of", asOf, "date"]]));
      const v = await api("/api/status" + (asOf ? "?as_of=" + encodeURIComponent(asOf) : ""));
      el("p", T("截至 ", "As of ") + v.as_of + T("：过期序列 ", ": stale series ") + v.stale + " / " + v.series.length);
      table([
        { title: T("类别", "Kind"), get: r => r.kind },
        { title: T("序列", "Series"), get: r => r.key, href: r => r.kind === "bars" || r.kind === "valuation" || r.kind === "shares" ? securityLink(r.key) : null },
        { title: T("首日", "First"), get: r => r.first_date },
        { title: T("末日", "Last"), get: r => r.last_date },
        { title: T("行数", "Rows"), get: r => r.rows, num: true },
        { title: T("最新", "Fresh"), get: r => r.fresh, fmt: (x, r) => x === null ? "" : x ? T("是", "yes") : T("过期（应至 ", "STALE (expected ") + r.expected_through + T("）", ")") },
        { title: T("来源文件", "Files"), get: r => r.files.join(", ") }
      ], v.series.map(r => Object.assign({}, r, { status: r.fresh === false ? "stale" : "" })));
    },
    async security() {
      const code = app.dataset.code;
      const from = q.get("from") || "", to = q.get("to") || "";
      const window = (from ? "&from=" + encodeURIComponent(from) : "") + (to ? "&to=" + encodeURIComponent(to) : "");
      const v = await api("/api/security?code=" + encodeURIComponent(code) + window);
      const ratings = await api("/api/ratings/list?code=" + encodeURIComponent(code));
      el("p", [en && v.name_en ? v.name_en : v.name, v.sub_sector, v.market + " · " + v.currency,
        T("基准 ", "Benchmark ") + (v.benchmark ? v.benchmark_name + " (" + v.benchmark + ")" : "—"),
        T("数据至 ", "Data through ") + (v.data_through || "—")].filter(x => x).join("  ·  "));
      app.appendChild(controls([[T("起", "From"), "from", from || v.from, "date"], [T("止", "To"), "to", to || v.to, "date"]]));
      const series = [{ name: v.name, type: "line", showSymbol: false, data: v.points.map(p => [p.date, p.change_pct]), itemStyle: { color: "#8b0000" },
        markLine: { symbol: "none", lineStyle: { color: "#555", type: "dashed" },
          data: ratings.ratings.filter(r => (!v.from || r.date >= v.from) && (!v.to || r.date <= v.to))
            .map(r => ({ xAxis: r.date, label: { formatter: r.tier, position: "end" } })) } }];
      if (v.benchmark) series.push({ name: v.benchmark_name, type: "line", showSymbol: false, data: v.points.map(p => [p.date, p.benchmark_change_pct]), itemStyle: { color: "#1f4e79" } });
      el("h2", T("股价与基准（区间涨跌幅%，虚线为评级）", "Price vs benchmark (change since the first day, %; dashed lines are ratings)"));
      if (!v.points.length) el("p", T("没有行情数据。", "No prices stored."));
      chart({ legend: {}, tooltip: { trigger: "axis" }, xAxis: { type: "time" }, yAxis: { type: "value", name: "%", scale: true }, series: series });
      table([
        { title: T("日期", "Date"), get: r => r.date },
        { title: T("收盘价", "Close"), get: r => r.close, fmt: x => num(x, 2), num: true },
        { title: T("区间涨跌幅%", "Change %"), get: r => r.change_pct, fmt: x => pct(x, 2), num: true },
        { title: T("基准收盘", "Benchmark close"), get: r => r.benchmark_close, fmt: x => num(x, 2), num: true },
        { title: T("基准涨跌幅%", "Benchmark change %"), get: r => r.benchmark_change_pct, fmt: x => pct(x, 2), num: true }
      ], v.points.slice(-5).reverse());
      el("h2", T("评级记录", "Rating history"));
      if (!ratings.ratings.length) el("p", T("没有评级。", "No ratings."));
      else table([
        { title: T("日期", "Date"), get: r => r.date, href: r => link("/ratings?code=" + encodeURIComponent(r.code) + "&date=" + r.date + "&scheme=" + encodeURIComponent(r.scheme)) },
        { title: T("体系", "Scheme"), get: r => r.scheme },
        { title: T("评级", "Rating"), get: r => r.tier },
        { title: T("目标价", "Target price"), get: r => r.target_price, fmt: x => num(x, 2), num: true },
        { title: T("分析师", "Analyst"), get: r => r.analyst },
        { title: T("被替代日", "Replaced on"), get: r => r.replaced_on },
        { title: T("报告标题", "Report"), get: r => r.title }
      ], ratings.ratings.slice().reverse());
      el("h2", T("盈利预测", "Estimates"));
      const est = await api("/api/estimates" + (to ? "?as_of=" + encodeURIComponent(to) : ""));
      const row = est.rows.find(r => r.code === code);
      if (!row) el("p", T("没有盈利预测。", "No estimates."));
      else {
        el("p", T("截至 ", "As of ") + est.as_of + "  " + T("收盘价 ", "Close ") + num(row.close, 2) + " " + row.currency + "  " + T("评级 ", "Rating ") + (row.rating || "—"));
        table([
          { title: T("年度", "Year"), get: r => r.year },
          { title: "EPS", get: r => r.eps, fmt: x => num(x, 2), num: true },
          { title: T("币种", "Currency"), get: r => r.currency },
          { title: "PE", get: r => r.pe, fmt: (x, r) => r.nm ? "NM" : num(x, 1), num: true }
        ], row.eps.map((e, i) => ({ year: e.year, eps: e.value, currency: e.currency, pe: (row.pe.find(p => p.year === e.year) || {}).value, nm: (row.pe.find(p => p.year === e.year) || {}).nm })));
      }
      el("h2", T("相关新闻", "News"));
      const news = v.news_company && v.from && v.to
        ? await api("/api/news/digest?from=" + v.from + "&to=" + v.to + "&company=" + encodeURIComponent(v.news_company)) : null;
      if (!news || !news.items) el("p", T("区间内没有该公司的新闻。", "No news of this company in the window."));
      else newsTables(news);
    }
  };
  // data-ready on <main> says the page is drawn ("ok") or failed ("error"): the browser tests wait for it
  if (pages[page]) {
    // charts draw on a canvas: wait for the desk's own Chinese font first
    document.fonts.load('16px "Noto Sans SC"', "中文").then(() => pages[page]())
      .then(() => { app.dataset.ready = "ok"; })
      .catch(e => { el("p", T("出错：", "Error: ") + e.message, "error"); app.dataset.ready = "error"; });
  } else {
    app.dataset.ready = "ok";
  }
})();
