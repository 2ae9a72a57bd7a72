/* The phones' room (game/net/room.h): 40 players joining and answering,
 * grading, places and moves, late joiners, the teacher removing a player,
 * names refused, the cap; and the page's strings (game/net/phonestr.h)
 * translated from the game's own catalog. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phones.h"
#include "phonestr.h"
#include "room.h"
#include "testutil.h"

#define PIN "4821"

static RoomQuestion choice4(unsigned right_mask)
{
    RoomQuestion q = {.kind = RQ_CHOICE, .text = "Which?", .n_choices = 4, .points = 100};
    static const char *const t[] = {"A", "B", "C", "D"};
    for (int i = 0; i < 4; i++) {
        q.choices[i] = t[i];
        q.weights[i] = right_mask & 1u << i ? 1 : 0;
    }
    return q;
}

static int join(Room *r, const char *name, char token[ROOM_TOKEN_LEN + 1])
{
    int player = -1;
    ck_assert_int_eq(room_join(r, PIN, name, -1, &player, token), ROOM_OK);
    return player;
}

START_TEST(forty_players_answer_and_are_ranked)
{
    Room *r = room_new(100, PIN);
    char tokens[40][ROOM_TOKEN_LEN + 1];
    for (int i = 0; i < 40; i++) {
        char name[16];
        snprintf(name, sizeof name, "P%02d", i);
        ck_assert_int_eq(join(r, name, tokens[i]), i);
    }
    ck_assert_int_eq(room_present(r), 40);
    RoomQuestion q = choice4(1u << 2);
    ck_assert_int_eq(room_open(r, &q, 0, 5, 1000), ROOM_OK);
    ck_assert_int_eq(room_expected(r), 40);
    int player;
    for (int i = 0; i < 40; i++) {
        RoomAnswer a = {.mask = 1u << (i % 4)};
        ck_assert_int_eq(room_answer(r, tokens[i], 0, &a, 2000, &player), ROOM_OK);
        ck_assert_int_eq(player, i);
        ck_assert(room_all_answered(r) == (i == 39));
    }
    RoomAnswer again = {.mask = 1};
    ck_assert_int_eq(room_answer(r, tokens[5], 0, &again, 2100, &player), ROOM_ERR_ALREADY);
    int counts[ROOM_MAX_CHOICES];
    ck_assert_int_eq(room_distribution(r, counts), 4);
    for (int c = 0; c < 4; c++)
        ck_assert_int_eq(counts[c], 10);
    ck_assert(room_reveal(r));
    ck_assert_int_eq(room_answer(r, tokens[0], 0, &again, 2200, &player), ROOM_ERR_ALREADY);
    for (int i = 0; i < 40; i++) {
        const RoomPlayer *p = room_player(r, i);
        ck_assert_int_eq(p->score, i % 4 == 2 ? 100 : 0);
        ck_assert_int_eq(p->place, i % 4 == 2 ? 1 : 11); /* ten share the lead */
    }
    int top[5];
    ck_assert_uint_eq(room_leaderboard(r, top, 5), 5);
    ck_assert_int_eq(top[0], 2); /* ties in order of joining */
    ck_assert_int_eq(top[4], 18);
    /* Question 2: P00 alone right; moves from 11th to 1st shared. */
    q = choice4(1);
    ck_assert_int_eq(room_open(r, &q, 1, 5, 3000), ROOM_OK);
    RoomAnswer a0 = {.mask = 1};
    ck_assert_int_eq(room_answer(r, tokens[0], 1, &a0, 3500, &player), ROOM_OK);
    ck_assert(room_reveal(r));
    ck_assert_int_eq(room_player(r, 0)->place, 1);
    ck_assert_int_eq(room_player(r, 0)->move, 10);
    ck_assert_int_eq(room_player(r, 1)->move, -1); /* 11th -> 12th */
    room_free(r);
}
END_TEST

