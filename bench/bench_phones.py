#!/usr/bin/env python3
"""Load benchmark of the phones' web server (not a timed test): 100 simulated
phones on loopback play 20 questions. Reports

  - answer acknowledgement latency p50/p99 (POST /api/answer to its reply),
  - time from the reveal to the last phone notified p50/p99 (per question,
    and over every phone),
  - the server's added RSS with 100 phones joined and streaming,
  - idle CPU with 100 phones connected (keep-alives included), over 10 s,

against build/tests/phones_driver (the server driven on stdin, the same
code the game runs); with --game, also the game's own idle CPU and added
RSS in its lobby with 100 phones connected (offscreen, no display needed).

usage: bench/bench_phones.py [--build build] [--phones 100] [--questions 20] [--game]
Targets (issue 13): ack p99 <= 20 ms, reveal to all 100 <= 50 ms p99,
added RSS <= 5 MB, idle CPU with 100 phones <= 0.5 % of a core."""
import argparse
import http.client
import json
import os
import random
import selectors
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests"))
from phonelib import free_port  # noqa: E402

PIN = "9753"


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def idle_cpu(pid, seconds=10):
    hz = os.sysconf("SC_CLK_TCK")
    t0, c0 = time.time(), cpu_ticks(pid)
    time.sleep(seconds)
    return 100.0 * (cpu_ticks(pid) - c0) / hz / (time.time() - t0)


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]


class Phone:
    """A phone: a keep-alive connection for its requests, a push stream read
    on a thread that timestamps each 'state' event."""

    def __init__(self, port, name):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        st, j = self.post("/api/join", {"pin": PIN, "name": name})
        assert st == 200, (st, j)
        self.token = j["token"]
        self.events = []  # (time, phase, question index)
        self.cond = threading.Condition()
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.sock.sendall(("GET /api/events?token=%s HTTP/1.1\r\nHost: x\r\n\r\n"
                           % self.token).encode())
        threading.Thread(target=self.read, daemon=True).start()

    def post(self, path, body):
        self.conn.request("POST", path, body=json.dumps(body),
                          headers={"Content-Type": "application/json"})
        r = self.conn.getresponse()
        return r.status, json.loads(r.read())

    def read(self):
        buf = b""
        while True:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return
            if not chunk:
                return
            now = time.perf_counter()
            buf += chunk
            while b"\n\n" in buf:
                block, buf = buf.split(b"\n\n", 1)
                for line in block.split(b"\n"):
                    if line.startswith(b"data: "):
                        v = json.loads(line[6:])
                        q = v.get("q", {}).get("index", -1)
                        with self.cond:
                            self.events.append((now, v["phase"], q))
                            self.cond.notify_all()

    def wait(self, phase, q, timeout=30):
        end = time.time() + timeout
        with self.cond:
            while True:
                for t, ph, qi in self.events:
                    if ph == phase and qi == q:
                        return t
                if time.time() > end:
                    raise TimeoutError("%s %d" % (phase, q))
                self.cond.wait(0.5)

    def close(self):
        self.sock.close()
        self.conn.close()


