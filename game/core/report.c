#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "itemstats.h"
#include "svg.h"
#include "util.h"

#define CHART_W 720
#define LINE_H 220
#define BAR_ROW 26

/* The context every section needs. */
typedef struct {
    FILE *f;
    const Cohort *c;
    const Bank *bank;
    const ReportOptions *opt;
    bool rtl;
} Out;

static void esc(Out *o, const char *s)
{
    svg_escape(o->f, s);
}

/* A percent of a fraction, with the active language's sign and digits. */
static const char *pct(double v, char *buf, size_t size)
{
    /* TRANSLATORS: a percentage; Urdu uses the Arabic percent sign ٪. */
    return i18n_format(buf, size, _("%d%%"), (int)(v * 100 + 0.5));
}

static const char *num(long n, char *buf, size_t size)
{
    return i18n_format(buf, size, "%ld", n);
}

static const char *digits(const char *s, char *buf, size_t size)
{
    return i18n_digits(s, buf, size);
}

static void base64(FILE *f, const unsigned char *p, size_t n)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char line[4 * 1024 + 4];
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) |
                     (i + 2 < n ? p[i + 2] : 0);
        line[o++] = tab[v >> 18 & 63];
        line[o++] = tab[v >> 12 & 63];
        line[o++] = i + 1 < n ? tab[v >> 6 & 63] : '=';
        line[o++] = i + 2 < n ? tab[v & 63] : '=';
        if (o >= sizeof line - 4) {
            fwrite(line, 1, o, f);
            o = 0;
        }
    }
    fwrite(line, 1, o, f);
}

static const char style[] =
    "body{font-family:'Aman Nastaliq','Noto Sans','DejaVu Sans',sans-serif;margin:24px auto;"
    "max-width:1000px;padding:0 16px;color:#1d2b3a;background:#fff;line-height:1.5}"
    "html[dir=rtl] body{line-height:2.1}"
    "h1{color:#0b4f6c;margin-bottom:0}h2{border-bottom:2px solid #0b4f6c;margin-top:36px}"
    "h3{margin-bottom:4px}.meta{color:#556}"
    "dl.figures{display:flex;flex-wrap:wrap;gap:12px}dl.figures div{background:#eef4f7;"
    "border-radius:8px;padding:8px 16px;min-width:120px}dl.figures dt{font-size:90%;color:#556}"
    "dl.figures dd{margin:0;font-size:160%;font-weight:bold}"
    "svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}"
    "svg text{font-family:inherit;font-size:12px;fill:#1d2b3a}svg .axis{fill:#667}"
    "svg .grid{stroke:#dde3e8;stroke-width:1}svg .pass{stroke:#c0392b;stroke-width:1.5;"
    "stroke-dasharray:6 4}svg .passlabel{fill:#c0392b}svg .series{fill:none;stroke:#0b6e99;"
    "stroke-width:2.5}svg .dot{fill:#0b6e99}svg .s0{fill:#3aa17e}svg .s1{fill:#e0a526}"
    "svg .s2{fill:#c0392b}svg rect.flagged{fill:#c0392b}svg text.flagged{fill:#c0392b;"
    "font-weight:bold}"
    ".legend span{display:inline-block;width:12px;height:12px;margin:0 6px;border-radius:2px}"
    "table{border-collapse:collapse;width:100%;font-size:90%}td,th{border-bottom:1px solid "
    "#dde3e8;padding:6px;text-align:start;vertical-align:top}tr.flagged td{background:#fdecea}"
    ".flag{color:#c0392b;font-weight:bold}.source{color:#556;font-style:italic}"
    ".trainee{break-inside:avoid;border-top:1px solid #dde3e8;margin-top:18px}"
    ".ltr{direction:ltr;unicode-bidi:isolate}"
    "@media print{h2{break-before:page}h2:first-of-type{break-before:auto}}";

