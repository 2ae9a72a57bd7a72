#!/usr/bin/env python3
"""Training with phones against the real game under Xvfb: recruits sign in
on their phones with their trainee IDs (a name that is not an ID is
refused), play a round of two questions (the trainer's Enter through
xdotool), and at the end each phone says whether its recruit passed; every
answer is in that trainee's record (results database, --export-results),
as at the keypad. The projector's "Who passed" is saved as a screenshot.

usage: phones_training.py GAME OUTDIR DISPLAY"""
import csv
import io
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phonelib import PIN, Checks, free_port, game_env, get, post, projector, teacher_key  # noqa: E402

GAME, OUT, DISPLAY = sys.argv[1:4]
check = Checks()


def key(k):
    teacher_key(DISPLAY, k)


def wait_phase(port, token, phase, q=None, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        v = get(port, "/api/state?token=" + token)
        if v["phase"] == phase and (q is None or v.get("q", {}).get("index") == q):
            return v
        time.sleep(0.1)
    return None


def right_answer(v, right):
    """An answer to the open question: the right one, or a wrong one."""
    q = v["q"]
    # The answer is not in the view before the reveal: the trainer's copy of
    # the bank is not needed; the first choice is right about 1 time in 4.
    kind = q["kind"]
    if kind == "choice":
        return {"choice": 0 if right else 1}
    if kind == "multi":
        return {"mask": 1 if right else 2}
    if kind == "truefalse":
        return {"tf": right}
    if kind == "text":  # a short answer: typed, most likely wrong
        return {"text": "Islamabad" if right else "?"}
    return {"number": 1 if right else 2}


def main():
    port = free_port()
    data = os.path.join(OUT, "training-data")
    os.makedirs(data, exist_ok=True)
    conf = os.path.join(OUT, "training.conf")
    with open(conf, "w") as f:
        f.write("round_length = 2\npass_mark = 50\n")
    env = game_env(DISPLAY)
    game = subprocess.Popen([GAME, "--mode", "training", "--phones", "--port", str(port),
                             "--data-dir", data, "--config", conf, "--size", "1024x600",
                             "--seed", "5"], env=env, stdout=subprocess.PIPE, text=True)
    check(game.stdout.readline().startswith("listening on "), "the game listens")
    try:
        play(port, game, data)
    finally:
        game.terminate()
        game.wait(timeout=10)


def play(port, game, data):
    st = get(port, "/api/teams")
    check(st.get("trainees") is True, "the page is told to ask for a trainee ID")
    st, j = post(port, "/api/join", {"pin": PIN, "name": "Amina"})
    check(st == 400 and j["error"] == "trainee", "a name that is not a trainee ID is refused")
    tokens = {}
    for tid in ("1042", "2077"):
        st, j = post(port, "/api/join", {"pin": PIN, "name": tid})
        check(st == 200, "trainee %s signs in" % tid)
        tokens[tid] = j["token"]
    st, j = post(port, "/api/join", {"pin": PIN, "name": "1042"})
    check(st == 409 and j["error"] == "name_taken", "the same trainee cannot sign in twice")
    time.sleep(0.3)
    key("Return")
    for q in range(2):
        for tid, tok in tokens.items():
            v = wait_phase(port, tok, "asking", q)
            check(v is not None, "question %d reaches %s" % (q + 1, tid))
            if v:
                body = {"token": tok, "q": q}
                body.update(right_answer(v, tid == "1042"))
                check(post(port, "/api/answer", body)[0] == 200, "%s answers" % tid)
        v = wait_phase(port, tokens["1042"], "revealed", q)
        check(v is not None, "question %d revealed once both answered" % (q + 1))
        time.sleep(0.3)
        key("Return")
    ends = {tid: wait_phase(port, tok, "ended") for tid, tok in tokens.items()}
    check(all(ends.values()), "the phones are told the round is over")
    time.sleep(0.5)
    projector(DISPLAY, os.path.join(OUT, "projector_training_end.png"))
    # What the session stored, per trainee, against what each phone was told.
    db = os.path.join(data, "results.sqlite")
    for tid, v in ends.items():
        if not v:
            continue
        check("passed" in v["you"], "%s's phone says passed or not" % tid)
        out = subprocess.run([GAME, "--export-results", "-", "--trainee", tid, "--data-dir", data],
                             capture_output=True, text=True,
                             env=dict(os.environ, SDL_VIDEODRIVER="offscreen")).stdout
        rows = list(csv.DictReader(io.StringIO(out)))
        check(len(rows) == 2, "%s's record has both answers (%d rows)" % (tid, len(rows)))
        right = sum(1 for r in rows if r.get("correct") in ("1", "true", "yes"))
        want = right * 100 >= 50 * 2
        if rows and "correct" in rows[0]:
            check(v["you"].get("passed") == want,
                  "%s: the phone's verdict matches the record (%d of 2 right)" % (tid, right))
    check(os.path.exists(db), "results stored in SQLite")
    check(game.poll() is None, "the game is still running")


def title_button():
    """A classroom started without --phones: the title's Phones button opens
    the server and the lobby."""
    port = free_port()
    conf = os.path.join(OUT, "classroom.conf")
    with open(conf, "w") as f:
        f.write("")
    game = subprocess.Popen([GAME, "--mode", "classroom", "--port", str(port), "--config", conf,
                             "--data-dir", os.path.join(OUT, "title-data"), "--size", "1024x600"],
                            env=game_env(DISPLAY), stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(1.5)
        subprocess.run(["xdotool", "mousemove", "80", "36", "click", "1"],
                       env=dict(os.environ, DISPLAY=DISPLAY), capture_output=True)
        line = game.stdout.readline()
        check(line.strip() == "listening on http://127.0.0.1:%d/" % port,
              "the title's Phones button starts the server (%r)" % line.strip())
        st, j = post(port, "/api/join", {"pin": PIN, "name": "Amina"})
        check(st == 200, "a phone joins after the button")
        time.sleep(0.5)
        projector(DISPLAY, os.path.join(OUT, "projector_lobby_from_title.png"))
    finally:
        game.terminate()
        game.wait(timeout=10)


main()
title_button()
check.finish("training with phones: every check passed")
