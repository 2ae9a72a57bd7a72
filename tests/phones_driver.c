/* phones_driver: the phones' web server (game/net/phones.h) without the
 * game, driven line by line on stdin, for tests/test_phones_http.sh and
 * bench/bench_phones.py. Listens on 127.0.0.1 only.
 *
 * usage: phones_driver SRCDIR MO_UR PORT PIN CAP [TEAM...]
 * commands (one line each; every one answers one line on stdout):
 *   open KIND N RIGHTMASK LIMIT_MS   KIND choice|multi|truefalse|number|text;
 *                                    for truefalse RIGHTMASK 1 = true; for
 *                                    number the right answer is RIGHTMASK
 *                                    exactly; text accepts "Pakistan" or
 *                                    "پاکستان" (N and RIGHTMASK unused)
 *   reveal | end | kick PLAYER | status | quit
 * status prints one JSON object: phase, present, answered, expected,
 * dist, version and scores (every player's name -> score, present or not). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phones.h"

static void status(PhoneServer *s)
{
    Room *r = phones_lock(s);
    int counts[ROOM_MAX_CHOICES];
    int n = room_distribution(r, counts);
    json_t *dist = json_array(), *scores = json_object(), *places = json_object();
    for (int i = 0; i < n; i++)
        json_array_append_new(dist, json_integer(counts[i]));
    for (size_t i = 0; i < room_size(r); i++) {
        const RoomPlayer *p = room_player(r, (int)i);
        json_object_set_new(scores, p->name, json_integer(p->score));
        json_object_set_new(places, p->name, json_integer(p->place));
    }
    static const char *const phases[] = {"lobby", "asking", "revealed", "ended"};
    json_t *j = json_pack("{s:s,s:i,s:i,s:i,s:o,s:o,s:o,s:I}", "phase", phases[room_phase(r)],
                          "present", room_present(r), "answered", room_answered(r), "expected",
                          room_expected(r), "dist", dist, "scores", scores, "places", places,
                          "version", (json_int_t)room_version(r));
    phones_unlock(s);
    char *out = json_dumps(j, JSON_COMPACT);
    printf("%s\n", out);
    free(out);
    json_decref(j);
}

static void open_question(PhoneServer *s, const char *line, int *index)
{
    char kind[16];
    int n = 0;
    double right = 0;
    long limit = 0;
    if (sscanf(line, "open %15s %d %lf %ld", kind, &n, &right, &limit) != 4) {
        printf("error: open KIND N RIGHTMASK LIMIT_MS\n");
        return;
    }
    static const char *const names[] = {"choice", "multi", "truefalse", "number", "text"};
    static const char *const texts[] = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"};
    RoomQuestion q = {.text = "Which?", .points = 100, .time_limit_ms = limit};
    for (int k = 0; k < 5; k++)
        if (strcmp(kind, names[k]) == 0)
            q.kind = (RoomKind)k;
    q.n_choices = n;
    unsigned mask = (unsigned)right;
    int n_right = __builtin_popcount(mask);
    for (int i = 0; i < n && i < ROOM_MAX_CHOICES; i++) {
        q.choices[i] = texts[i];
        q.weights[i] = mask & 1u << i ? 1.0 / (n_right ? n_right : 1) : 0;
    }
    if (q.kind == RQ_TEXT) {
        q.n_choices = 1, q.weights[0] = 1;
        q.choices[0] = "Pakistan", q.choices_ur[0] = "پاکستان";
    }
    q.tf_answer = mask & 1;
    q.num_min = q.num_max = q.num_value = right;
    Room *r = phones_lock(s);
    RoomError e = room_open(r, &q, *index, 1000, phones_now());
    phones_unlock(s);
    if (e == ROOM_OK)
        printf("ok %d\n", (*index)++);
    else
        printf("error: %s\n", room_error_code(e));
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: phones_driver SRCDIR MO_UR PORT PIN CAP [TEAM...]\n");
        return 2;
    }
    PhonesConfig cfg = {.bind = "127.0.0.1",
                        .data_dir = argv[1],
                        .mo_ur = argv[2],
                        .port = atoi(argv[3]),
                        .pin = argv[4],
                        .cap = atoi(argv[5]),
                        .teams = (const char *const *)argv + 6,
                        .n_teams = argc - 6};
    char err[512];
    PhoneServer *s = phones_start(&cfg, err, sizeof err);
    if (!s) {
        fprintf(stderr, "phones_driver: %s\n", err);
        return 1;
    }
    printf("listening on http://127.0.0.1:%d/\n", phones_port(s));
    fflush(stdout);
    char line[256];
    int index = 0;
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "open ", 5) == 0) {
            open_question(s, line, &index);
        } else if (strcmp(line, "reveal") == 0 || strcmp(line, "end") == 0) {
            Room *r = phones_lock(s);
            bool ok = line[0] == 'r' ? room_reveal(r) : (room_end(r), true);
            phones_unlock(s);
            printf(ok ? "ok\n" : "error: nothing to reveal\n");
        } else if (strncmp(line, "kick ", 5) == 0) {
            Room *r = phones_lock(s);
            bool ok = room_kick(r, atoi(line + 5));
            phones_unlock(s);
            printf(ok ? "ok\n" : "error: no such player\n");
        } else if (strcmp(line, "status") == 0) {
            status(s);
        } else if (strcmp(line, "quit") == 0) {
            break;
        } else {
            printf("error: unknown command '%s'\n", line);
        }
        fflush(stdout);
    }
    phones_stop(s);
    return 0;
}
