/* gift_answers: the answer list between '{' and '}' of one GIFT question
 * (numerical, true/false, choices), read into a Question (see gift.h). */
#include <math.h>
#include <string.h>
#include <strings.h>

#include "bank.h"
#include "gift.h"
#include "i18n.h"
#include "util.h"

/* One "=..." or "~..." entry of an answer list, as offsets into buf. */
typedef struct {
    char marker;
    double weight;
    size_t at, ts, te, fs, fe; /* marker, text, feedback (fs == fe: none) */
    bool arrow;                /* holds "->": a matching pair */
} Item;

/* Reads an optional "%n%" weight at *p (n from lo to hi percent). */
static bool read_weight(Gift *g, size_t *p, size_t end, double lo, double hi, double *w)
{
    if (*p >= end || g->buf[*p] != '%')
        return true;
    const char *close = memchr(g->buf + *p + 1, '%', end - *p - 1);
    double v;
    if (!close || !gift_number(g->buf + *p + 1, (size_t)(close - g->buf) - *p - 1, &v) || v < lo ||
        v > hi) {
        gift_error(g, *p, _("malformed weight: expected '%%n%%' with n from %g to %g"), lo, hi);
        return false;
    }
    *w = v / 100;
    *p = (size_t)(close - g->buf) + 1;
    return true;
}

static bool is_right(double w)
{
    return w > 0.9999;
}

/* ---- numerical answers ---- */

static bool number_at(Gift *g, size_t s, size_t e, double *v)
{
    if (gift_number(g->buf + s, e - s, v))
        return true;
    if (gift_skip_blank(g, s, e) == e) {
        gift_error(g, s, _("malformed number: a number is missing"));
        return false;
    }
    int n = (int)(e - s < 40 ? e - s : 40);
    gift_error(g, s, _("malformed number '%.*s'"), n, g->buf + s);
    return false;
}

/* "value", "value:tolerance" or "min..max", then an optional "#feedback". */
static bool numeric_answer(Gift *g, NumericAnswer *na, size_t s, size_t e, GiftFormat fmt)
{
    size_t h = gift_find_any(g, s, e, "#");
    bool ok = h == e || gift_feedback(g, h + 1, e, fmt, &na->feedback, &na->feedback_ur);
    s = gift_skip_blank(g, s, h);
    size_t end = gift_trim_end(g, s, h);
    size_t dots = gift_find_str(g, s, end, "..");
    size_t colon = gift_find_any(g, s, end, ":");
    if (dots < end) {
        if (!number_at(g, s, dots, &na->min) || !number_at(g, dots + 2, end, &na->max))
            return false;
        if (na->min > na->max) {
            gift_error(g, s, _("malformed range: the minimum is larger than the maximum"));
            return false;
        }
        na->value = (na->min + na->max) / 2;
        return ok;
    }
    double tol = 0;
    if (!number_at(g, s, colon, &na->value) || (colon < end && !number_at(g, colon + 1, end, &tol)))
        return false;
    if (tol < 0) {
        gift_error(g, colon + 1, _("malformed tolerance: it must not be negative"));
        return false;
    }
    na->min = na->value - tol;
    na->max = na->value + tol;
    return ok;
}

/* Moodle's "~#feedback" after the numerical answers: the feedback for any
 * other answer, worth nothing. Moodle drops what stands between '~' and
 * '#'; so do we, with a warning. */
static bool otherwise(Gift *g, NumericAnswer *na, size_t s, size_t e, GiftFormat fmt)
{
    size_t h = gift_find_any(g, s, e, "#");
    if (gift_skip_blank(g, s, h) < h)
        gift_warn(g, s,
                  _("text between '~' and '#' in a numerical question ignored (Moodle "
                    "reads '~#feedback' as the feedback for any other answer)"));
    *na = (NumericAnswer){.min = -HUGE_VAL, .max = HUGE_VAL, .otherwise = true};
    return h == e || gift_feedback(g, h + 1, e, fmt, &na->feedback, &na->feedback_ur);
}

/* "=v:t#fb =%50%v:t ... ~#fb" after the '#'. */
static AnsResult numeric_list(Gift *g, Question *q, size_t p, size_t b, GiftFormat fmt)
{
    bool ok = true, right = false;
    for (size_t at = p, next; at < b; at = next) {
        next = gift_find_any(g, at + 1, b, "=~");
        if (q->n_numeric == QUESTION_MAX_NUMERIC) {
            gift_error(g, at, _("too many numerical answers: at most %d"), QUESTION_MAX_NUMERIC);
            return ANS_ERROR;
        }
        NumericAnswer *na = &q->numeric[q->n_numeric++];
        size_t s = gift_skip_blank(g, at + 1, next);
        if (g->buf[at] == '~') {
            ok &= otherwise(g, na, s, next, fmt);
            continue;
        }
        na->weight = 1;
        if (!read_weight(g, &s, next, 0, 100, &na->weight) || !numeric_answer(g, na, s, next, fmt))
            ok = false;
        right |= is_right(na->weight);
    }
    if (ok && !right) {
        gift_error(g, g->ob, _("no correct answer: no numerical answer is worth 100%%"));
        ok = false;
    }
    return ok ? ANS_OK : ANS_ERROR;
}

