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