static void head(Out *o)
{
    FILE *f = o->f;
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
            o->rtl ? "ur" : "en", o->rtl ? "rtl" : "ltr");
    /* No script from anywhere, no fetch: everything is in this file. */
    fputs("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; font-src data:; img-src data:\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
          f);
    esc(o, _("Training report"));
    fputs("</title>\n<style>", f);
    if (o->opt->font) {
        fputs("@font-face{font-family:'Aman Nastaliq';src:url(data:font/ttf;base64,", f);
        base64(f, o->opt->font, o->opt->font_len);
        /* Nastaliq has no Latin letters: the fallback faces draw those. */
        fputs(") format('truetype');unicode-range:U+0600-06FF,U+0750-077F,U+FB50-FDFF,"
              "U+FE70-FEFF,U+200C-200F,U+25CC;}",
              f);
    }
    fputs(style, f);
    fputs("</style>\n</head>\n<body>\n", f);
}

static void figure(Out *o, const char *name, const char *value)
{
    fputs("<div><dt>", o->f);
    esc(o, name);
    fputs("</dt><dd>", o->f);
    esc(o, value);
    fputs("</dd></div>", o->f);
}

static SvgChart chart(Out *o, int height, const char *title, char *pass_label, size_t size)
{
    static char y0[32], y1[32], y2[32];
    SvgChart c = {CHART_W, height,
                  o->rtl,  o->opt->pass_mark / 100.0,
                  NULL,    {pct(0, y0, sizeof y0), pct(0.5, y1, sizeof y1), pct(1, y2, sizeof y2)},
                  title};
    if (pass_label) {
        char mark[32];
        /* TRANSLATORS: beside the dashed line of the pass mark on a chart. */
        snprintf(pass_label, size, _("pass mark %s"),
                 pct(o->opt->pass_mark / 100.0, mark, sizeof mark));
        c.pass_label = pass_label;
    }
    return c;
}

static void cohort_section(Out *o)
{
    const Cohort *c = o->c;
    char a[32], b[32], d[32], e[32], g[32], pass[96];
    /* The figures also as data- attributes, for tools and tests. */
    fprintf(o->f,
            "<section id=\"cohort\" data-trainees=\"%zu\" data-sessions=\"%zu\""
            " data-answers=\"%zu\">\n<h2>",
            c->n_trainees, c->n_sessions, c->n_answers);
    esc(o, _("Cohort"));
    fputs("</h2>\n<dl class=\"figures\">", o->f);
    figure(o, _("Trainees"), num((long)c->n_trainees, a, sizeof a));
    figure(o, _("Sessions"), num((long)c->n_sessions, b, sizeof b));
    figure(o, _("Answers"), num((long)c->n_answers, d, sizeof d));
    figure(o, _("Accuracy"), pct(cohort_accuracy(c->t), e, sizeof e));
    figure(o, _("Pass rate"),
           pct(c->n_sessions ? (double)c->n_passed / (double)c->n_sessions : 0, g, sizeof g));
    fputs("</dl>\n<h3>", o->f);
    esc(o, _("Accuracy over time"));
    fputs("</h3>\n", o->f);
    SvgPoint *pts = xcalloc(c->n_days + 1, sizeof *pts);
    char(*labels)[24] = xcalloc(c->n_days + 1, sizeof *labels);
    for (size_t i = 0; i < c->n_days; i++) {
        /* "MM-DD": the year is in the header */
        pts[i].label = digits(c->days[i].day + (strlen(c->days[i].day) >= 10 ? 5 : 0), labels[i],
                              sizeof labels[i]);
        pts[i].value = cohort_accuracy(c->days[i].t);
    }
    SvgChart ch = chart(o, LINE_H, _("Accuracy over time"), pass, sizeof pass);
    svg_line(o->f, pts, c->n_days, &ch);
    free(labels);
    free(pts);
    fputs("</section>\n", o->f);
}

