"""Drive headless Chromium over the DevTools protocol, with the standard library only.

Chromium is started with ``--remote-debugging-pipe``: protocol messages are
NUL-terminated JSON on file descriptors 3 (to the browser) and 4 (from it), so
no websocket client is needed. Used by the viewer's browser tests, the scale
benchmark and to take the README screenshot:

    python -m tools.chromium screenshot outputs/graph.html outputs/graph.png
    python -m tools.chromium probe outputs/graph.html      # status, errors, requests
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["Browser", "BrowserError", "Page", "find_chromium"]

_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
    "--force-color-profile=srgb",
    "--remote-debugging-pipe",
)


class BrowserError(RuntimeError):
    """Chromium could not be started, or did not answer in time."""


def find_chromium() -> str | None:
    """The path of a Chromium/Chrome executable (``$CHROMIUM`` first), or None."""
    explicit = os.environ.get("CHROMIUM")
    if explicit:
        return shutil.which(explicit)
    for name in _NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """One headless Chromium process; ``with Browser() as b: page = b.open(path)``."""

    def __init__(self, executable: str | None = None, *, width: int = 1400, height: int = 900):
        self.executable = executable or find_chromium()
        if not self.executable:
            raise BrowserError("no chromium found: apt-get install chromium, or set $CHROMIUM")
        self.width, self.height = width, height
        self._next_id = 0
        self._buffer = b""
        self.events: list[dict] = []
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # Move the child's ends above 10 (close-on-exec), so dup2 onto 3 and 4 clobbers neither.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_child_r, from_child_w)]
        os.close(to_child_r)
        os.close(from_child_w)
        to_child_r, from_child_w = high

        def wire_fds():  # in the child: the pipe ends become fds 3 and 4 (inheritable)
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        args = [
            self.executable,
            *FLAGS,
            f"--user-data-dir={self._profile.name}",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_fds,
            close_fds=False,  # our pipes are close-on-exec; only fds 3 and 4 go through
        )
        os.close(to_child_r)
        os.close(from_child_w)

    # ---------- protocol ----------
    def send(
        self,
        method: str,
        params: dict | None = None,
        *,
        session: str | None = None,
        timeout: float = 30.0,
    ) -> dict:
        """Send one command and wait for its result (events are kept in ``events``)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply is None:
                raise BrowserError(f"{method}: no answer from chromium in {timeout:.0f} s")
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def _read(self, deadline: float) -> dict | None:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._from_child], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise BrowserError(f"chromium exited (code {self.process.poll()})")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def pump(self, seconds: float) -> None:
        """Collect events for ``seconds``."""
        deadline = time.monotonic() + seconds
        while True:
            event = self._read(deadline)
            if event is None:
                return
            if "method" in event:
                self.events.append(event)

    def open(self, path: str | os.PathLike, *, timeout: float = 60.0) -> Page:
        """Open a local file in a new tab and wait until its load event."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        page = Page(self, session)
        page.target = target
        for domain in ("Page", "Runtime", "Network", "Log"):
            page.send(f"{domain}.enable")
        page.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        page.url = Path(path).resolve().as_uri()
        page.events_from = len(self.events)
        page.started = time.monotonic()
        page.send("Page.navigate", {"url": page.url})
        page.wait_event("Page.loadEventFired", timeout=timeout)
        return page

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.send("Browser.close", timeout=5)
            except (BrowserError, OSError):
                pass
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    """One tab: evaluate JavaScript, read its console errors and network requests."""

    def __init__(self, browser: Browser, session: str):
        self.browser, self.session = browser, session
        self.url = ""
        self.target = ""
        self.events_from = 0
        self.started = 0.0

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.closeTarget", {"targetId": self.target})

    def send(self, method: str, params: dict | None = None, timeout: float = 30.0) -> dict:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def _events(self):
        return [
            e for e in self.browser.events[self.events_from :] if e.get("sessionId") == self.session
        ]

    def wait_event(self, method: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for event in self._events():
                if event["method"] == method:
                    return event
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"no {method} within {timeout:.0f} s")
            self.browser.pump(min(left, 0.1))

    def evaluate(self, expression: str, timeout: float = 30.0):
        """The value of a JavaScript expression (promises are awaited); errors raise."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error: {text}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30.0, interval: float = 0.05):
        """Poll until ``expression`` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"{expression!r} still false after {timeout:.0f} s")
            self.browser.pump(interval)

    def console_errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (CSP violations too)."""
        errors = []
        for event in self._events():
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                errors.append(
                    details.get("exception", {}).get("description") or details.get("text", "")
                )
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(
                    " ".join(
                        str(a.get("value", a.get("description", "")))
                        for a in params.get("args", [])
                    )
                )
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", ""))
        return errors

    def requests(self) -> list[str]:
        """URLs of every request the page made, the page itself excluded."""
        urls = []
        for event in self._events():
            if event["method"] == "Network.requestWillBeSent":
                url = event["params"]["request"]["url"]
                if url != self.url:
                    urls.append(url)
        return urls

    def mouse(self, kind: str, x: float, y: float, button: str = "none", clicks: int = 0) -> None:
        self.send(
            "Input.dispatchMouseEvent",
            {"type": kind, "x": x, "y": y, "button": button, "clickCount": clicks},
        )

    def click(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, "left", 1)
        self.mouse("mouseReleased", x, y, "left", 1)

    def type_text(self, text: str) -> None:
        self.send("Input.insertText", {"text": text})

    def key(self, key: str, code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.send(
                "Input.dispatchKeyEvent",
                {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code},
            )

    def screenshot(self, path: str | os.PathLike) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"}, timeout=60)["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path


def probe(
    html: str | os.PathLike,
    *,
    screenshot: str | os.PathLike | None = None,
    timeout: float = 60.0,
    width: int = 1400,
    height: int = 900,
) -> dict:
    """Open a kg HTML page, wait until it is interactive; status, errors and requests."""
    with Browser(width=width, height=height) as browser:
        page = browser.open(html, timeout=timeout)
        status = page.wait_for(
            "window.kgStatus && window.kgStatus.ready && window.kgStatus", timeout=timeout
        )
        wall = time.monotonic() - page.started
        browser.pump(0.3)
        if screenshot:
            page.screenshot(screenshot)
        return {
            "status": status,
            "wall_s": round(wall, 3),
            "errors": page.console_errors(),
            "requests": page.requests(),
        }


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "screenshot" and len(argv) == 3:
        result = probe(argv[1], screenshot=argv[2])
        print(
            f"{argv[2]}: {result['status']['drawn']} drawn, interactive in "
            f"{result['status']['tti_ms']} ms",
            file=sys.stderr,
        )
        return 1 if result["errors"] or result["requests"] else 0
    if len(argv) == 2 and argv[0] == "probe":
        print(json.dumps(probe(argv[1]), ensure_ascii=False, indent=2))
        return 0
    print(
        "usage: python -m tools.chromium screenshot PAGE.html OUT.png | probe PAGE.html",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
