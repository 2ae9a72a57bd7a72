#!/usr/bin/env python3
"""The phones' web server over loopback HTTP, many clients at once, with
Python's standard library only: joins, answers, the push stream, reconnects
with the token, a late joiner, the teacher removing a player, and every
abuse case of the issue (wrong PIN, second answer, answer after the reveal,
another player's token, a 10 KB name, control characters and right-to-left
overrides, invalid UTF-8, a 1 MB body, 500 joins a second, path traversal).

usage: phones_http.py DRIVER SRCDIR MO_UR
DRIVER is build/tests/phones_driver (the server driven on stdin)."""
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phonelib import Checks, free_port  # noqa: E402

DRIVER, SRC, MO = sys.argv[1:4]
PIN = "2468"
CAP = 40
check = Checks()


class Driver:
    def __init__(self, cap=CAP, teams=()):
        self.port = free_port()
        self.p = subprocess.Popen([DRIVER, SRC, MO, str(self.port), PIN, str(cap), *teams],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.p.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:%d/" % self.port), line

    def cmd(self, line):
        self.p.stdin.write(line + "\n")
        self.p.stdin.flush()
        out = self.p.stdout.readline().strip()
        return json.loads(out) if out.startswith("{") else out

    def quit(self):
        self.p.stdin.write("quit\n")
        self.p.stdin.flush()
        return self.p.wait(timeout=20)


def request(port, method, path, body=None, raw=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    data = raw if raw is not None else (json.dumps(body) if body is not None else None)
    c.request(method, path, body=data, headers=headers or {"Content-Type": "application/json"})
    r = c.getresponse()
    text = r.read()
    c.close()
    try:
        return r.status, json.loads(text)
    except ValueError:
        return r.status, text


def join(port, name, pin=PIN, **extra):
    body = {"pin": pin, "name": name}
    body.update(extra)
    return request(port, "POST", "/api/join", body)


def answer(port, token, q, **a):
    body = {"token": token, "q": q}
    body.update(a)
    return request(port, "POST", "/api/answer", body)


class Stream(threading.Thread):
    """One phone's push stream: every 'state' event's data, in order."""

    def __init__(self, port, token, last_id=None):
        super().__init__(daemon=True)
        self.events, self.ids, self.status = [], [], None
        self.cond = threading.Condition()
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        extra = "Last-Event-ID: %s\r\n" % last_id if last_id else ""
        self.sock.sendall(("GET /api/events?token=%s HTTP/1.1\r\nHost: x\r\n%s\r\n"
                           % (token, extra)).encode())
        self.start()

    def run(self):
        buf = b""
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    break
                buf += chunk
                if self.status is None and b"\r\n" in buf:
                    self.status = int(buf.split(b" ", 2)[1])
                while b"\n\n" in buf:
                    block, buf = buf.split(b"\n\n", 1)
                    data = [l[6:] for l in block.split(b"\n") if l.startswith(b"data: ")]
                    ids = [l[4:] for l in block.split(b"\n") if l.startswith(b"id: ")]
                    if data:
                        with self.cond:
                            self.events.append(json.loads(data[0]))
                            self.ids.append(ids[0].decode() if ids else None)
                            self.cond.notify_all()
        except OSError:
            pass
        with self.cond:
            self.closed = True
            self.cond.notify_all()

    def wait_for(self, pred, timeout=5):
        end = time.time() + timeout
        with self.cond:
            while True:
                for e in self.events:
                    if pred(e):
                        return e
                left = end - time.time()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def raw_http(port, data, read_timeout=5):
    s = socket.create_connection(("127.0.0.1", port), timeout=read_timeout)
    try:
        s.sendall(data)
    except OSError:
        pass
    out = b""
    try:
        while True:
            c = s.recv(65536)
            if not c:
                break
            out += c
            if b"\r\n\r\n" in out and b"}" in out:
                break
    except OSError:
        pass
    s.close()
    return out


def test_static(port):
    sizes = 0
    for path, kind in [("/", "text/html"), ("/app.js", "javascript"), ("/style.css", "text/css")]:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        check(r.status == 200 and kind in r.getheader("Content-Type"), "GET %s" % path)
        sizes += len(body)
    check(sizes <= 30 * 1024, "the page weighs %d bytes, over 30 KB" % sizes)
    st, font = request(port, "GET", "/nastaliq.ttf")
    check(st == 200 and len(font) > 100000, "the Nastaliq font is served")
    st, j = request(port, "GET", "/api/strings?lang=ur")
    check(st == 200 and j["dir"] == "rtl" and j["s"]["Join"] != "Join", "Urdu strings")
    check(all(v for v in j["s"].values()), "every Urdu string is non-empty")
    st, j = request(port, "GET", "/api/strings?lang=en")
    check(st == 200 and j["s"]["Join"] == "Join" and j["dir"] == "ltr", "English strings")
    for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/fonts/OFL.txt",
                 "/..%2f..%2fetc%2fpasswd"]:
        out = raw_http(port, ("GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path).encode())
        check(out.startswith(b"HTTP/1.1 404") and b"root:" not in out, "traversal %s" % path)
    st, j = request(port, "PUT", "/api/join", {"pin": PIN})
    check(st == 405 and j["error"] == "method", "PUT is refused")


def test_join_abuse(port):
    cases = [
        ({"pin": "0000", "name": "Ali"}, 403, "pin"),
        ({"pin": PIN, "name": "x" * 10240}, 413, "too_large"),
        ({"pin": PIN, "name": "ب" * 25}, 400, "name_long"),
        ({"pin": PIN, "name": "bell\u0007"}, 400, "name_chars"),
        ({"pin": PIN, "name": "\u202eevil"}, 400, "name_chars"),
        ({"pin": PIN, "name": "a\u2067b"}, 400, "name_chars"),
        ({"pin": PIN, "name": "   "}, 400, "name_empty"),
        ({"pin": PIN}, 400, "bad_request"),
    ]
    for body, status, code in cases:
        st, j = request(port, "POST", "/api/join", body)
        check(st == status and j.get("error") == code and j.get("message"),
              "join %r -> %d %s (got %d %r)" % (str(body)[:40], status, code, st, j))
    for raw, what in [(b'{"pin":"2468","name":"\xff\xfeab"}', "invalid UTF-8"),
                      (b'{"pin":"2468","name":"\\ud800"}', "a lone surrogate"),
                      (b'{"pin":', "truncated JSON"), (b'[1,2]', "not an object")]:
        st, j = request(port, "POST", "/api/join", raw=raw)
        check(st == 400 and j.get("error") == "bad_json", "join with %s -> 400" % what)
    big = b"{" + b" " * (1 << 20) + b"}"
    out = raw_http(port, b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n"
                   % len(big) + big)
    check(out.startswith(b"HTTP/1.1 413") and b"too_large" in out, "a 1 MB body -> 413")
    chunks = b"".join(b"1000\r\n" + b"a" * 4096 + b"\r\n" for _ in range(4)) + b"0\r\n\r\n"
    out = raw_http(port, b"POST /api/join HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked"
                   b"\r\n\r\n" + chunks)
    check(out.startswith(b"HTTP/1.1 413"), "a chunked 16 KB body -> 413 (got %r)" % out[:40])


def test_round(drv):
    port = drv.port
    players = {}
    lock = threading.Lock()

    def one(i):
        st, j = join(port, "Player %02d" % i)
        with lock:
            players[i] = (st, j)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(30)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    check(all(st == 200 for st, _ in players.values()), "30 joins at once")
    tokens = {i: j["token"] for i, (st, j) in players.items()}
    check(len(set(tokens.values())) == 30, "30 different tokens")
    st, j = join(port, "Player 00")
    check(st == 409 and j["error"] == "name_taken", "a taken name is refused")
    st, j = join(port, "  Player 00  ")
    check(st == 409 and j["error"] == "name_taken", "a taken name with spaces is refused")
    streams = {i: Stream(port, tokens[i]) for i in range(30)}
    for i, s in streams.items():
        check(s.wait_for(lambda e: e["phase"] == "lobby") is not None, "stream %d: lobby" % i)
    check(drv.cmd("open choice 4 2 0").startswith("ok"), "open question 0")
    for s in streams.values():
        check(s.wait_for(lambda e: e["phase"] == "asking") is not None, "asking pushed")
    ev = streams[0].wait_for(lambda e: e["phase"] == "asking")
    check(ev["q"]["choices"] == ["Alpha", "Bravo", "Charlie", "Delta"], "choices pushed")
    results = {}

    def ans(i):
        results[i] = answer(port, tokens[i], 0, choice=i % 4, player=(i + 1) % 30)

    threads = [threading.Thread(target=ans, args=(i,)) for i in range(30)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    check(all(st == 200 for st, _ in results.values()), "30 answers at once")
    st, j = answer(port, tokens[3], 0, choice=1)
    check(st == 409 and j["error"] == "already", "a second answer is refused")
    st, j = answer(port, "f" * 32, 0, choice=1)
    check(st == 403 and j["error"] == "token", "an unknown token is refused")
    st, j = answer(port, tokens[4], 5, choice=1)
    check(st == 409 and j["error"] == "stale", "an answer to another question is refused")
    status = drv.cmd("status")
    check(status["answered"] == 30 and status["expected"] == 30, "30 / 30 answered")
    check(status["dist"] == [8, 8, 7, 7], "distribution %r" % status["dist"])
    check(drv.cmd("reveal") == "ok", "reveal")
    st, j = answer(port, tokens[29], 0, choice=1)
    check(st == 409 and j["error"] == "already", "after the reveal: already answered")
    status = drv.cmd("status")
    for i in range(30):
        want = 100 if i % 4 == 1 else 0
        check(status["scores"]["Player %02d" % i] == want, "score of player %d" % i)
    ev = streams[1].wait_for(lambda e: e["phase"] == "revealed")
    check(ev and ev["q"]["points"] == 100 and ev["q"]["right"] == [1] and ev["you"]["place"] == 1,
          "player 1 told: right, 100, place 1")
    ev = streams[0].wait_for(lambda e: e["phase"] == "revealed")
    check(ev and ev["q"]["points"] == 0 and ev["you"]["place"] == 9, "player 0 told: place 9")

    # Reconnect: the same player, resumed after the last event seen.
    streams[2].wait_for(lambda e: e["phase"] == "revealed")
    last = streams[2].ids[-1]
    streams[2].close()
    st, j = request(port, "GET", "/api/state?token=" + tokens[2])
    check(st == 200 and j["you"]["name"] == "Player 02" and j["phase"] == "revealed",
          "state by token after a reload")
    again = Stream(port, tokens[2], last_id=last)
    time.sleep(0.3)
    check(again.events == [], "Last-Event-ID: nothing sent twice")
    fresh = Stream(port, tokens[5])
    check(fresh.wait_for(lambda e: e["phase"] == "revealed") is not None,
          "a new stream gets the state at once")
    streams[2] = again

    # Question 1 with a late joiner.
    check(drv.cmd("open choice 3 1 0").startswith("ok"), "open question 1")
    st, j = join(port, "Late Comer")
    check(st == 200, "a late joiner joins")
    late = j["token"]
    st, j = request(port, "GET", "/api/state?token=" + late)
    check(j["q"]["late"] is True, "the late joiner is told to wait")
    st, j = answer(port, late, 1, choice=0)
    check(st == 409 and j["error"] == "late_join", "the late joiner cannot answer this one")
    status = drv.cmd("status")
    check(status["expected"] == 30 and status["present"] == 31, "the late joiner is not expected")
    check(again.wait_for(lambda e: e["phase"] == "asking") is not None, "resumed stream moves on")

    # The teacher removes player 7: their stream ends, their token stops working.
    check(drv.cmd("kick %d" % players[7][1]["player"]) == "ok", "kick")
    ev = streams[7].wait_for(lambda e: e["phase"] == "kicked")
    check(ev is not None, "the removed player is told")
    st, j = answer(port, tokens[7], 1, choice=0)
    check(st == 403 and j["error"] == "token", "a removed player's token is refused")
    st, j = request(port, "GET", "/api/events?token=" + tokens[7])
    check(st == 403, "a removed player cannot reopen the stream")
    for i in range(30):
        if i != 7:
            answer(port, tokens[i], 1, choice=0)
    status = drv.cmd("status")
    check(status["answered"] == 29 and status["expected"] == 29, "29 / 29 after the kick")
    drv.cmd("reveal")

    # Question 2: the late joiner plays now; other kinds of question.
    check(drv.cmd("open multi 4 5 0").startswith("ok"), "open multi")
    check(answer(port, late, 2, mask=5)[0] == 200, "the late joiner answers the next one")
    check(answer(port, tokens[0], 2, mask=1)[0] == 200, "half a multi")
    st, j = answer(port, tokens[1], 2, mask=64)
    check(st == 400 and j["error"] == "answer", "a mask past the choices is refused")
    st, j = answer(port, tokens[1], 2, tf=True)
    check(st == 400 and j["error"] == "answer", "true/false for a multi is refused")
    drv.cmd("reveal")
    status = drv.cmd("status")
    check(status["scores"]["Late Comer"] == 100, "multi: both right = 100")
    check(status["scores"]["Player 00"] == 150, "multi: half = 50 (0 + 100 + 50)")
    drv.cmd("open truefalse 0 0 0")
    check(answer(port, tokens[0], 3, tf=False)[0] == 200, "true/false answer")
    drv.cmd("reveal")
    drv.cmd("open number 0 1947 300")
    check(answer(port, tokens[0], 4, number=1947)[0] == 200, "numeric answer")
    check(answer(port, tokens[1], 4, number=float("1e999") if False else 12)[0] == 200, "wrong number")
    time.sleep(0.45)
    st, j = answer(port, tokens[2], 4, number=1947)
    check(st == 409 and j["error"] == "time", "an answer after the time limit is refused")
    drv.cmd("reveal")
    status = drv.cmd("status")
    check(status["scores"]["Player 00"] == 350, "true/false and number count (got %r)"
          % status["scores"]["Player 00"])

    # Question 5: a short answer typed on the phone (accepted: Pakistan / پاکستان).
    check(drv.cmd("open text 0 0 0").startswith("ok"), "open a short answer")
    ev = streams[0].wait_for(lambda e: e["phase"] == "asking" and e["q"]["index"] == 5)
    check(ev and ev["q"]["kind"] == "text" and ev["q"]["choices"] == []
          and "Pakistan" not in json.dumps(ev), "a short answer is pushed without its answer")
    st, j = request(port, "POST", "/api/answer", raw=json.dumps(
        {"token": tokens[1], "q": 5, "text": "x" * 10240}))
    check(st == 413 and j["error"] == "too_large", "a 10 KB answer -> 413 (got %d %r)" % (st, j))
    st, j = answer(port, tokens[1], 5, text="x" * 200)
    check(st == 400 and j["error"] == "answer_long", "a 200-byte answer -> answer_long")
    st, j = answer(port, tokens[1], 5, text="ا" * 41)
    check(st == 400 and j["error"] == "answer_long", "41 Urdu letters -> answer_long")
    st, j = answer(port, tokens[1], 5, text="Paki\nstan")
    check(st == 400 and j["error"] == "answer_chars" and j["message"],
          "a control character in an answer is refused")
    st, j = answer(port, tokens[1], 5, text="\u202epak")
    check(st == 400 and j["error"] == "answer_chars", "a right-to-left override is refused")
    st, j = request(port, "POST", "/api/answer",
                    raw=b'{"token": "%s", "q": 5, "text": "\xc0\xaf"}' % tokens[1].encode())
    check(st == 400 and j["error"] == "bad_json", "invalid UTF-8 in an answer -> bad_json")
    st, j = answer(port, tokens[1], 5, text="   ")
    check(st == 400 and j["error"] == "answer_empty", "an empty answer is refused")
    # Arabic kaf U+0643 and a zabar where the Urdu has keheh U+06A9 and none.
    check(answer(port, tokens[0], 5, text=" \u067e\u0627\u0643\u0633\u062a\u064e\u0627\u0646 ",
                 lang="ur")[0] == 200, "a short answer in Arabic letter forms is accepted")
    check(answer(port, tokens[1], 5, text="PAKISTAN")[0] == 200, "a short answer in capitals")
    check(answer(port, tokens[2], 5, text="India")[0] == 200, "a wrong short answer")
    st, j = answer(port, tokens[0], 5, text="Pakistan")
    check(st == 409 and j["error"] == "already", "a second short answer is refused")
    check(drv.cmd("reveal") == "ok", "reveal the short answer")
    status = drv.cmd("status")
    check(status["dist"] == [2, 1], "short answer: 2 right, 1 wrong (got %r)" % status["dist"])
    check(status["scores"]["Player 00"] == 450, "the Arabic-letter answer scored (got %r)"
          % status["scores"]["Player 00"])
    ev = streams[0].wait_for(lambda e: e["phase"] == "revealed" and e["q"]["index"] == 5)
    check(ev and ev["q"]["right_text"] == "Pakistan" and ev["q"]["right_text_ur"] == "پاکستان"
          and ev["q"]["fraction"] == 1, "the phone is told the accepted answer and its verdict")
    check(drv.cmd("end") == "ok", "end")
    st, j = answer(port, tokens[0], 4, number=1)
    check(st == 409 and j["error"] == "ended", "after the end")
    for s in list(streams.values()) + [fresh]:
        s.close()


def test_flood(port):
    """500 joins within a second on 10 connections: refused with 429 once the
    burst is spent, never more players than the cap, the server still up."""
    counts = {}
    lock = threading.Lock()

    def worker(w):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for k in range(50):
            body = json.dumps({"pin": PIN, "name": "F%d-%d" % (w, k)})
            c.request("POST", "/api/join", body=body, headers={"Content-Type": "application/json"})
            r = c.getresponse()
            r.read()
            with lock:
                counts[r.status] = counts.get(r.status, 0) + 1

    t0 = time.time()
    threads = [threading.Thread(target=worker, args=(w,)) for w in range(10)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    took = time.time() - t0
    print("500 joins in %.2f s: %r" % (took, counts), flush=True)
    check(sum(counts.values()) == 500, "every flood request answered")
    check(counts.get(200, 0) == CAP, "exactly the cap joined (%r)" % counts)
    check(counts.get(409, 0) + counts.get(429, 0) == 500 - CAP, "the rest refused, full or rate")
    if took < 1.5:
        check(counts.get(429, 0) > 0, "joins over the rate are refused with 429")


def main():
    drv = Driver()
    test_static(drv.port)
    test_join_abuse(drv.port)
    test_round(drv)
    check(drv.quit() == 0, "the server stops cleanly")
    drv = Driver()
    test_flood(drv.port)
    st, j = request(drv.port, "GET", "/api/strings?lang=en")
    check(st == 200, "still serving after the flood")
    check(drv.quit() == 0, "the server stops cleanly after the flood")
    drv = Driver(cap=5, teams=("Red", "Blue"))
    st, j = request(drv.port, "GET", "/api/teams")
    check(j == {"teams": ["Red", "Blue"], "trainees": False}, "teams listed")
    st, j = join(drv.port, "NoTeam")
    check(st == 400 and j["error"] == "team", "a team must be chosen")
    st, j = join(drv.port, "Team5", team=5)
    check(st == 400 and j["error"] == "team", "no team 5")
    check(join(drv.port, "R1", team=0)[0] == 200 and join(drv.port, "B1", team=1)[0] == 200,
          "join a team")
    check(drv.quit() == 0, "teams: stops cleanly")
    check.finish("phones over HTTP: every check passed")


main()
