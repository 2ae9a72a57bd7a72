#!/usr/bin/env python3
"""A real browser plays a phone classroom against the real game: the game
runs under Xvfb (--mode classroom --phones, loopback only), headless
Chromium at 390x844 joins with the PIN and a name, a second phone (plain
HTTP) joins too, the teacher's Enter (xdotool) starts the round, the
browser answers, the game reveals once both answered, the page shows the
verdict; then the page switches to Urdu (Nastaliq from the game's
@font-face, right to left), plays the next question, and reloads as the
same player. Then a second game of short answers: the player types the
answer (in Arabic letter forms, then Urdu digits), sees the verdict, and
the results store holds the answers under the player's name.
Screenshots of the page and of the projector go to OUTDIR.

usage: phone_browser.py GAME OUTDIR DISPLAY"""
import os
import sqlite3
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phonelib import (PIN, Checks, free_port, game_env, get, post, projector,  # noqa: E402
                      teacher_click, teacher_key)

GAME, OUT, DISPLAY = sys.argv[1:4]
check = Checks()


def teacher(key):
    teacher_key(DISPLAY, key)


def shot(name):
    projector(DISPLAY, os.path.join(OUT, name))


def browser():
    opts = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run",
              "--disable-dev-shm-usage", "--window-size=390,844",
              "--user-data-dir=" + os.path.join(OUT, "chromium-profile")]:
        opts.add_argument(a)
    opts.binary_location = "/usr/bin/chromium"
    d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    d.set_window_size(390, 844)
    return d


def visible(d, id_, timeout=10):
    return WebDriverWait(d, timeout).until(
        lambda d: d.find_element(By.ID, id_) if d.find_element(By.ID, id_).is_displayed() else None)


def wait_text(d, id_, pred, timeout=10):
    try:
        return WebDriverWait(d, timeout).until(
            lambda d: (lambda t: t if pred(t) else None)(d.find_element(By.ID, id_).text))
    except Exception:
        return None


def answer_in_browser(d):
    """Press the first answer, whatever the kind; returns the kind."""
    visible(d, "ask")
    pad = d.find_element(By.ID, "pad")
    text = pad.find_elements(By.ID, "text")
    if text:
        text[0].send_keys("Islamabad")
        pad.find_element(By.CSS_SELECTOR, "button.primary").click()
        return "text"
    number = pad.find_elements(By.ID, "number")
    if number:
        number[0].send_keys("1")
        pad.find_element(By.CSS_SELECTOR, "button.primary").click()
        return "number"
    buttons = pad.find_elements(By.CSS_SELECTOR, "button.choice")
    buttons[0].click()
    submit = pad.find_elements(By.CSS_SELECTOR, "button.primary")
    if submit:
        submit[0].click()
        return "multi"
    return "choice"


def bot_answer(port, token):
    state = get(port, "/api/state?token=" + token)
    q = state["q"]
    body = {"token": token, "q": q["index"]}
    body.update({"choice": {"choice": 1}, "multi": {"mask": 2}, "truefalse": {"tf": False},
                 "number": {"number": 2}, "text": {"text": "Lahore"}}[q["kind"]])
    return post(port, "/api/answer", body)[0]


def no_overflow(d):
    return d.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def start_game(data, *extra):
    port = free_port()
    os.makedirs(data, exist_ok=True)
    game = subprocess.Popen([GAME, "--mode", "classroom", "--phones", "--port", str(port),
                             "--data-dir", data, "--lang", "en", "--size", "1024x600", *extra],
                            env=game_env(DISPLAY), stdout=subprocess.PIPE, text=True)
    line = game.stdout.readline()
    check(line.strip() == "listening on http://127.0.0.1:%d/" % port, "the game prints its address")
    return port, game