static AnsResult parse_numeric(Gift *g, Question *q, size_t s, size_t b, GiftFormat fmt)
{
    q->kind = QKIND_NUMERIC;
    size_t p = gift_skip_blank(g, s, b);
    if (p < b && (g->buf[p] == '=' || g->buf[p] == '~'))
        return numeric_list(g, q, p, b, fmt);
    if (p == b) {
        gift_error(g, g->ob, _("malformed number: the numerical answer is missing"));
        return ANS_ERROR;
    }
    size_t tilde = gift_find_any(g, p, b, "~");
    q->n_numeric = 1;
    q->numeric[0].weight = 1;
    bool ok = numeric_answer(g, &q->numeric[0], p, tilde, fmt);
    if (tilde < b)
        ok &= otherwise(g, &q->numeric[q->n_numeric++], gift_skip_blank(g, tilde + 1, b), b, fmt);
    return ok ? ANS_OK : ANS_ERROR;
}

/* ---- true/false ---- */

static bool tf_word(const Gift *g, size_t s, size_t e, bool *value)
{
    static const char *const words[] = {"T", "TRUE", "F", "FALSE"};
    for (size_t i = 0; i < ARRAY_LEN(words); i++) {
        if (strlen(words[i]) == e - s && strncasecmp(g->buf + s, words[i], e - s) == 0) {
            *value = i < 2;
            return true;
        }
    }
    return false;
}

/* {T#feedback if answered wrong#feedback if answered right} */
static AnsResult parse_tf(Gift *g, Question *q, bool value, size_t hash, size_t b, GiftFormat fmt)
{
    q->kind = QKIND_TRUEFALSE;
    q->tf_answer = value;
    if (hash == b)
        return ANS_OK;
    size_t h2 = gift_find_any(g, hash + 1, b, "#");
    bool ok = gift_feedback(g, hash + 1, h2, fmt, &q->tf_feedback_wrong, &q->tf_feedback_wrong_ur);
    if (h2 < b)
        ok &= gift_feedback(g, h2 + 1, b, fmt, &q->tf_feedback_right, &q->tf_feedback_right_ur);
    return ok ? ANS_OK : ANS_ERROR;
}

/* ---- choices ---- */

static bool read_item(Gift *g, size_t at, size_t end, Item *it)
{
    it->marker = g->buf[at];
    it->at = at;
    it->weight = it->marker == '=' ? 1 : 0;
    size_t p = gift_skip_blank(g, at + 1, end);
    if (!read_weight(g, &p, end, -100, 100, &it->weight))
        return false;
    size_t h = gift_find_any(g, p, end, "#");
    it->ts = p;
    it->te = h;
    it->fs = h < end ? h + 1 : end;
    it->fe = end;
    it->arrow = gift_find_str(g, p, h, "->") < h;
    return true;
}

static bool fill_choice(Gift *g, Choice *c, const Item *it, GiftFormat fmt)
{
    GiftText t = gift_text_at(g, it->ts, it->te, fmt);
    size_t n = t.en_chars > t.ur_chars ? t.en_chars : t.ur_chars;
    c->text = t.en;
    c->text_ur = t.ur;
    c->weight = it->weight;
    bool ok = gift_feedback(g, it->fs, it->fe, fmt, &c->feedback, &c->feedback_ur);
    if (t.en_chars == 0) {
        gift_error(g, it->at, _("empty answer text"));
        return false;
    }
    if (n > BANK_MAX_CHOICE_CHARS) {
        gift_error(g, it->ts, _("answer is too long for a card: %zu characters, at most %d"), n,
                   BANK_MAX_CHOICE_CHARS);
        return false;
    }
    return ok;
}

/* What the markers and weights of all the items of a list say. */
typedef struct {
    int n, n_eq, n_right, n_pos, n_neg;
    double pos_sum;
    bool arrow;
} Tally;

static void tally_add(Tally *t, const Item *it)
{
    t->n++;
    t->n_eq += it->marker == '=';
    t->n_right += is_right(it->weight);
    t->n_pos += it->weight > 0;
    t->n_neg += it->weight < 0;
    t->pos_sum += it->weight > 0 ? it->weight : 0;
    t->arrow |= it->arrow;
}

/* A short answer: every answer is "=" (Moodle's form). What Moodle takes
 * but a card cannot hold is skipped with a warning, never refused. */
