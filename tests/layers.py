#!/usr/bin/env python3
"""The layers of the game, checked on the object files with nm.

usage: layers.py BUILD_DIR
Fails (exit 1, one line per problem) when an object file of the SDL layer
uses a symbol defined in a higher layer, when the object files (core
excluded) call each other in a cycle, or when a core object file or a
core Check suite refers to SDL. Layers, lowest first, as in
docs/architecture.md: core, fleet, net, audio, render, ui, scenes, devtools, app."""
import os
import re
import subprocess
import sys

LAYERS = ["core", "fleet", "net", "audio", "render", "ui", "scenes", "devtools", "app"]


def layer_of(path):
    parts = path.replace(os.sep, "/").split("/")
    for i in range(len(parts) - 1, -1, -1):
        if parts[i].endswith(".dir") and i + 1 < len(parts) and parts[i + 1] in LAYERS:
            return parts[i + 1]
    return None


def symbols(path):
    out = subprocess.run(["nm", path], capture_output=True, text=True, check=True).stdout
    defs, uses = set(), set()
    for line in out.splitlines():
        p = line.split()
        if len(p) == 2 and p[0] == "U":
            uses.add(p[1])
        elif len(p) == 3 and p[1] in "TDBRC":
            defs.add(p[2])
    return defs, uses


def find_cycle(edges):
    """The largest strongly connected component (Tarjan), or []."""
    index, low, stack, on, best, n = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        nonlocal best
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > len(best):
                best = comp

    for v in edges:
        if v not in index:
            visit(v)
    return best if len(best) > 1 else []


def sdl_suites():
    """The suites tests/CMakeLists.txt lets link the SDL layer (AMAN_SDL_SUITES)."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "CMakeLists.txt"), encoding="utf-8") as f:
        m = re.search(r"set\(AMAN_SDL_SUITES ([^)]*)\)", f.read())
    return set(m.group(1).split()) if m else set()


def main():
    build = sys.argv[1]
    objs = {}
    for root, _, files in os.walk(os.path.join(build, "game")):
        for f in files:
            if f.endswith(".o"):
                path = os.path.join(root, f)
                layer = layer_of(path)
                if layer:
                    objs[path] = layer
    if len(objs) < 20 or "core" not in objs.values() or "app" not in objs.values():
        print(f"layers: only {len(objs)} object files found under {build}/game: not built?")
        return 1
    info = {o: symbols(o) for o in objs}
    where = {}
    for o, (defs, _) in info.items():
        for s in defs:
            where.setdefault(s, o)
    name = lambda o: objs[o] + "/" + os.path.basename(o).replace(".c.o", ".c")
    problems = []
    edges = {}
    for o, (_, uses) in info.items():
        edges[o] = set()
        for s in sorted(uses):
            d = where.get(s)
            if not d or d == o:
                continue
            if LAYERS.index(objs[d]) > LAYERS.index(objs[o]):
                problems.append(f"{name(o)}: calls up a layer: '{s}' of {name(d)}")
            if objs[o] != "core":
                edges[o].add(d)
        if objs[o] == "core" and any(s.startswith(("SDL_", "TTF_", "IMG_")) for s in uses):
            problems.append(f"{name(o)}: core refers to SDL")
    cycle = find_cycle({o: {d for d in e if objs[d] != "core"} for o, e in edges.items() if objs[o] != "core"})
    if cycle:
        problems.append("cycle among: " + " ".join(sorted(name(o) for o in cycle)))
    suites = [f for f in os.listdir(os.path.join(build, "tests")) if f.startswith("check_")]
    for s in sorted(suites):
        path = os.path.join(build, "tests", s)
        if s in sdl_suites() or not os.access(path, os.X_OK):
            continue
        if any(u.startswith(("SDL_", "TTF_", "IMG_")) for u in symbols(path)[1] | symbols(path)[0]):
            problems.append(f"tests/{s}: a core suite links SDL")
    for p in problems:
        print("layers: error: " + p)
    print(f"layers: {len(objs)} object files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
