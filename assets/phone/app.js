/* Aman Quiz on a phone: join with the room PIN and a name, then answer the
 * question on the projector. Plain ES2017, no framework, nothing from the
 * internet. The protocol is docs/phone-protocol.md; every string shown is
 * a msgid of game/net/phonestr.c, translated by GET /api/strings. Text
 * from the game (names, questions) is only ever set as textContent. */
"use strict";

var S = {};          /* msgid -> text in the page's language */
var lang = "en";
var token = null;
var view = null;
var source = null;
var picked = 0;      /* multi-select mask */
var retry = null;

function $(id) { return document.getElementById(id); }

function store(key, value) {
  try {
    if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value);
  } catch (e) { /* private mode: the phone then rejoins after a reload */ }
}

function load(key) {
  try { return localStorage.getItem(key); } catch (e) { return null; }
}

/* The translation of msgid with %d / %s / %g filled in order, or by
 * position (%2$d) where a translation reorders them. */
function t(msgid) {
  var args = Array.prototype.slice.call(arguments, 1);
  var next = 0;
  return (S[msgid] || msgid).replace(/%(?:([1-9])\$)?[dsg]/g, function (m, pos) {
    var v = args[pos ? Number(pos) - 1 : next++];
    return v === undefined ? "" : String(v);
  });
}

function show(id) {
  ["join", "wait", "ask", "result"].forEach(function (s) { $(s).hidden = s !== id; });
}

function say(msgid) {
  $("error").textContent = msgid ? t(msgid) : "";
  $("error").hidden = !msgid;
}

function banner(msgid) {
  $("banner").textContent = msgid ? t(msgid) : "";
  $("banner").hidden = !msgid;
}

async function loadStrings(l) {
  try {
    var r = await fetch("/api/strings?lang=" + l);
    var j = await r.json();
    S = j.s;
    lang = j.lang;
    document.documentElement.lang = j.lang;
    document.documentElement.dir = j.dir;
  } catch (e) {
    S = {};
  }
  var els = document.querySelectorAll("[data-t]");
  for (var i = 0; i < els.length; i++) els[i].textContent = t(els[i].getAttribute("data-t"));
  document.title = t("Aman Quiz");
  $("lang").textContent = lang === "ur" ? "English" : "اردو";
  $("lang").lang = lang === "ur" ? "en" : "ur";
  if (view) render(view);
}

async function post(path, body) {
  var r = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body)
  });
  var j = {};
  try { j = await r.json(); } catch (e) { /* not JSON: a proxy's page */ }
  return { ok: r.ok, status: r.status, body: j };
}

async function join(ev) {
  ev.preventDefault();
  say(null);
  var body = { pin: $("pin").value.trim(), name: $("name").value };
  if (!$("team-row").hidden) body.team = Number($("team").value);
  try {
    var r = await post("/api/join", body);
    if (!r.ok) return say(r.body.message || "The server is busy; try again");
    token = r.body.token;
    store("aman.token", token);
    connect();
  } catch (e) {
    say("Cannot reach the game; check the Wi-Fi");
  }
}

async function answer(body) {
  body.token = token;
  body.q = view.q.index;
  body.lang = lang;
  say(null);
  try {
    var r = await post("/api/answer", body);
    if (!r.ok) return say(r.body.message || "The server is busy; try again");
    view.q.answered = true;
    render(view);
  } catch (e) {
    say("Cannot reach the game; check the Wi-Fi");
  }
}

function leave(msgid) {
  if (source) source.close();
  source = null;
  token = null;
  view = null;
  store("aman.token", null);
  show("join");
  say(msgid);
}

/* The push stream; EventSource reconnects by itself with Last-Event-ID.
 * When it gives up (the game refused the token), ask why once. */
function connect() {
  if (source) source.close();
  source = new EventSource("/api/events?token=" + encodeURIComponent(token));
  source.addEventListener("state", function (e) {
    banner(null);
    render(JSON.parse(e.data));
  });
  source.onerror = function () {
    /* After the end the game may simply have closed: no alarm then. */
    if (!view || view.phase !== "ended") banner("Reconnecting...");
    if (source.readyState === EventSource.CLOSED) {
      clearTimeout(retry);
      retry = setTimeout(resume, 2000);
    }
  };
}