static void legend(Out *o)
{
    static const char *names[] = {N_("Easy"), N_("Medium"), N_("Hard")};
    fputs("<p class=\"legend\">", o->f);
    for (int i = 0; i < 3; i++) {
        fprintf(o->f, "<span class=\"l%d\" style=\"background:%s\"></span>", i,
                i == 0   ? "#3aa17e"
                : i == 1 ? "#e0a526"
                         : "#c0392b");
        esc(o, _(names[i]));
    }
    fputs("</p>\n", o->f);
}

/* One row per topic, a bar per difficulty, the accuracy at its end. */
static void topic_bars(Out *o, const CohortTopic *topics, size_t n, const char *title)
{
    SvgBar *bars = xcalloc(n + 1, sizeof *bars);
    char(*notes)[3][32] = xcalloc(n + 1, sizeof *notes);
    for (size_t i = 0; i < n; i++) {
        bars[i].label = topics[i].name[0] ? i18n_category(topics[i].name) : _("No topic");
        for (int d = 0; d < COHORT_DIFFICULTIES; d++) {
            CohortTally t = topics[i].by_difficulty[d];
            bars[i].values[d] = cohort_accuracy(t);
            bars[i].notes[d] =
                t.n ? pct(cohort_accuracy(t), notes[i][d], sizeof notes[i][d]) : NULL;
        }
    }
    SvgChart ch = chart(o, BAR_ROW * 2, title, NULL, 0);
    svg_bars(o->f, bars, n, COHORT_DIFFICULTIES, &ch);
    free(notes);
    free(bars);
}

static void topics_section(Out *o)
{
    fputs("<section id=\"topics\">\n<h2>", o->f);
    esc(o, _("Topics"));
    fputs("</h2>\n<h3>", o->f);
    esc(o, _("Accuracy per topic and difficulty"));
    fputs("</h3>\n", o->f);
    legend(o);
    topic_bars(o, o->c->topics, o->c->n_topics, _("Accuracy per topic and difficulty"));
    fputs("</section>\n", o->f);
}

const char *report_flag_words(unsigned flags, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s%s", flags & ITEM_TOO_HARD ? "too-hard " : "",
             flags & ITEM_TOO_EASY ? "too-easy " : "",
             flags & ITEM_LOW_DISCRIMINATION ? "low-discrimination " : "");
    size_t n = strlen(buf);
    if (n)
        buf[n - 1] = '\0';
    return buf;
}

/* What a chosen key means on the card: the choices' texts, true/false, a
 * number, or "no answer". */
static void chosen_text(Out *o, const Question *q, const char *key)
{
    if (!key[0]) {
        esc(o, _("(no answer)"));
        return;
    }
    if (strcmp(key, "true") == 0 || strcmp(key, "false") == 0) {
        esc(o, key[0] == 't' ? _("True") : _("False"));
        return;
    }
    bool choice = q && (q->kind == QKIND_CHOICE || q->kind == QKIND_MULTI);
    const char *p = key;
    while (choice && *p) {
        char *end;
        long i = strtol(p, &end, 10);
        if (end == p || i < 1 || i > q->n_choices)
            break;
        char field[32];
        esc(o, i18n_bank(q->id, i18n_field_choice(field, sizeof field, (int)i),
                         q->choices[i - 1].text));
        p = *end == ',' ? end + 1 : end;
        if (*p)
            fputs("; ", o->f);
    }
    if (!choice || *p) {
        char buf[64];
        fputs("<span class=\"ltr\">", o->f);
        esc(o, digits(choice ? p : key, buf, sizeof buf));
        fputs("</span>", o->f);
    }
}