# Two short answers from questions/examples/bilingual-example.gift.
TYPED_BANK = r"""::ex-short-city::{mlang en}In which city did Naqvi meet the UN Secretary General?{mlang}{mlang ur}نقوی نے اقوامِ متحدہ کے سیکرٹری جنرل سے کس شہر میں ملاقات کی؟{mlang} {
    =<span lang\="en" class\="multilang">New York</span><span lang\="ur" class\="multilang">نیویارک</span>
    =%50%NYC
}

::ex-short-year::{mlang en}In which year was Shahzadi Gulfam deployed in Bosnia?{mlang}{mlang ur}شہزادی گلفام کو کس سال بوسنیا میں تعینات کیا گیا؟{mlang} {
    =1997
}
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in ("data", "typed-data"):
        for suffix in ("", "-wal", "-shm"):
            path = os.path.join(OUT, f, "results.sqlite" + suffix)
            if os.path.exists(path):
                os.remove(path)
    port, game = start_game(os.path.join(OUT, "data"))
    d = browser()
    try:
        play(d, port, game)
    finally:
        d.quit()
        game.terminate()
        game.wait(timeout=10)
    bank = os.path.join(OUT, "typed.gift")
    with open(bank, "w", encoding="utf-8") as f:
        f.write(TYPED_BANK)
    port, game = start_game(os.path.join(OUT, "typed-data"), "--bank", bank, "--seed", "3")
    d = browser()
    try:
        play_typed(d, port)
    finally:
        d.quit()
        game.terminate()
        game.wait(timeout=10)


def type_answer(d, lang):
    """Types the answer of the question shown: New York as the Arabic
    keyboard writes it (yeh U+064A, no Urdu yeh), or 1997 in Urdu digits."""
    visible(d, "ask", timeout=10)
    text = d.find_element(By.ID, "ask-text").text
    city = "city" in text or "شہر" in text
    field = d.find_element(By.ID, "text")
    check(field.get_attribute("dir") == "auto", "the answer field follows the typed script")
    field.send_keys("نيويارك" if city else "۱۹۹۷")
    time.sleep(0.3)
    d.save_screenshot(os.path.join(OUT, "phone_typed_%s.png" % lang))
    check(no_overflow(d), "typed answer (%s): nothing wider than the phone" % lang)
    d.find_element(By.CSS_SELECTOR, "#typed button.primary").click()
    return "New York" if city else "1997"


def play_typed(d, port):
    d.get("http://127.0.0.1:%d/" % port)
    visible(d, "join")
    d.find_element(By.ID, "pin").send_keys(PIN)
    d.find_element(By.ID, "name").send_keys("Zainab")
    d.find_element(By.CSS_SELECTOR, "#join-form button").click()
    check(wait_text(d, "wait-title", lambda t: t == "You are in!") is not None, "typed: joined")
    st, bot = post(port, "/api/join", {"pin": PIN, "name": "Bot"})
    time.sleep(0.5)
    teacher("Return")
    want = type_answer(d, "en")
    check(wait_text(d, "wait-title", lambda t: t == "Your answer is in") is not None,
          "a typed answer is acknowledged")
    check(bot_answer(port, bot["token"]) == 200, "the second phone types a wrong answer")
    verdict = wait_text(d, "verdict", lambda t: t in ("Right!", "Wrong", "Partly right"))
    check(verdict == "Right!", "the typed answer in Arabic letter forms is right (%r)" % verdict)
    right = d.find_element(By.ID, "right").text
    check(right == "The right answer: " + want, "the page shows the accepted answer: " + right)
    time.sleep(0.3)
    shot("projector_typed_reveal.png")
    d.save_screenshot(os.path.join(OUT, "phone_typed_result_en.png"))
    d.find_element(By.ID, "lang").click()
    WebDriverWait(d, 10).until(lambda d: d.execute_script("return document.documentElement.dir") == "rtl")
    teacher("Return")
    type_answer(d, "ur")
    check(wait_text(d, "wait-title", lambda t: t == "آپ کا جواب پہنچ گیا") is not None,
          "a typed answer is acknowledged in Urdu")
    check(bot_answer(port, bot["token"]) == 200, "the second phone answers question 2")
    verdict = wait_text(d, "verdict", lambda t: t != "")
    check(verdict == "درست!", "the second typed answer is right, in Urdu (%r)" % verdict)
    d.save_screenshot(os.path.join(OUT, "phone_typed_result_ur.png"))
    # The results store: Zainab's session under her name, both answers right.
    db = sqlite3.connect(os.path.join(OUT, "typed-data", "results.sqlite"))
    rows = db.execute("SELECT a.correct, a.chosen FROM answers a JOIN sessions s"
                      " ON s.id = a.session WHERE s.player = 'Zainab' ORDER BY a.id").fetchall()
    db.close()
    check([r[0] for r in rows] == [1, 1], "Zainab's typed answers stored under her name (%r)" % rows)
    another_round(d, port)


def another_round(d, port):
    """The podium, back to the title, and the Phones button again: the same
    phones play another round on the same session, nobody joins again."""
    teacher("Return")  # after the last reveal: the podium
    check(wait_text(d, "wait-title", lambda t: t == "کھیل ختم ہو گیا") is not None,
          "the page says the game is over (in Urdu)")
    teacher("Return")  # Finish: the title
    time.sleep(0.5)
    teacher_click(DISPLAY, 87, 36)  # the title's Phones button (theme: 12 px margin, 150x48)
    check(wait_text(d, "wait-title", lambda t: t == "آپ شامل ہو گئے!") is not None,
          "another round: the phone is back in the lobby without joining again")
    time.sleep(0.3)
    shot("projector_lobby_again.png")
    d.save_screenshot(os.path.join(OUT, "phone_lobby_again_ur.png"))
    teacher("Return")  # start
    type_answer(d, "ur2")
    check(wait_text(d, "wait-title", lambda t: t == "آپ کا جواب پہنچ گیا") is not None,
          "another round: the first question is answered again")
    db = sqlite3.connect(os.path.join(OUT, "typed-data", "results.sqlite"))
    sessions = db.execute("SELECT COUNT(*) FROM sessions WHERE player = 'Zainab'").fetchone()[0]
    db.close()
    check(sessions == 2, "Zainab has a session for each round (%d)" % sessions)


def play(d, port, game):
    d.get("http://127.0.0.1:%d/" % port)
    visible(d, "join")
    d.save_screenshot(os.path.join(OUT, "phone_join_en.png"))
    d.find_element(By.ID, "pin").send_keys("0000")
    d.find_element(By.ID, "name").send_keys("Amina")
    d.find_element(By.CSS_SELECTOR, "#join-form button").click()
    err = wait_text(d, "error", lambda t: t != "")
    check(err == "That is not the PIN on the screen", "a wrong PIN is refused on the page")
    pin = d.find_element(By.ID, "pin")
    pin.clear()
    pin.send_keys(PIN)
    d.find_element(By.CSS_SELECTOR, "#join-form button").click()
    check(wait_text(d, "wait-title", lambda t: t == "You are in!") is not None, "joined")
    st, bot = post(port, "/api/join", {"pin": PIN, "name": "Bot \u0628"})
    check(st == 200, "a second phone joins")
    time.sleep(0.5)
    shot("projector_lobby.png")
    teacher("Return")
    kind = None
    try:
        visible(d, "ask", timeout=10)
        d.save_screenshot(os.path.join(OUT, "phone_question_en.png"))
        check(no_overflow(d), "question page: nothing wider than the phone")
        kind = answer_in_browser(d)
    except Exception as e:
        check(False, "the question reached the browser (%r)" % e)
    check(wait_text(d, "wait-title", lambda t: t == "Your answer is in") is not None,
          "the answer is acknowledged (%s)" % kind)
    shot("projector_count.png")
    check(bot_answer(port, bot["token"]) == 200, "the second phone answers")
    verdict = wait_text(d, "verdict", lambda t: t in ("Right!", "Wrong", "Partly right"))
    check(verdict is not None, "the page shows the verdict after the reveal (%r)" % verdict)
    place = d.find_element(By.ID, "place").text
    check(place.startswith("Place ") and place.endswith(" of 2"), "the page shows the place: " + place)
    time.sleep(0.3)
    shot("projector_reveal.png")
    d.save_screenshot(os.path.join(OUT, "phone_result_en.png"))

    # Urdu: the page's own language button.
    d.find_element(By.ID, "lang").click()
    WebDriverWait(d, 10).until(lambda d: d.execute_script("return document.documentElement.dir") == "rtl")
    check(d.find_element(By.ID, "verdict").text in ("درست!", "غلط", "جزوی طور پر درست"),
          "the verdict in Urdu")
    fonts = d.execute_async_script(
        "var done = arguments[0]; document.fonts.load('20px \"Aman Nastaliq\"', '\u06d2')"
        ".then(function (f) { done(f.length); }, function () { done(-1); });")
    check(fonts == 1, "the game's Nastaliq font loads through @font-face")
    d.save_screenshot(os.path.join(OUT, "phone_result_ur.png"))
    teacher("Return")
    try:
        visible(d, "ask", timeout=10)
        time.sleep(0.3)
        d.save_screenshot(os.path.join(OUT, "phone_question_ur.png"))
        check(no_overflow(d), "Urdu question page: nothing wider than the phone")
        count = d.find_element(By.ID, "ask-count").text
        check(count.startswith("سوال 2"), "question 2 in Urdu: " + count)
        answer_in_browser(d)
    except Exception as e:
        check(False, "the second question reached the browser (%r)" % e)
    check(wait_text(d, "wait-title", lambda t: t == "آپ کا جواب پہنچ گیا") is not None,
          "the answer is acknowledged in Urdu")
    # A reload: the same player, with the same score, from the token kept on the phone.
    me = d.find_element(By.ID, "me").text
    d.refresh()
    check(wait_text(d, "wait-title", lambda t: t == "آپ کا جواب پہنچ گیا") is not None,
          "after a reload: the same player, answer still in")
    check(d.find_element(By.ID, "me").text == me, "after a reload: the same name and score")
    check(bot_answer(port, bot["token"]) == 200, "the second phone answers question 2")
    verdict = wait_text(d, "verdict", lambda t: t != "")
    check(verdict in ("درست!", "غلط", "جزوی طور پر درست"), "the second verdict in Urdu")
    time.sleep(0.3)
    d.save_screenshot(os.path.join(OUT, "phone_result2_ur.png"))
    shot("projector_reveal2.png")
    check(game.poll() is None, "the game is still running")
    # Each answer is stored with the language the phone showed it in.
    db = sqlite3.connect(os.path.join(OUT, "data", "results.sqlite"))
    langs = [r[0] for r in db.execute(
        "SELECT lang FROM answers WHERE session = (SELECT MIN(session) FROM answers) ORDER BY id")]
    db.close()
    check(langs == ["en", "ur"], "Amina's answers stored in English then Urdu (%r)" % langs)


main()
check.finish("a real browser played two questions, English and Urdu")