/* After a reload, a locked screen or a lost Wi-Fi: the same player again. */
async function resume() {
  if (!token) return show("join");
  try {
    var r = await fetch("/api/state?token=" + encodeURIComponent(token));
    if (r.status === 403) return leave(null);
    if (!r.ok) throw new Error(r.status);
    render(await r.json());
    connect();
  } catch (e) {
    banner("Cannot reach the game; check the Wi-Fi");
    clearTimeout(retry);
    retry = setTimeout(resume, 3000);
  }
}

function badge(i) {
  var b = document.createElement("span");
  b.className = "badge b" + i;
  b.textContent = "ABCDEF"[i];
  return b;
}

function choiceButton(i, label, onclick) {
  var b = document.createElement("button");
  b.type = "button";
  b.className = "choice";
  b.appendChild(badge(i));
  var s = document.createElement("span");
  s.className = "answer-text";
  s.textContent = label;
  b.appendChild(s);
  b.addEventListener("click", onclick);
  return b;
}

function submitButton(onclick) {
  var b = document.createElement("button");
  b.type = "button";
  b.className = "primary";
  b.textContent = t("Submit");
  b.addEventListener("click", onclick);
  return b;
}

function choices(q) {
  return lang === "ur" ? q.choices_ur : q.choices;
}

function drawPad(q) {
  var pad = $("pad");
  pad.textContent = "";
  var hint = "";
  if (q.kind === "choice") {
    hint = "Choose one answer";
    choices(q).forEach(function (c, i) {
      pad.appendChild(choiceButton(i, c, function () { answer({ choice: i }); }));
    });
  } else if (q.kind === "multi") {
    hint = "Choose every right answer, then Submit";
    picked = 0;
    choices(q).forEach(function (c, i) {
      var b = choiceButton(i, c, function () {
        picked ^= 1 << i;
        b.setAttribute("aria-pressed", picked & (1 << i) ? "true" : "false");
      });
      b.setAttribute("aria-pressed", "false");
      pad.appendChild(b);
    });
    pad.appendChild(submitButton(function () { if (picked) answer({ mask: picked }); }));
  } else if (q.kind === "truefalse") {
    hint = "Choose one answer";
    pad.appendChild(choiceButton(0, t("True"), function () { answer({ tf: true }); }));
    pad.appendChild(choiceButton(1, t("False"), function () { answer({ tf: false }); }));
  } else if (q.kind === "text") {
    hint = "Type your answer";
    drawTyped(pad);
  } else {
    hint = "Type a number";
    var input = document.createElement("input");
    input.id = "number";
    input.inputMode = "decimal";
    input.setAttribute("aria-label", t("Type a number"));
    pad.appendChild(input);
    pad.appendChild(submitButton(function () {
      var v = Number(input.value.replace(",", ".").replace(/[۰-۹]/g, function (d) {
        return String(d.charCodeAt(0) - 0x6f0);
      }));
      if (input.value.trim() !== "" && isFinite(v)) answer({ number: v });
      else say("Type a number");
    }));
  }
  $("ask-hint").textContent = t(hint);
}

/* A short answer: a text field in either script (dir=auto follows what is
 * typed), sent with Submit or the keyboard's Enter. */
function drawTyped(pad) {
  var form = document.createElement("form");
  form.id = "typed";
  form.autocomplete = "off";
  var input = document.createElement("input");
  input.id = "text";
  input.dir = "auto";
  input.maxLength = 40;
  input.setAttribute("autocapitalize", "off");
  input.setAttribute("enterkeyhint", "send");
  input.spellcheck = false;
  input.setAttribute("aria-label", t("Type your answer"));
  form.appendChild(input);
  var b = submitButton(function () {});
  b.type = "submit";
  form.appendChild(b);
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (input.value.trim() !== "") answer({ text: input.value });
    else say("Type your answer");
  });
  pad.appendChild(form);
}