static void item_row(Out *o, const ItemStat *it)
{
    FILE *f = o->f;
    const Question *q = o->bank ? bank_find(o->bank, it->id) : NULL;
    char words[64], a[32], b[32];
    report_flag_words(it->flags, words, sizeof words);
    fprintf(f, "<tr class=\"item%s\" data-question=\"", it->flags ? " flagged" : "");
    esc(o, it->id);
    fprintf(f, "\" data-flags=\"%s\" data-attempts=\"%d\"><td><b class=\"ltr\">", words, it->n);
    esc(o, it->id);
    fputs("</b><br>", f);
    esc(o, q ? i18n_bank(q->id, "question", q->text) : "");
    if (q && q->source) {
        fputs("<br><span class=\"source\">", f);
        esc(o, i18n_bank(q->id, "source", q->source));
        fputs("</span>", f);
    }
    fputs("</td><td>", f);
    esc(o, pct(it->facility, a, sizeof a));
    fputs("</td><td class=\"ltr\">", f);
    if (it->has_d)
        esc(o, i18n_format(b, sizeof b, "%.2f", it->discrimination));
    else
        fputs("&#8212;", f);
    fputs("</td><td>", f);
    for (size_t w = 0; w < it->n_wrong && w < 4; w++) {
        chosen_text(o, q, it->wrong[w].key);
        fprintf(f, " <span class=\"ltr\">&#215; %s</span><br>",
                num(it->wrong[w].count, a, sizeof a));
    }
    fputs("</td><td class=\"flag\">", f);
    if (it->flags & ITEM_TOO_HARD)
        esc(o, _("too hard")), fputs("<br>", f);
    if (it->flags & ITEM_TOO_EASY)
        esc(o, _("too easy")), fputs("<br>", f);
    if (it->flags & ITEM_LOW_DISCRIMINATION)
        esc(o, _("does not discriminate"));
    fputs("</td></tr>\n", f);
}

static void items_section(Out *o)
{
    const ItemStats *s = o->c->items;
    size_t n = itemstats_count(s), flagged = 0;
    for (size_t i = 0; i < n; i++)
        flagged += itemstats_get(s, i)->flags != 0;
    char line[256];
    fputs("<section id=\"items\">\n<h2>", o->f);
    esc(o, _("Item analysis"));
    fputs("</h2>\n<p>", o->f);
    esc(o, _("Facility: the share of the marks the cohort got on the question. Discrimination: "
             "how well it separates strong trainees from weak ones (the correlation of its mark "
             "with the rest of the session's marks, as Moodle computes it). A question is flagged "
             "when its facility is below 20 or above 95 percent, or its discrimination is below "
             "0.20."));
    fputs("</p>\n<p class=\"flag\">", o->f);
    i18n_format(line, sizeof line,
                ngettext("%zu of %zu question flagged", "%zu of %zu questions flagged", n), flagged,
                n);
    esc(o, line);
    fputs("</p>\n<table>\n<thead><tr><th>", o->f);
    esc(o, _("Question"));
    fputs("</th><th>", o->f);
    esc(o, _("Facility"));
    fputs("</th><th>", o->f);
    esc(o, _("Discrimination"));
    fputs("</th><th>", o->f);
    esc(o, _("Wrong answers chosen"));
    fputs("</th><th></th></tr></thead>\n<tbody>\n", o->f);
    for (int pass = 0; pass < 2; pass++) /* flagged first */
        for (size_t i = 0; i < n; i++)
            if ((itemstats_get(s, i)->flags != 0) == (pass == 0))
                item_row(o, itemstats_get(s, i));
    fputs("</tbody>\n</table>\n</section>\n", o->f);
}

