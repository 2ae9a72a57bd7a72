"""Helpers shared by the phone tests (tests/phones_http.py, phone_browser.py,
phones_training.py) and bench/bench_phones.py: Python's standard library only."""
import json
import os
import socket
import subprocess
import urllib.error
import urllib.request


class Checks:
    """Named checks: each prints ok/FAIL; finish() exits 1 when any failed."""

    def __init__(self):
        self.failures = []

    def __call__(self, cond, what):
        print(("ok: " if cond else "FAIL: ") + what, flush=True)
        if not cond:
            self.failures.append(what)

    def finish(self, done):
        if self.failures:
            print("%d check(s) failed" % len(self.failures))
            raise SystemExit(1)
        print(done)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def post(port, path, body):
    """POST JSON to the game on loopback: (status, decoded JSON)."""
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, path),
                                 data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def get(port, path):
    with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=5) as r:
        return json.load(r)


def teacher_key(display, key):
    """The teacher's key on the projector: the pointer over the game's window
    (no window manager: the focus follows it), then a real key press (XTEST)."""
    subprocess.run(["xdotool", "mousemove", "512", "300", "key", key],
                   env=dict(os.environ, DISPLAY=display), capture_output=True)


def teacher_click(display, x, y):
    """The teacher's mouse click at x, y of the projector (the window fills
    the 1024x600 display)."""
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"],
                   env=dict(os.environ, DISPLAY=display), capture_output=True)


def projector(display, path):
    """A screenshot of the whole X display (the game's window)."""
    subprocess.run(["import", "-display", display, "-window", "root", path], capture_output=True)


def game_env(display=None):
    """The environment of a game under test: loopback only, a known PIN."""
    env = dict(os.environ, AMAN_PHONES_BIND="127.0.0.1", AMAN_PHONES_PIN=PIN)
    if display:
        env["DISPLAY"] = display
        env.pop("SDL_VIDEODRIVER", None)
    return env


PIN = "1357"