START_TEST(answers_are_refused_with_a_reason)
{
    Room *r = room_new(10, PIN);
    char a_tok[ROOM_TOKEN_LEN + 1], b_tok[ROOM_TOKEN_LEN + 1];
    join(r, "Amina", a_tok);
    join(r, "Bilal", b_tok);
    int player;
    RoomAnswer one = {.mask = 1};
    ck_assert_int_eq(room_answer(r, a_tok, 0, &one, 0, &player), ROOM_ERR_NOT_ASKING);
    RoomQuestion q = choice4(1);
    q.time_limit_ms = 1000;
    room_open(r, &q, 0, 3, 0);
    ck_assert_int_eq(room_answer(r, "0123456789abcdef0123456789abcdef", 0, &one, 10, &player),
                     ROOM_ERR_TOKEN);
    ck_assert_int_eq(player, -1);
    ck_assert_int_eq(room_answer(r, a_tok, 1, &one, 10, &player), ROOM_ERR_STALE);
    RoomAnswer two = {.mask = 3}, none = {.mask = 0}, far = {.mask = 1u << 5};
    ck_assert_int_eq(room_answer(r, a_tok, 0, &two, 10, &player), ROOM_ERR_ANSWER);
    ck_assert_int_eq(room_answer(r, a_tok, 0, &none, 10, &player), ROOM_ERR_ANSWER);
    ck_assert_int_eq(room_answer(r, a_tok, 0, &far, 10, &player), ROOM_ERR_ANSWER);
    ck_assert_int_eq(room_answer(r, b_tok, 0, &one, 1000, &player), ROOM_ERR_TIME);
    ck_assert_int_eq(room_answered(r), 0); /* nothing refused counted */
    ck_assert(room_kick(r, 1));
    ck_assert_int_eq(room_answer(r, b_tok, 0, &one, 10, &player), ROOM_ERR_TOKEN);
    ck_assert_int_eq(room_expected(r), 1);
    room_end(r);
    ck_assert_int_eq(room_answer(r, a_tok, 0, &one, 20, &player), ROOM_ERR_ENDED);
    ck_assert_int_eq(room_join(r, PIN, "Late", -1, &player, a_tok), ROOM_ERR_ENDED);
    room_free(r);
}
END_TEST

/* Another round with the same phones: after the end the room goes back to
 * its lobby with the same players (tokens, names; the removed stay out),
 * scores and answers cleared, and question 1 may be answered again. */
START_TEST(a_room_that_ended_plays_another_round)
{
    Room *r = room_new(10, PIN);
    char a_tok[ROOM_TOKEN_LEN + 1], b_tok[ROOM_TOKEN_LEN + 1], c_tok[ROOM_TOKEN_LEN + 1];
    join(r, "Amina", a_tok);
    join(r, "Bilal", b_tok);
    join(r, "Chen", c_tok);
    ck_assert(!room_restart(r)); /* not over yet: nothing changes */
    ck_assert_int_eq(room_phase(r), ROOM_LOBBY);
    RoomQuestion q = choice4(1);
    int player;
    RoomAnswer one = {.mask = 1};
    ck_assert_int_eq(room_open(r, &q, 0, 1, 0), ROOM_OK);
    ck_assert_int_eq(room_answer(r, a_tok, 0, &one, 10, &player), ROOM_OK);
    ck_assert(room_reveal(r));
    ck_assert(room_kick(r, 2));
    room_end(r);
    ck_assert_int_eq(room_player(r, 0)->score, 100);
    uint64_t before = room_version(r);

    ck_assert(room_restart(r));
    ck_assert_int_gt(room_version(r), before);
    ck_assert_int_eq(room_phase(r), ROOM_LOBBY);
    ck_assert_ptr_null(room_question(r));
    ck_assert_int_eq(room_present(r), 2);
    ck_assert(!room_player(r, 2)->present);
    ck_assert_str_eq(room_player(r, 0)->name, "Amina");
    ck_assert_int_eq(room_player(r, 0)->score, 0);
    ck_assert_int_eq(room_player(r, 0)->place, 0);
    ck_assert(!room_player(r, 0)->answered);
    ck_assert_int_eq(room_player(r, 0)->passed, -1);
    ck_assert_int_eq(room_player_by_token(r, b_tok), 1);
    ck_assert_int_eq(room_open(r, &q, 0, 1, 100), ROOM_OK);
    ck_assert_int_eq(room_answer(r, a_tok, 0, &one, 110, &player), ROOM_OK);
    ck_assert_int_eq(room_answer(r, c_tok, 0, &one, 110, &player), ROOM_ERR_TOKEN);
    ck_assert(room_reveal(r));
    ck_assert_int_eq(room_player(r, 0)->score, 100);
    room_free(r);
}
END_TEST

