"""The HTML briefing in headless Chromium: it renders, and hostile text runs nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import builders as support  # noqa: E402
from briefbook.presentation.briefing import Briefing  # noqa: E402
from briefbook.render.notebook import render_html

pytestmark = pytest.mark.browser
CHROMIUM = next(
    (
        p
        for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
        if p and Path(p).exists()
    ),
    None,
)
if CHROMIUM is None and os.environ.get("BRIEFBOOK_REQUIRE_BROWSER"):  # set by .ci/run
    pytest.fail("headless Chromium is required here but not installed", pytrace=False)
if CHROMIUM is None:
    pytest.skip(
        "headless Chromium is not installed (apt-get install chromium)", allow_module_level=True
    )


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_screenshot_is_not_blank(tmp_path):
    from PIL import Image

    html = render_html(support.notebook_of(support.fixture_briefing()), tmp_path / "b.html")
    for width in (1366, 390):
        shot = tmp_path / f"shot-{width}.png"
        result = chromium(
            tmp_path, f"--window-size={width},1600", f"--screenshot={shot}", html.as_uri()
        )
        assert shot.is_file(), result.stderr[-2000:]
        colours = Image.open(shot).convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is None or len(colours) > 50, f"blank screenshot at width {width}"


def test_dom_title_and_content(tmp_path):
    b = support.fixture_briefing()
    html = render_html(support.notebook_of(b), tmp_path / "b.html")
    dom = chromium(tmp_path, "--dump-dom", html.as_uri()).stdout
    assert f"<title>{b.title}</title>" in dom.replace("&#39;", "'")
    assert 'id="bluf"' in dom and 'id="sources"' in dom


def test_hostile_text_runs_no_script(tmp_path):
    payloads = support.payloads()
    a = support.fixture_assessment()
    for k, payload in enumerate(payloads):
        a.sentences[k].text = payload
        a.key_judgments[k % len(a.key_judgments)].text += " " + payload
    a.sources[0]["title"] = payloads[0]
    b = Briefing(
        assessment=a,
        title=payloads[4],
        analyst=payloads[1],
        classification=payloads[2],
        date="2024-12-20",
    )
    html = render_html(support.notebook_of(b), tmp_path / "hostile.html")
    net_log = tmp_path / "net.json"
    result = chromium(
        tmp_path,
        "--virtual-time-budget=3000",
        f"--log-net-log={net_log}",
        "--dump-dom",
        html.as_uri(),
    )
    dom = result.stdout
    assert "<body" in dom, result.stderr[-2000:]
    assert _title_of(dom) == payloads[4].replace("<", "&lt;").replace(">", "&gt;")
    for marker in ('id="pwned-img"', 'id="pwned-attr"'):
        assert marker not in dom
    if net_log.exists():
        log = net_log.read_text(encoding="utf-8", errors="replace")
        assert "evil.example" not in log


def _title_of(dom: str) -> str:
    start = dom.index("<title>") + len("<title>")
    return dom[start : dom.index("</title>", start)]


# headless Chromium keeps its window at least 500 px wide: the briefing goes into a 390 px
# iframe (srcdoc, so the harness may read its layout) and the harness measures it on load
MEASURE = """
<script>
window.addEventListener("load", () => {
  const d = document.getElementById("phone").contentDocument;
  const view = d.defaultView;
  const vw = d.documentElement.clientWidth;
  const box = (e) => e.getBoundingClientRect();
  const out = {
    vw: vw,
    page_scroll: d.documentElement.scrollWidth,
    captions: [...d.querySelectorAll("p.caption, figcaption")].map((c) => {
      const r = d.createRange();
      r.selectNodeContents(c);
      const rects = [...r.getClientRects()];
      return { left: Math.min(...rects.map((x) => x.left)), right: Math.max(...rects.map((x) => x.right)), lines: rects.length };
    }),
    tables: [...d.querySelectorAll(".table-wrap")].map((w) => ({
      right: box(w).right, client: w.clientWidth, scroll: w.scrollWidth,
      overflow: view.getComputedStyle(w).overflowX,
    })),
    charts: [...d.querySelectorAll("figure.chart img")].map((i) => ({
      width: box(i).width, wrap_right: box(i.parentElement).right,
      overflow: view.getComputedStyle(i.parentElement).overflowX,
    })),
  };
  const pre = document.createElement("pre");
  pre.id = "measure";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def _min_chart_font(svg: str) -> tuple[float, float]:
    """(smallest font size, viewBox width) of a matplotlib SVG, in its own units."""
    import re

    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
    sizes = [float(x) for x in re.findall(r"font-size: ([\d.]+)px", svg)]
    return min(sizes), width


def test_phone_width_captions_wrap_tables_scroll_and_chart_text_stays_readable(tmp_path):
    import json
    import re
    from html import escape

    from briefbook.presentation.charts import chart_parts

    b = support.fixture_briefing(assessment=support.many_sources_assessment(20))
    html = render_html(support.notebook_of(b), tmp_path / "b.html").read_text(encoding="utf-8")
    # a measuring copy: the page's own CSP (no script) is lifted for the harness only
    page = re.sub(r"<meta[^>]*Content-Security-Policy[^>]*>", "", html)
    harness = tmp_path / "measure.html"
    harness.write_text(
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="phone" style="width:390px;height:1500px;border:0" srcdoc="{escape(page)}">'
        f"</iframe>{MEASURE}</body></html>",
        encoding="utf-8",
    )
    dom = chromium(
        tmp_path,
        "--window-size=800,1600",
        "--virtual-time-budget=8000",
        "--dump-dom",
        harness.as_uri(),
    ).stdout
    found = re.search(r'<pre id="measure">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    m = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    vw = m["vw"]
    assert vw <= 390
    assert m["page_scroll"] <= vw, "the page itself scrolls sideways"
    assert m["captions"]
    for c in m["captions"]:  # every caption wraps inside the screen, none is cut
        assert c["left"] >= 0 and c["right"] <= vw + 0.5, c
    assert any(c["lines"] > 1 for c in m["captions"])
    assert m["tables"] and any(t["scroll"] > t["client"] for t in m["tables"])
    for t in m["tables"]:  # wide tables scroll inside their own box
        assert t["overflow"] == "auto" and t["right"] <= vw + 0.5, t
    svgs = [extra["image/svg+xml"] for _, extra in chart_parts(b) if extra]
    assert len(svgs) == len(m["charts"]) >= 3
    for svg, chart in zip(svgs, m["charts"], strict=True):
        smallest, units = _min_chart_font(svg)
        assert smallest * chart["width"] / units >= 11, (smallest, chart)
        assert chart["overflow"] == "auto" and chart["wrap_right"] <= vw + 0.5