def burst_answers(port, phones, q):
    """Every phone's answer sent in the same instant from one thread (no
    client threads competing for the interpreter): each latency is from its
    request's last byte sent to its reply's last byte read."""
    socks = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in phones]
    reqs = []
    for i, p in enumerate(phones):
        body = json.dumps({"token": p.token, "q": q, "choice": i % 4}).encode()
        reqs.append(b"POST /api/answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    sent, got, bufs = {}, {}, {s: b"" for s in socks}
    sel = selectors.DefaultSelector()
    for s, r in zip(socks, reqs):
        s.sendall(r)
        sent[s] = time.perf_counter()
        sel.register(s, selectors.EVENT_READ)
    while len(got) < len(socks):
        for key, _ in sel.select(timeout=10):
            s = key.fileobj
            bufs[s] += s.recv(65536)
            head, sep, rest = bufs[s].partition(b"\r\n\r\n")
            if sep:
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                if len(rest) >= length:
                    got[s] = time.perf_counter()
                    assert head.startswith(b"HTTP/1.1 200"), head
                    sel.unregister(s)
    for s in socks:
        s.close()
    return [(got[s] - sent[s]) * 1000 for s in socks]


def bench_server(build, n_phones, n_questions):
    port = free_port()
    src = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    drv = subprocess.Popen([os.path.join(build, "tests", "phones_driver"), src,
                            os.path.join(build, "locale/ur/LC_MESSAGES/amanquiz.mo"), str(port),
                            PIN, str(n_phones)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           text=True)
    drv.stdout.readline()

    def cmd(line):
        drv.stdin.write(line + "\n")
        drv.stdin.flush()
        return drv.stdout.readline().strip()

    time.sleep(0.3)
    rss0 = rss_kb(drv.pid)
    phones = [Phone(port, "Phone %03d" % i) for i in range(n_phones)]
    for p in phones:
        p.wait("lobby", -1)
    rss1 = rss_kb(drv.pid)
    cpu_idle = idle_cpu(drv.pid)
    acks, bursts, reveal_last, reveal_all = [], [], [], []
    rng = random.Random(13)
    for q in range(n_questions):
        cmd("open choice 4 %d 0" % (1 << (q % 4)))
        barrier = threading.Barrier(n_phones)
        # Odd questions: every phone answers in the same instant (the worst
        # case); even ones: spread over 2 s, as a class taps.
        burst = q % 2 == 1
        delays = [rng.uniform(0, 2.0) for _ in phones]

        def play(p, i):
            p.wait("asking", q)
            barrier.wait()
            if not burst:
                time.sleep(delays[i])
            t0 = time.perf_counter()
            st, _ = p.post("/api/answer", {"token": p.token, "q": q, "choice": i % 4})
            (bursts if burst else acks).append((time.perf_counter() - t0) * 1000)
            assert st == 200

        if burst:
            for p in phones:
                p.wait("asking", q)
            bursts.extend(burst_answers(port, phones, q))
        else:
            threads = [threading.Thread(target=play, args=(p, i)) for i, p in enumerate(phones)]
            [t.start() for t in threads]
            [t.join() for t in threads]
        t_reveal = time.perf_counter()
        cmd("reveal")
        times = [p.wait("revealed", q) - t_reveal for p in phones]
        reveal_last.append(max(times) * 1000)
        reveal_all.extend(t * 1000 for t in times)
    rss2 = rss_kb(drv.pid)
    status = json.loads(cmd("status"))
    assert status["present"] == n_phones
    cmd("quit")
    for p in phones:
        p.close()
    drv.wait(timeout=20)
    return {"ack": acks, "burst": bursts, "reveal_last": reveal_last, "reveal_all": reveal_all,
            "rss0": rss0, "rss1": rss1, "rss2": rss2, "cpu": cpu_idle}


def bench_game(build, n_phones):
    """The game's own loop in its lobby, in a window on Xvfb (SDL's offscreen
    driver polls its event queue, so only a real display shows idle CPU)."""
    port = free_port()
    display = ":%d" % next(n for n in range(150, 200) if not os.path.exists("/tmp/.X%d-lock" % n))
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x600x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    env = dict(os.environ, DISPLAY=display, SDL_AUDIODRIVER="dummy",
               AMAN_PHONES_BIND="127.0.0.1", AMAN_PHONES_PIN=PIN)
    env.pop("SDL_VIDEODRIVER", None)
    data = "/tmp/bench_phones_data"
    os.makedirs(data, exist_ok=True)
    game = subprocess.Popen([os.path.join(build, "game", "amanquiz"), "--mode", "classroom",
                             "--phones", "--port", str(port), "--data-dir", data,
                             "--players", str(n_phones)], env=env, stdout=subprocess.PIPE,
                            text=True)
    game.stdout.readline()
    time.sleep(1.0)
    rss0 = rss_kb(game.pid)
    cpu_alone = idle_cpu(game.pid, 5)
    phones = [Phone(port, "Phone %03d" % i) for i in range(n_phones)]
    for p in phones:
        p.wait("lobby", -1)
    time.sleep(1.0)
    rss1 = rss_kb(game.pid)
    cpu = idle_cpu(game.pid)
    for p in phones:
        p.close()
    game.terminate()
    game.wait(timeout=20)
    xvfb.terminate()
    xvfb.wait(timeout=10)
    return {"rss0": rss0, "rss1": rss1, "cpu": cpu, "cpu_alone": cpu_alone}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--phones", type=int, default=100)
    ap.add_argument("--questions", type=int, default=20)
    ap.add_argument("--game", action="store_true")
    a = ap.parse_args()
    r = bench_server(a.build, a.phones, a.questions)
    print("%d phones, %d questions (server: build/tests/phones_driver)" % (a.phones, a.questions))
    print("answer ack latency:            p50 %6.2f ms  p99 %6.2f ms  (%d answers over 2 s a "
          "question; target p99 <= 20)" % (pct(r["ack"], 50), pct(r["ack"], 99), len(r["ack"])))
    print("  all sent in one instant:      p50 %6.2f ms  p99 %6.2f ms  (%d answers)"
          % (pct(r["burst"], 50), pct(r["burst"], 99), len(r["burst"])))
    print("reveal to the last phone:      p50 %6.2f ms  p99 %6.2f ms  (%d reveals; target p99 <= 50)"
          % (pct(r["reveal_last"], 50), pct(r["reveal_last"], 99), len(r["reveal_last"])))
    print("reveal to each phone:          p50 %6.2f ms  p99 %6.2f ms" %
          (pct(r["reveal_all"], 50), pct(r["reveal_all"], 99)))
    print("server RSS: %.1f MB idle, +%.2f MB with %d phones streaming, +%.2f MB after %d questions"
          " (target <= 5 MB)" % (r["rss0"] / 1024, (r["rss1"] - r["rss0"]) / 1024, a.phones,
                                 (r["rss2"] - r["rss0"]) / 1024, a.questions))
    print("idle CPU with %d phones connected, 10 s: %.2f %% of a core (target <= 0.5)"
          % (a.phones, r["cpu"]))
    if a.game:
        g = bench_game(a.build, a.phones)
        print("game (lobby on Xvfb): idle CPU alone %.2f %%, with %d phones %.2f %% over 10 s; "
              "RSS %.1f MB -> +%.2f MB with the phones"
              % (g["cpu_alone"], a.phones, g["cpu"], g["rss0"] / 1024,
                 (g["rss1"] - g["rss0"]) / 1024))


main()