START_TEST(a_late_joiner_waits_for_the_next_question)
{
    Room *r = room_new(10, PIN);
    char a[ROOM_TOKEN_LEN + 1], late[ROOM_TOKEN_LEN + 1];
    join(r, "Amina", a);
    RoomQuestion q = choice4(1);
    room_open(r, &q, 0, 2, 0);
    int l = join(r, "Late", late), player;
    ck_assert(room_player(r, l)->late);
    ck_assert_int_eq(room_expected(r), 1);
    RoomAnswer one = {.mask = 1};
    ck_assert_int_eq(room_answer(r, late, 0, &one, 5, &player), ROOM_ERR_LATE_JOIN);
    ck_assert_int_eq(room_answer(r, a, 0, &one, 5, &player), ROOM_OK);
    ck_assert(room_all_answered(r));
    room_reveal(r);
    room_open(r, &q, 1, 2, 100);
    ck_assert(!room_player(r, l)->late);
    ck_assert_int_eq(room_expected(r), 2);
    ck_assert_int_eq(room_answer(r, late, 1, &one, 105, &player), ROOM_OK);
    room_free(r);
}
END_TEST

START_TEST(grading_follows_the_quiz_rules)
{
    RoomQuestion multi = {.kind = RQ_MULTI, .n_choices = 4, .weights = {0.5, -0.5, 0.5, 0}};
    ck_assert_double_eq(room_grade(&multi, &(RoomAnswer){.mask = 5}), 1);
    ck_assert_double_eq(room_grade(&multi, &(RoomAnswer){.mask = 1}), 0.5);
    ck_assert_double_eq(room_grade(&multi, &(RoomAnswer){.mask = 3}), 0);
    ck_assert_double_eq(room_grade(&multi, &(RoomAnswer){.mask = 2}), 0); /* clamped */
    RoomQuestion tf = {.kind = RQ_TRUEFALSE, .tf_answer = false};
    ck_assert_double_eq(room_grade(&tf, &(RoomAnswer){.tf = false}), 1);
    ck_assert_double_eq(room_grade(&tf, &(RoomAnswer){.tf = true}), 0);
    RoomQuestion num = {.kind = RQ_NUMBER, .num_min = 1946.5, .num_max = 1947.5};
    ck_assert_double_eq(room_grade(&num, &(RoomAnswer){.number = 1947}), 1);
    ck_assert_double_eq(room_grade(&num, &(RoomAnswer){.number = 1948}), 0);
    /* The speed bonus falls from its maximum to 0 at the limit. */
    Room *r = room_new(10, PIN);
    char t1[ROOM_TOKEN_LEN + 1], t2[ROOM_TOKEN_LEN + 1];
    int p1 = join(r, "Fast", t1), p2 = join(r, "Slow", t2), player;
    RoomQuestion q = choice4(1);
    q.time_limit_ms = 10000;
    q.speed_bonus_max = 50;
    room_open(r, &q, 0, 1, 0);
    room_answer(r, t1, 0, &(RoomAnswer){.mask = 1}, 0, &player);
    room_answer(r, t2, 0, &(RoomAnswer){.mask = 1}, 5000, &player);
    room_reveal(r);
    ck_assert_int_eq(room_player(r, p1)->last_points, 150);
    ck_assert_int_eq(room_player(r, p2)->last_points, 125);
    /* The game's session may replace the verdict. */
    ck_assert(room_set_result(r, p2, 1, 90, 90, 2));
    ck_assert_int_eq(room_player(r, p2)->score, 90);
    room_free(r);
}
END_TEST

