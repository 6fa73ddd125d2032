"""A headless Chromium driven over the DevTools protocol, through pipes: no package needed.

`--remote-debugging-pipe` makes Chromium read commands on fd 3 and write replies and
events on fd 4, each a JSON message ended by a NUL byte (what Puppeteer and Playwright use).
No port is opened, so nothing else on the machine can talk to it, and the only network
traffic a test sees is the page's own.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import time
import zlib
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--no-first-run",
    "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
]


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class BrowserError(Exception):
    pass


class Browser:
    def __init__(self, executable: str, profile: Path, timeout: float = 30):
        self.timeout = timeout
        self.events: list[dict] = []
        self._next_id = 0
        self._buffer = b""
        self.log = profile / "chromium.log"
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()
        # bash puts our pipe ends on fds 3 and 4, where Chromium looks for them. Moved above
        # 9 first, they cannot be 3 or 4 themselves and be closed or overwritten on the way.
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (commands_read, replies_write)]
        for fd in (commands_read, replies_write):
            os.close(fd)
        commands_read, replies_write = ends
        script = f'exec "$@" 3<&{commands_read} 4>&{replies_write} ' \
                 f'{commands_read}<&- {replies_write}>&-'
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                ["bash", "-c", script, "bash", executable, *FLAGS,
                 f"--user-data-dir={profile / 'profile'}", "about:blank"],
                pass_fds=ends, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            )
        os.close(commands_read)
        os.close(replies_write)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (BrowserError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._commands)
        os.close(self._replies)

    # -- the protocol ---------------------------------------------------------------------
    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def wait_for(self, event: str, session: str | None = None) -> dict:
        seen = len(self.events)
        while True:
            for message in self.events[seen:]:
                if message["method"] == event and message.get("sessionId") == session:
                    return message["params"]
            seen = len(self.events)
            self._receive()

    def _receive(self) -> dict:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._replies], [], [], max(left, 0))
            if not ready:
                raise BrowserError(f"no answer from Chromium in {self.timeout} s; "
                                   f"see {self.log}")
            chunk = os.read(self._replies, 1 << 16)
            if not chunk:
                raise BrowserError(f"Chromium exited; see {self.log}:\n"
                                   + self.log.read_text(errors="replace")[-2000:])
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message = json.loads(raw)
        if "method" in message:
            self.events.append(message)
        return message


class Tab:
    """One page, with what it logged and asked for since it was opened."""

    def __init__(self, browser: Browser, width: int, height: int):
        self.browser = browser
        self.target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget",
                                    {"targetId": self.target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})

    def send(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired", self.session)
        self.evaluate("1")  # a round trip: every event sent before it has arrived

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def _events(self, method: str) -> list[dict]:
        return [e["params"] for e in self.browser.events
                if e["method"] == method and e.get("sessionId") == self.session]

    def requests(self) -> list[str]:
        return [e["request"]["url"] for e in self._events("Network.requestWillBeSent")]

    def errors(self) -> list[str]:
        found = [e["entry"]["text"] for e in self._events("Log.entryAdded")
                 if e["entry"]["level"] == "error"]
        found += [" ".join(str(a.get("value", a.get("description", ""))) for a in e["args"])
                  for e in self._events("Runtime.consoleAPICalled")
                  if e["type"] in ("error", "assert")]
        found += [e["exceptionDetails"].get("exception", {}).get("description", "exception")
                  for e in self._events("Runtime.exceptionThrown")]
        return found

    def screenshot(self) -> bytes:
        return base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"])


# -- PNG, enough to look at a screenshot --------------------------------------------------------
def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and one bytes object per pixel of an 8-bit RGB(A) non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat = 8, b""
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and not interlace, (depth, colour, interlace)
            size = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    raw, stride = zlib.decompress(idat), width * size
    previous, pixels = bytearray(stride), []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up, corner = previous[i], previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                paeth = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + paeth) & 0xFF
        pixels += [bytes(line[i:i + size]) for i in range(0, stride, size)]
        previous = line
    return width, height, pixels