static AnsResult classify_short(Gift *g, Question *q, const Tally *t)
{
    if (t->n > QUESTION_MAX_CHOICES) {
        gift_warn(g, g->qs,
                  _("short-answer question skipped: it has %d accepted answers, at most %d"), t->n,
                  QUESTION_MAX_CHOICES);
        return ANS_SKIP;
    }
    if (t->n_right == 0) {
        gift_warn(g, g->qs, _("short-answer question skipped: no accepted answer is worth 100%%"));
        return ANS_SKIP;
    }
    q->kind = QKIND_SHORT;
    return ANS_OK;
}

/* Chooses the kind from the tally; an error, a skip or ANS_OK. */
static AnsResult classify(Gift *g, Question *q, const Tally *t)
{
    if (t->n_eq == t->n && t->arrow) {
        gift_warn(g, g->qs, _("matching question skipped: it cannot be played on a card"));
        return ANS_SKIP;
    }
    if (t->n_eq == t->n)
        return classify_short(g, q, t);
    if (t->n < 2 || t->n > QUESTION_MAX_CHOICES) {
        gift_error(g, g->ob,
                   ngettext("%d answer: a card needs from 2 to %d",
                            "%d answers: a card needs from 2 to %d", (unsigned long)t->n),
                   t->n, QUESTION_MAX_CHOICES);
        return ANS_ERROR;
    }
    q->kind = t->n_eq > 0 ? QKIND_CHOICE : QKIND_MULTI;
    if ((q->kind == QKIND_CHOICE && t->n_right == 0) || t->n_pos == 0) {
        gift_error(g, g->ob,
                   _("no correct answer: mark one with '=' or weigh several with '~%%n%%'"));
        return ANS_ERROR;
    }
    if (q->kind == QKIND_CHOICE && t->n_right > 1) {
        gift_error(g, g->ob,
                   _("%d answers are fully right; a multiple-choice question has one (use "
                     "'~%%n%%' weights for multiple answers)"),
                   t->n_right);
        return ANS_ERROR;
    }
    if (q->kind == QKIND_MULTI && fabs(t->pos_sum - 1) > 0.001) {
        gift_error(g, g->ob, _("the positive weights add up to %g%%, not 100%%"), t->pos_sum * 100);
        return ANS_ERROR;
    }
    return ANS_OK;
}

static AnsResult parse_choices(Gift *g, Question *q, size_t s, size_t b, GiftFormat fmt)
{
    if (g->buf[s] != '=' && g->buf[s] != '~') {
        gift_error(g, s, _("expected '=' or '~' before an answer"));
        return ANS_ERROR;
    }
    Item items[QUESTION_MAX_CHOICES];
    Tally t = {0};
    bool ok = true;
    for (size_t at = s, next; at < b; at = next) {
        next = gift_find_any(g, at + 1, b, "=~");
        Item it = {0};
        ok &= read_item(g, at, next, &it);
        if (t.n < QUESTION_MAX_CHOICES)
            items[t.n] = it;
        tally_add(&t, &it);
    }
    if (!ok)
        return ANS_ERROR;
    AnsResult r = classify(g, q, &t);
    if (r != ANS_OK)
        return r;
    q->n_choices = t.n;
    for (int i = 0; i < t.n; i++) {
        ok &= fill_choice(g, &q->choices[i], &items[i], fmt);
        /* Weights accepted within 0.1% of 100% are scaled to exactly 100%,
         * so choosing every right answer is never "partly right". */
        if (q->kind == QKIND_MULTI && q->choices[i].weight > 0)
            q->choices[i].weight /= t.pos_sum;
    }
    if (ok && q->kind == QKIND_MULTI && t.n_pos + t.n_neg < t.n)
        gift_warn(g, g->ob,
                  _("a wrong answer of this multiple-answer question weighs 0%%: choosing every "
                    "answer gets full marks (give wrong answers a negative weight such as "
                    "'~%%-100%%')"));
    return ok ? ANS_OK : ANS_ERROR;
}

/* ---- the answer list between '{' and '}' ---- */

AnsResult gift_answers(Gift *g, Question *q, size_t a, size_t b, GiftFormat fmt)
{
    size_t gf = gift_find_str(g, a, b, "####");
    size_t end = gf;
    size_t s = gift_skip_blank(g, a, end);
    AnsResult r;
    bool value;
    size_t hash = gift_find_any(g, s, end, "#");
    if (s == end) {
        gift_warn(g, g->qs, _("essay question skipped: it cannot be played on a card"));
        return ANS_SKIP;
    } else if (g->buf[s] == '#') {
        r = parse_numeric(g, q, s + 1, end, fmt);
    } else if (tf_word(g, s, gift_trim_end(g, s, hash), &value)) {
        r = parse_tf(g, q, value, hash, end, fmt);
    } else {
        r = parse_choices(g, q, s, end, fmt);
    }
    if (r == ANS_OK && gf < b &&
        !gift_feedback(g, gf + 4, b, fmt, &q->general_feedback, &q->general_feedback_ur))
        r = ANS_ERROR;
    return r;
}