static void trainee_block(Out *o, const CohortTrainee *t)
{
    FILE *f = o->f;
    char title[128], line[160], pass[96], a[32], b[32];
    snprintf(title, sizeof title, _("Trainee %s"), t->id);
    fputs("<div class=\"trainee\" data-trainee=\"", f);
    esc(o, t->id);
    fprintf(f, "\" data-sessions=\"%zu\" data-answers=\"%d\"><h3>", t->n_sessions, t->t.n);
    esc(o, digits(title, line, sizeof line));
    fputs("</h3>\n<p>", f);
    snprintf(line, sizeof line, _("Sessions: %s, passed: %s, accuracy: %s"),
             num((long)t->n_sessions, a, sizeof a), num(t->passed, b, sizeof b),
             pct(cohort_accuracy(t->t), title, sizeof title));
    esc(o, line);
    fputs("</p>\n", f);
    SvgPoint *pts = xcalloc(t->n_sessions + 1, sizeof *pts);
    char(*labels)[16] = xcalloc(t->n_sessions + 1, sizeof *labels);
    for (size_t i = 0; i < t->n_sessions; i++) {
        pts[i].label = num((long)i + 1, labels[i], sizeof labels[i]);
        pts[i].value = cohort_accuracy(t->sessions[i].t);
    }
    SvgChart ch = chart(o, 180, _("Accuracy per session"), pass, sizeof pass);
    svg_line(f, pts, t->n_sessions, &ch);
    free(labels);
    free(pts);
    topic_bars(o, t->topics, o->c->n_topics, _("Accuracy per topic"));
    fputs("<p>", f);
    if (t->n_due) {
        i18n_format(line, sizeof line,
                    ngettext("%zu question due:", "%zu questions due:", t->n_due), t->n_due);
        esc(o, line);
        for (size_t i = 0; i < t->n_due; i++) {
            fputs(i ? ", " : " ", f);
            fputs("<span class=\"ltr\">", f);
            esc(o, t->due[i]);
            fputs("</span>", f);
        }
    } else {
        esc(o, _("Nothing is due."));
    }
    fputs("</p>\n</div>\n", f);
}

static void trainees_section(Out *o)
{
    fputs("<section id=\"trainees\">\n<h2>", o->f);
    esc(o, _("Each trainee"));
    fputs("</h2>\n", o->f);
    legend(o);
    for (size_t i = 0; i < o->c->n_trainees; i++)
        trainee_block(o, &o->c->trainees[i]);
    fputs("</section>\n", o->f);
}

/* A date as shown: its digits, inside a left-to-right isolate (U+2066 ..
 * U+2069) so an Urdu line does not show 2026-11-28 as 28-11-2026. */
static const char *date_text(const char *date, char *buf, size_t size)
{
    char d[64];
    snprintf(buf, size, "\u2066%s\u2069", digits(date, d, sizeof d));
    return buf;
}

static void header(Out *o)
{
    char line[256], d[80];
    fputs("<h1>", o->f);
    esc(o, _("Training report"));
    fputs("</h1>\n<p class=\"meta\">", o->f);
    snprintf(line, sizeof line, _("Made on %s"), date_text(o->opt->generated, d, sizeof d));
    esc(o, line);
    if (o->opt->since) {
        snprintf(line, sizeof line, _("answers since %s"), date_text(o->opt->since, d, sizeof d));
        fputs(" &#183; ", o->f);
        esc(o, line);
    }
    if (o->opt->trainee) {
        snprintf(line, sizeof line, _("Trainee %s"), o->opt->trainee);
        fputs(" &#183; ", o->f);
        esc(o, digits(line, d, sizeof d));
    }
    if (o->opt->source) {
        char where[300];
        snprintf(where, sizeof where, "\u2066%s\u2069", o->opt->source); /* left to right */
        /* TRANSLATORS: %s is the central database's address (no password). */
        snprintf(line, sizeof line, _("every device's results from %s"), where);
        fputs(" &#183; <span class=\"source\">", o->f);
        esc(o, line);
        fputs("</span>", o->f);
    }
    fputs("</p>\n", o->f);
}

bool report_write(FILE *out, const Cohort *c, const Bank *bank, const ReportOptions *opt)
{
    Out o = {out, c, bank, opt, i18n_is_rtl()};
    head(&o);
    header(&o);
    if (c->n_answers == 0) {
        fputs("<p>", out);
        esc(&o, _("No training answers yet."));
        fputs("</p>\n", out);
    } else {
        cohort_section(&o);
        topics_section(&o);
        items_section(&o);
        trainees_section(&o);
    }
    fputs("</body>\n</html>\n", out);
    if (fflush(out) != 0 || ferror(out)) {
        if (!errno)
            errno = EIO;
        return false;
    }
    return true;
}