START_TEST(names_are_refused_not_repaired)
{
    Room *r = room_new(3, PIN);
    char tok[ROOM_TOKEN_LEN + 1];
    int p;
    struct {
        const char *name;
        RoomError want;
    } cases[] = {
        {"", ROOM_ERR_NAME_EMPTY},
        {"    ", ROOM_ERR_NAME_EMPTY},
        {"bell\a", ROOM_ERR_NAME_CHARS},
        {"tab\tname", ROOM_ERR_NAME_CHARS},
        {"\xE2\x80\xAE"
         "evil",
         ROOM_ERR_NAME_CHARS}, /* U+202E RIGHT-TO-LEFT OVERRIDE */
        {"a\xE2\x81\xA7"
         "b",
         ROOM_ERR_NAME_CHARS}, /* U+2067 RIGHT-TO-LEFT ISOLATE */
        {"\xE2\x80\x8F"
         "mark",
         ROOM_ERR_NAME_CHARS},                          /* U+200F RIGHT-TO-LEFT MARK */
        {"zero\xE2\x80\x8Bwidth", ROOM_ERR_NAME_CHARS}, /* U+200B */
        {"\xFF\xFE", ROOM_ERR_NAME_UTF8},
        {"\xC0\xAF", ROOM_ERR_NAME_UTF8},         /* overlong '/' */
        {"\xED\xA0\x80", ROOM_ERR_NAME_UTF8},     /* a surrogate */
        {"\xF4\x90\x80\x80", ROOM_ERR_NAME_UTF8}, /* past U+10FFFF */
        {"cut\xE2\x80", ROOM_ERR_NAME_UTF8},
        {"abcdefghijklmnopqrstuvwxy", ROOM_ERR_NAME_LONG}, /* 25 characters */
        {"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
         "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
         "\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
         "\xF0\x9F\x98\x80",
         ROOM_ERR_NAME_LONG}, /* 16 emoji: 64 bytes */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_msg(room_join(r, PIN, cases[i].name, -1, &p, tok) == cases[i].want, "case %zu",
                      i);
    ck_assert_int_eq(room_join(r, "0000", "Amina", -1, &p, tok), ROOM_ERR_PIN);
    ck_assert_int_eq(room_join(r, NULL, "Amina", -1, &p, tok), ROOM_ERR_PIN);
    ck_assert_int_eq(room_join(r, PIN, "  Amina ", -1, &p, tok), ROOM_OK);
    ck_assert_str_eq(room_player(r, p)->name, "Amina");
    ck_assert_int_eq(room_join(r, PIN, "Amina", -1, &p, tok), ROOM_ERR_NAME_TAKEN);
    ck_assert_int_eq(room_join(r, PIN, "abcdefghijklmnopqrstuvwx", -1, &p, tok), ROOM_OK);
    ck_assert_int_eq(room_join(r, PIN, "زینب", -1, &p, tok), ROOM_OK);
    ck_assert_int_eq(room_join(r, PIN, "Full", -1, &p, tok), ROOM_ERR_FULL);
    ck_assert_int_eq(room_present(r), 3);
    room_kick(r, 0); /* a removed player frees a place and a name */
    ck_assert_int_eq(room_join(r, PIN, "Amina", -1, &p, tok), ROOM_OK);
    room_free(r);
}
END_TEST

START_TEST(training_takes_trainee_ids_only)
{
    Room *r = room_new(10, PIN);
    room_set_trainees(r, true);
    char tok[ROOM_TOKEN_LEN + 1];
    int p;
    ck_assert_int_eq(room_join(r, PIN, "Amina", -1, &p, tok), ROOM_ERR_TRAINEE);
    ck_assert_int_eq(room_join(r, PIN, "", -1, &p, tok), ROOM_ERR_TRAINEE);
    ck_assert_int_eq(room_join(r, PIN, "1234567890123", -1, &p, tok), ROOM_ERR_TRAINEE);
    ck_assert_int_eq(room_join(r, PIN, " 1042 ", -1, &p, tok), ROOM_OK);
    ck_assert_str_eq(room_player(r, p)->name, "1042");
    ck_assert_int_eq(room_player(r, p)->passed, -1);
    ck_assert(room_set_passed(r, p, true));
    char *v = phones_view_json(r, p, 0);
    ck_assert_ptr_nonnull(strstr(v, "\"passed\":true"));
    free(v);
    room_free(r);
}
END_TEST

START_TEST(teams_are_chosen_and_averaged)
{
    Room *r = room_new(10, PIN);
    const char *names[] = {"Red", "Blue"};
    room_set_teams(r, names, 2);
    char tok[5][ROOM_TOKEN_LEN + 1];
    int p[5], player;
    ck_assert_int_eq(room_join(r, PIN, "none", -1, &p[0], tok[0]), ROOM_ERR_TEAM);
    ck_assert_int_eq(room_join(r, PIN, "far", 2, &p[0], tok[0]), ROOM_ERR_TEAM);
    const int team[5] = {0, 0, 0, 1, 1};
    for (int i = 0; i < 5; i++) {
        char n[8];
        snprintf(n, sizeof n, "T%d", i);
        ck_assert_int_eq(room_join(r, PIN, n, team[i], &p[i], tok[i]), ROOM_OK);
    }
    RoomQuestion q = choice4(1);
    room_open(r, &q, 0, 1, 0);
    for (int i = 0; i < 5; i++)
        room_answer(r, tok[i], 0, &(RoomAnswer){.mask = i == 0 || i == 3 ? 1u : 2u}, 0, &player);
    room_reveal(r);
    ck_assert_double_eq_tol(room_team_score(r, 0), 100.0 / 3, 1e-9);
    ck_assert_double_eq(room_team_score(r, 1), 50);
    room_free(r);
}
END_TEST

START_TEST(tokens_are_random_and_found_again)
{
    Room *r = room_new(ROOM_MAX_CAP, NULL);
    ck_assert_uint_eq(strlen(room_pin(r)), ROOM_PIN_LEN);
    char tok[200][ROOM_TOKEN_LEN + 1];
    for (int i = 0; i < 200; i++) {
        char n[8];
        snprintf(n, sizeof n, "N%d", i);
        int p;
        ck_assert_int_eq(room_join(r, room_pin(r), n, -1, &p, tok[i]), ROOM_OK);
        ck_assert_uint_eq(strlen(tok[i]), ROOM_TOKEN_LEN);
        for (int k = 0; k < i; k++)
            ck_assert_str_ne(tok[i], tok[k]);
    }
    ck_assert_int_eq(room_player_by_token(r, tok[123]), 123);
    ck_assert_int_eq(room_player_by_token(r, "short"), -1);
    ck_assert_int_eq(room_player_by_token(r, NULL), -1);
    room_free(r);
}
END_TEST

START_TEST(the_view_escapes_and_hides_the_answer_until_the_reveal)
{
    Room *r = room_new(10, PIN);
    char tok[ROOM_TOKEN_LEN + 1];
    int p = join(r, "A \"quoted\" <b>name</b>", tok), player;
    RoomQuestion q = choice4(2);
    room_open(r, &q, 0, 1, 0);
    char *v = phones_view_json(r, p, 0);
    ck_assert_ptr_nonnull(strstr(v, "\"name\":\"A \\\"quoted\\\" <b>name</b>\""));
    ck_assert_ptr_nonnull(strstr(v, "\"phase\":\"asking\""));
    ck_assert_ptr_null(strstr(v, "\"right\""));
    free(v);
    room_answer(r, tok, 0, &(RoomAnswer){.mask = 2}, 0, &player);
    room_reveal(r);
    v = phones_view_json(r, p, 0);
    ck_assert_ptr_nonnull(strstr(v, "\"right\":[1]"));
    ck_assert_ptr_nonnull(strstr(v, "\"points\":100"));
    free(v);
    room_kick(r, p);
    v = phones_view_json(r, p, 0);
    ck_assert_ptr_nonnull(strstr(v, "\"phase\":\"kicked\""));
    ck_assert_ptr_null(strstr(v, "\"q\""));
    free(v);
    room_free(r);
}
END_TEST

/* Whether player p's view holds s. */
static bool view_has(const Room *r, int p, const char *s)
{
    char *v = phones_view_json(r, p, 0);
    bool has = v && strstr(v, s);
    free(v);
    return has;
}

/* A short answer typed on the phone: graded by answermatch (Arabic letter
 * forms and diacritics as Urdu, case and spaces, Urdu digits, the
 * wildcard) against the accepted answers in both languages; the accepted
 * answers stay off the phones until the reveal; the count is right/wrong. */
START_TEST(a_typed_answer_is_graded_forgivingly)
{
    Room *r = room_new(10, PIN);
    RoomQuestion q = {.kind = RQ_TEXT, .text = "Capital?", .n_choices = 3, .points = 100};
    q.choices[0] = "Islamabad", q.choices_ur[0] = "اسلام آباد", q.weights[0] = 1;
    q.choices[1] = "Isl*bad", q.weights[1] = 0.5;
    q.choices[2] = "1947", q.weights[2] = 1;
    static const struct {
        const char *typed;
        double credit;
    } cases[] = {
        {"  islamabad ", 1}, {"اسلام آباد", 1}, {"اِسلام  آباد", 1}, /* a zer and two spaces */
        {"ISLAMBAD", 0.5},   {"Karachi", 0},    {"۱۹۴۷", 1},        /* Urdu digits */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        RoomAnswer a = {0};
        snprintf(a.text, sizeof a.text, "%s", cases[i].typed);
        ck_assert_msg(room_grade(&q, &a) == cases[i].credit, "%s", cases[i].typed);
    }
    /* Arabic kaf and yeh for Urdu keheh and Farsi yeh. */
    q.choices[0] = "Pakistan", q.choices_ur[0] = "پاکستانی";
    RoomAnswer arabic = {.text = "پاكستاني"};
    ck_assert(room_grade(&q, &arabic) == 1);
    q.choices[0] = "Islamabad", q.choices_ur[0] = "اسلام آباد";
    char tok[3][ROOM_TOKEN_LEN + 1];
    int p0 = join(r, "Amina", tok[0]), player;
    join(r, "Bilal", tok[1]);
    join(r, "Chen", tok[2]);
    ck_assert_int_eq(room_open(r, &q, 0, 1, 0), ROOM_OK);
    ck_assert(view_has(r, p0, "\"kind\":\"text\""));
    ck_assert(!view_has(r, p0, "Islamabad")); /* the answer does not leak */
    ck_assert_int_eq(room_answer(r, tok[0], 0, &(RoomAnswer){.text = "  ISLAMABAD  "}, 10, &player),
                     ROOM_OK);
    ck_assert_str_eq(room_player(r, p0)->answer.text, "ISLAMABAD"); /* trimmed */
    ck_assert_int_eq(room_answer(r, tok[1], 0, &(RoomAnswer){.text = "Lahore"}, 10, &player),
                     ROOM_OK);
    ck_assert(room_reveal(r));
    int counts[ROOM_MAX_CHOICES];
    ck_assert_int_eq(room_distribution(r, counts), 2);
    ck_assert_int_eq(counts[0], 1);
    ck_assert_int_eq(counts[1], 1);
    ck_assert(view_has(r, p0, "\"right_text\":\"Islamabad\""));
    ck_assert(view_has(r, p0, "\"right_text_ur\":\"اسلام آباد\""));
    room_free(r);
}
END_TEST

/* Typed text is refused, never repaired, like a name. */
START_TEST(typed_answers_are_refused_with_a_reason)
{
    Room *r = room_new(10, PIN);
    RoomQuestion q = {.kind = RQ_TEXT, .text = "Capital?", .n_choices = 1, .points = 100};
    q.choices[0] = "Islamabad", q.weights[0] = 1;
    char tok[ROOM_TOKEN_LEN + 1];
    join(r, "Amina", tok);
    int player;
    ck_assert_int_eq(room_open(r, &q, 0, 1, 0), ROOM_OK);
    static const struct {
        const char *typed;
        RoomError e;
    } bad[] = {
        {"   ", ROOM_ERR_TEXT_EMPTY},
        {"", ROOM_ERR_TEXT_EMPTY},
        {"a\nb", ROOM_ERR_TEXT_CHARS},
        {"\x1b[2J", ROOM_ERR_TEXT_CHARS},
        {"abc\u202edef", ROOM_ERR_TEXT_CHARS}, /* a right-to-left override */
        {"\xc0\xaf", ROOM_ERR_TEXT_UTF8},      /* overlong */
        {"\xed\xa0\x80", ROOM_ERR_TEXT_UTF8},  /* a surrogate */
        {"12345678901234567890123456789012345678901", ROOM_ERR_TEXT_LONG}, /* 41 */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        RoomAnswer a = {0};
        snprintf(a.text, sizeof a.text, "%s", bad[i].typed);
        ck_assert_int_eq(room_answer(r, tok, 0, &a, 10, &player), bad[i].e);
    }
    RoomAnswer full;
    memset(full.text, 'x', sizeof full.text); /* no terminating NUL */
    ck_assert_int_eq(room_answer(r, tok, 0, &full, 10, &player), ROOM_ERR_TEXT_LONG);
    /* Nothing counted: the player may still answer, once; marks an Urdu
     * keyboard types (ZWNJ) are fine. */
    ck_assert_int_eq(room_answered(r), 0);
    ck_assert_int_eq(room_answer(r, tok, 0, &(RoomAnswer){.text = "اسلام\u200cآباد"}, 10, &player),
                     ROOM_OK);
    ck_assert_int_eq(room_answer(r, tok, 0, &(RoomAnswer){.text = "x"}, 10, &player),
                     ROOM_ERR_ALREADY);
    ck_assert_str_eq(room_error_code(ROOM_ERR_TEXT_LONG), "answer_long");
    room_free(r);
}
END_TEST

START_TEST(page_strings_come_from_the_catalog)
{
    char err[256];
    PhoneStrings *ps =
        phonestr_load(AMAN_BUILD_DIR "/locale/ur/LC_MESSAGES/amanquiz.mo", err, sizeof err);
    ck_assert_msg(ps != NULL, "%s", err);
    for (size_t i = 0; i < phonestr_count(); i++) {
        const char *t = phonestr_lookup(ps, phonestr_msgid(i));
        ck_assert_msg(t && strcmp(t, phonestr_msgid(i)) != 0, "no Urdu for '%s'",
                      phonestr_msgid(i));
    }
    char *j = phonestr_json(ps, "ur");
    ck_assert_ptr_nonnull(strstr(j, "\"dir\":\"rtl\""));
    ck_assert_ptr_nonnull(strstr(j, "\"Join\":\"شامل ہوں\""));
    free(j);
    j = phonestr_json(ps, "xx");
    ck_assert_ptr_nonnull(strstr(j, "\"Join\":\"Join\""));
    free(j);
    phonestr_free(ps);
    /* A damaged catalog is refused before any lookup. */
    unsigned char bad[64] = {0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 0xff, 0xff, 0, 0};
    ck_assert_ptr_null(phonestr_from_mo(bad, sizeof bad, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "damaged"));
    /* No catalog: English. */
    ps = phonestr_load("/nonexistent/amanquiz.mo", err, sizeof err);
    ck_assert_ptr_nonnull(ps);
    ck_assert_ptr_null(phonestr_lookup(ps, "Join"));
    phonestr_free(ps);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("room");
    TCase *core = tcase_create("core");
    tcase_add_test(core, forty_players_answer_and_are_ranked);
    tcase_add_test(core, a_late_joiner_waits_for_the_next_question);
    tcase_add_test(core, a_room_that_ended_plays_another_round);
    tcase_add_test(core, grading_follows_the_quiz_rules);
    tcase_add_test(core, teams_are_chosen_and_averaged);
    tcase_add_test(core, the_view_escapes_and_hides_the_answer_until_the_reveal);
    tcase_add_test(core, a_typed_answer_is_graded_forgivingly);
    tcase_add_test(core, page_strings_come_from_the_catalog);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, answers_are_refused_with_a_reason);
    tcase_add_test(errors, typed_answers_are_refused_with_a_reason);
    tcase_add_test(errors, names_are_refused_not_repaired);
    tcase_add_test(errors, training_takes_trainee_ids_only);
    suite_add_tcase(s, errors);
    TCase *limits = tcase_create("limits");
    tcase_add_test(limits, tokens_are_random_and_found_again);
    suite_add_tcase(s, limits);
    return s;
}

int main(void)
{
    return run_suite(suite());
}
