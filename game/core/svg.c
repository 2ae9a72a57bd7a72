#include "svg.h"

#include <string.h>

#include "util.h"

#define LABEL_MAX_BYTES 120 /* about 40 characters of Urdu, 120 of Latin */
#define LABEL_MAX_CHARS 40

void svg_escape(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        default:
            fputc(*s, f);
        }
    }
}

/* text-anchor for text that should end (towards the reading end) or start
 * at x; in an rtl chart "start" is the right edge. */
static const char *anchor_right_edge(bool rtl)
{
    return rtl ? "start" : "end";
}

static const char *anchor_left_edge(bool rtl)
{
    return rtl ? "end" : "start";
}

/* Each text carries its direction, so the anchors above mean what they say
 * whatever the page around the chart inherits. */
static void text_at(FILE *f, bool rtl, double x, double y, const char *anchor, const char *cls,
                    const char *text)
{
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" direction=\"%s\" text-anchor=\"%s\" class=\"%s\">", x,
            y, rtl ? "rtl" : "ltr", anchor, cls);
    svg_escape(f, text);
    fputs("</text>", f);
}

static void open_svg(FILE *f, int w, int h, const SvgChart *c)
{
    fprintf(f,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\""
            " viewBox=\"0 0 %d %d\" role=\"img\">",
            w, h, w, h);
    if (c->title) {
        fputs("<title>", f);
        svg_escape(f, c->title);
        fputs("</title>", f);
    }
}

/* The label cut to LABEL_MAX_CHARS characters and LABEL_MAX_BYTES bytes. */
static void cut_label(const char *s, char *buf, size_t size)
{
    size_t chars = 0, i = 0, len = strlen(s);
    while (i < len && chars < LABEL_MAX_CHARS) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars++;
    }
    size_t keep = utf8_prefix(s, i, size - 4 < LABEL_MAX_BYTES ? size - 4 : LABEL_MAX_BYTES);
    memcpy(buf, s, keep);
    strcpy(buf + keep, keep < len ? "\u2026" : "");
}

void svg_line(FILE *f, const SvgPoint *pts, size_t n, const SvgChart *c)
{
    const double ml = 56, mr = 16, mt = 14, mb = 30;
    double w = c->width, h = c->height, pw = w - ml - mr, ph = h - mt - mb;
    double left = c->rtl ? mr : ml; /* the plot's left edge */
    open_svg(f, c->width, c->height, c);
    for (int k = 0; k < 3; k++) { /* grid and y labels */
        double y = mt + ph * (1 - k / 2.0);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", left,
                y, left + pw, y);
        if (c->y_labels[k])
            text_at(f, c->rtl, c->rtl ? left + pw + 6 : ml - 6, y + 4,
                    c->rtl ? anchor_left_edge(true) : anchor_right_edge(false), "axis",
                    c->y_labels[k]);
    }
    if (c->pass >= 0) {
        double y = mt + ph * (1 - c->pass);
        fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"pass\"/>", left,
                y, left + pw, y);
        if (c->pass_label)
            text_at(f, c->rtl, c->rtl ? left + 4 : left + pw - 4, y - 5,
                    c->rtl ? anchor_left_edge(true) : anchor_right_edge(false), "passlabel",
                    c->pass_label);
    }
    double step = n > 1 ? pw / (double)(n - 1) : 0;
    size_t every = n > 12 ? (n + 11) / 12 : 1;
    fputs("<polyline class=\"series\" points=\"", f);
    for (size_t i = 0; i < n; i++) {
        double x = c->rtl ? left + pw - i * step : left + i * step;
        if (n == 1)
            x = left + pw / 2;
        double v = pts[i].value < 0 ? 0 : pts[i].value > 1 ? 1 : pts[i].value;
        fprintf(f, "%s%.1f,%.1f", i ? " " : "", x, mt + ph * (1 - v));
    }
    fputs("\"/>", f);
    for (size_t i = 0; i < n; i++) {
        double x = n == 1 ? left + pw / 2 : c->rtl ? left + pw - i * step : left + i * step;
        double v = pts[i].value < 0 ? 0 : pts[i].value > 1 ? 1 : pts[i].value;
        fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"dot\"/>", x, mt + ph * (1 - v));
        /* every `every`-th label, and the last, unless it would crowd it */
        if (pts[i].label && (i == n - 1 || (i % every == 0 && n - 1 - i >= every)))
            text_at(f, c->rtl, x, h - 10, "middle", "axis", pts[i].label);
    }
    fputs("</svg>", f);
}

void svg_bars(FILE *f, const SvgBar *bars, size_t n, int series, const SvgChart *c)
{
    const double row = c->height, gap = 6, label_w = c->width * 0.36, note_w = 64;
    double w = c->width, bar_w = w - label_w - note_w - 16;
    double bar_h = (row - gap) / series;
    int h = (int)(row * (n ? n : 1) + 4);
    open_svg(f, c->width, h, c);
    if (c->pass >= 0) {
        double x = c->rtl ? w - label_w - c->pass * bar_w : label_w + c->pass * bar_w;
        fprintf(f, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"pass\"/>", x, x, h);
    }
    char label[LABEL_MAX_BYTES + 8];
    for (size_t i = 0; i < n; i++) {
        double top = row * i + 2;
        cut_label(bars[i].label ? bars[i].label : "", label, sizeof label);
        text_at(f, c->rtl, c->rtl ? w - 2 : label_w - 10, top + row / 2 + 4,
                anchor_right_edge(c->rtl), bars[i].flagged ? "label flagged" : "label", label);
        for (int s = 0; s < series; s++) {
            double v = bars[i].values[s] < 0 ? 0 : bars[i].values[s] > 1 ? 1 : bars[i].values[s];
            double len = v * bar_w, y = top + s * bar_h;
            double x = c->rtl ? w - label_w - len : label_w;
            fprintf(f,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"s%d%s\"/>",
                    x, y, len, bar_h - 1, s, bars[i].flagged ? " flagged" : "");
            if (bars[i].notes[s]) {
                double nx = c->rtl ? x - 6 : x + len + 6;
                text_at(f, c->rtl, nx, y + bar_h / 2 + 4,
                        c->rtl ? anchor_right_edge(true) : anchor_left_edge(false), "note",
                        bars[i].notes[s]);
            }
        }
    }
    fputs("</svg>", f);
}