function rightAnswer(q) {
  if (q.kind === "truefalse") return t(q.right_tf ? "True" : "False");
  if (q.kind === "number") return String(q.right_number);
  if (q.kind === "text") return lang === "ur" ? q.right_text_ur : q.right_text;
  var c = choices(q);
  return q.right.map(function (i) { return "ABCDEF"[i] + " " + c[i]; }).join(" · ");
}

function drawResult(v) {
  var q = v.q;
  var el = $("verdict");
  var msgid = !q.answered ? "No answer" : q.fraction >= 1 ? "Right!" :
    q.fraction > 0 ? "Partly right" : "Wrong";
  el.textContent = t(msgid);
  el.className = "verdict " + (q.fraction > 0 ? "right" : "wrong");
  $("points").textContent = t("%d points", q.points);
  $("right").textContent = t("The right answer: %s", rightAnswer(q));
  $("place").textContent = t("Place %d of %d", v.you.place, v.you.players);
  $("score").textContent = t("Score: %d", v.you.score);
  show("result");
}

function wait(title, text) {
  $("wait-title").textContent = title;
  $("wait-text").textContent = text;
  show("wait");
}

function render(v) {
  var fresh = !view || !view.q || !v.q || view.q.index !== v.q.index || view.phase !== v.phase;
  view = v;
  /* The name isolated (bdi), so a name in the other script cannot reorder the line. */
  var me = $("me");
  me.textContent = "";
  var bdi = document.createElement("bdi");
  bdi.textContent = v.you.name;
  me.appendChild(bdi);
  if (v.phase !== "lobby") me.appendChild(document.createTextNode(" · " + t("Score: %d", v.you.score)));
  if (v.phase === "kicked") return leave("You were removed from the game");
  if (v.phase === "lobby") return wait(t("You are in!"), t("Waiting for the teacher to start"));
  /* Over: the stream stays open, as the teacher may start another round
     with the same phones (the room goes back to its lobby). */
  if (v.phase === "ended") {
    if (v.you.passed !== undefined)
      return wait(t("The game is over"), t(v.you.passed ? "You passed" : "You did not pass this time"));
    return wait(t("The game is over"), t("Place %d of %d", v.you.place, v.you.players));
  }
  if (v.phase === "revealed") return drawResult(v);
  var q = v.q;
  if (q.late) return wait(t("You are in!"), t("You joined during this question; wait for the next"));
  if (q.answered) return wait(t("Your answer is in"), t("Look at the screen: the next question is coming"));
  $("ask-count").textContent = t("Question %d of %d", q.index + 1, q.total);
  $("ask-text").textContent = lang === "ur" ? q.text_ur : q.text;
  if (fresh || $("ask").hidden) {
    say(null);
    drawPad(q);
  }
  show("ask");
}

function teams(v) {
  var sel = $("team");
  sel.textContent = "";
  (v || []).forEach(function (name, i) {
    var o = document.createElement("option");
    o.value = String(i);
    o.textContent = name;
    sel.appendChild(o);
  });
  $("team-row").hidden = !v || v.length === 0;
}

/* Training: the name is the trainee ID, digits only, as at the keypad. */
function trainees() {
  $("name-label").setAttribute("data-t", "Trainee ID");
  $("name-label").textContent = t("Trainee ID");
  $("name").inputMode = "numeric";
  $("name").maxLength = 12;
}

async function start() {
  $("join-form").addEventListener("submit", join);
  $("lang").addEventListener("click", function () {
    var next = lang === "ur" ? "en" : "ur";
    store("aman.lang", next);
    loadStrings(next);
  });
  var l = load("aman.lang") || ((navigator.language || "").indexOf("ur") === 0 ? "ur" : "en");
  await loadStrings(l);
  try {
    var r = await fetch("/api/teams");
        if (r.ok) {
      var j = await r.json();
      teams(j.teams);
      if (j.trainees) trainees();
    }
  } catch (e) { /* no teams */ }
  token = load("aman.token");
  if (token) resume(); else show("join");
}

start();
