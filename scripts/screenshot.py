#!/usr/bin/env python3
"""Save a screenshot of an HTML page opened in headless Chromium, offline.

Usage::

    python scripts/screenshot.py exports/network.html docs/network.png --width 1400 --height 900

Made for the README's picture of the network page: the page is opened from a
file with every http(s)/ws request blocked, the script waits until a network
page written by ``kg.viz`` reports that it has drawn (any other page: until it
has loaded), then saves a PNG of the window.

Needs Debian's ``chromium`` and ``chromium-driver`` (``/usr/bin/chromium``,
``/usr/bin/chromedriver``) and a CJK font such as ``fonts-wqy-zenhei``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def make_driver(user_data_dir: str | Path, width: int = 1400, height: int = 900, performance_log: bool = False):
    """Start headless Chromium through chromedriver with the network blocked.

    ``user_data_dir`` must be a fresh folder.  Every http(s)/ws URL is blocked
    through the DevTools protocol before any page is opened; with
    ``performance_log`` the DevTools network events can be read back with
    ``driver.get_log("performance")``.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not Path(p).exists()]
    if missing:
        raise RuntimeError(
            f"{', '.join(missing)} not found: install Debian's packages with "
            "`apt-get install -y chromium chromium-driver fonts-wqy-zenhei`"
        )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={user_data_dir}")
    options.add_argument(f"--window-size={width},{height}")
    if performance_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd(
            "Network.setBlockedURLs", {"urls": ["*://*/*", "http://*", "https://*", "ws://*", "wss://*"]}
        )
        driver.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        # The window's outer size includes no browser chrome in headless mode,
        # but set the viewport exactly so screenshots have the asked-for size.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
    except Exception:
        driver.quit()
        raise
    return driver


def wait_until_drawn(driver, timeout: float = 60.0) -> None:
    """Wait for a kg.viz page's first drawing, or for any other page's load."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = driver.execute_script(
            "return [document.readyState, typeof window.kg, "
            "document.documentElement.getAttribute('data-kg-ready')]"
        )
        if state[2] == "1" or (state[0] == "complete" and state[1] == "undefined"):
            return
        time.sleep(0.05)
    raise TimeoutError(f"page not drawn after {timeout:.0f} s")


def screenshot(html: str | Path, png: str | Path, width: int = 1400, height: int = 900) -> Path:
    """Open ``html`` offline in headless Chromium and save a PNG of it to ``png``."""
    page = Path(html).resolve()
    if not page.is_file():
        raise FileNotFoundError(f"{html}: no such file")
    out = Path(png)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        driver = make_driver(profile, width, height)
        try:
            driver.get(page.as_uri())
            wait_until_drawn(driver)
            time.sleep(0.3)  # let the first frames settle
            if not driver.save_screenshot(str(out)):
                raise RuntimeError(f"{png}: Chromium could not save the screenshot")
        finally:
            driver.quit()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", help="page to open (a local file)")
    parser.add_argument("png", help="where to write the screenshot")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    try:
        out = screenshot(args.html, args.png, args.width, args.height)
    except (OSError, RuntimeError, TimeoutError) as err:
        print(f"screenshot: {err}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
