#!/usr/bin/env python3
"""Renders HTML reports in real headless Chromium and checks what a reader would get.

usage: check_html.py SALESAUDIT_BINARY SOURCE_DIR

For an example report and for answers whose name and comments carry <script>, quotes,
& and terminal escapes, it checks that the page loads, that the SVG charts are in the
rendered DOM, that the hostile strings appear as text and that no injected script ran,
and that a screenshot is produced. Exits 77 (skipped) only when no Chromium is installed.
"""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_args(browser, profile):
    return [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile]


def run(args, **kwargs):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180, check=False, **kwargs)


def render(binary, answers, out_path, extra=()):
    result = run([binary, "score", answers, "--format", "html", "--output", out_path, *extra])
    if result.returncode != 0:
        raise AssertionError(f"salesaudit failed ({result.returncode}): {result.stderr.decode()}")


def dump_dom(browser, html_path, work):
    profile = tempfile.mkdtemp(dir=work)
    result = run(chromium_args(browser, profile) + ["--dump-dom", "file://" + html_path])
    if result.returncode != 0:
        raise AssertionError(f"chromium --dump-dom failed: {result.stderr.decode()[-2000:]}")
    return result.stdout.decode("utf-8")


def screenshot(browser, html_path, png_path, work):
    profile = tempfile.mkdtemp(dir=work)
    run(chromium_args(browser, profile) + ["--screenshot=" + png_path, "--window-size=1200,2000",
                                           "file://" + html_path])
    if not os.path.exists(png_path):
        raise AssertionError("chromium produced no screenshot")
    with open(png_path, "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise AssertionError("the screenshot is not a PNG")
    # A blank 1200x2000 page compresses to a few kilobytes; a rendered report is far larger.
    if len(data) < 50_000:
        raise AssertionError(f"the screenshot is only {len(data)} bytes: the page looks empty")
    return len(data)


def expect(condition, message, failures):
    if not condition:
        failures.append(message)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, source = sys.argv[1], sys.argv[2]
    browser = find_chromium()
    if browser is None:
        print("SKIP: no chromium found (scripts/install-deps.sh --test installs it)")
        return SKIP
    failures = []
    with tempfile.TemporaryDirectory() as work:
        example = os.path.join(work, "average.html")
        render(binary, os.path.join(source, "examples/answers/average.json"), example, ["--explain"])
        dom = dump_dom(browser, example, work)
        expect("Priya Natarajan" in dom, "the respondent's name is not in the rendered page", failures)
        expect(dom.count("<svg") >= 3, f"expected 3 SVG charts in the DOM, found {dom.count('<svg')}", failures)
        for cls in ("chart bars", "chart bullet", "chart radar"):
            expect(f'class="{cls}"' in dom, f"the {cls} SVG is missing from the DOM", failures)
        expect("<polygon" in dom and "<rect" in dom, "the charts have no shapes", failures)
        expect("Top actions" in dom and "30/60/90-day plan" in dom, "report sections are missing", failures)
        size = screenshot(browser, example, os.path.join(work, "average.png"), work)
        print(f"screenshot of the example report: {size} bytes")

        hostile = os.path.join(work, "hostile.html")
        render(binary, os.path.join(source, "tests/e2e/html/hostile-answers.json"), hostile)
        with open(hostile, encoding="utf-8") as f:
            source_html = f.read()
        expect("<script" not in source_html.lower(), "the HTML source contains a <script> element", failures)
        expect("onerror=" not in source_html.replace("onerror=&quot;", ""), "an onerror attribute got through",
               failures)
        dom = dump_dom(browser, hostile, work)
        expect("data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0],
               "an injected script modified the DOM", failures)
        expect("<script" not in dom.lower(), "the rendered DOM contains a <script> element", failures)
        expect("<img" not in dom.lower(), "the rendered DOM contains an injected <img> element", failures)
        expect("<b>east" not in dom, "the team name was rendered as markup", failures)
        expect("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;" in dom,
               "the respondent's name is not shown as text", failures)
        expect("\"Quoted\" O'Brien &amp; Co" in dom, "quotes and & in the name are not shown as text", failures)
        expect("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"&gt; &amp; \"verbal\""
               in dom, "the comment is not shown as text", failures)
        expect("\x1b" not in dom and "\\x1b[31mRED" in dom, "terminal escapes are not made visible", failures)
        screenshot(browser, hostile, os.path.join(work, "hostile.png"), work)
    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print("OK: HTML reports render in Chromium, charts present, input shown as text")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
