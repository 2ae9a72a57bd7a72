#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "quiz.h"
#include "session.h"
#include "util.h"

typedef enum { OPT_FLAG, OPT_STRING, OPT_LONG, OPT_SIZE, OPT_PATHS } OptKind;

typedef struct {
    const char *name;
    OptKind kind;
    size_t offset;
    const char *metavar;
    const char *help;
} OptSpec;

#define FIELD(f) offsetof(CliOptions, f)

static const OptSpec specs[] = {
    {"help", OPT_FLAG, FIELD(help), NULL, N_("show this help and exit")},
    {"version", OPT_FLAG, FIELD(version), NULL, N_("show the version and exit")},
    {"lang", OPT_STRING, FIELD(lang), "en|ur", N_("language of the game (default: from the environment)")},
    {"mode", OPT_STRING, FIELD(mode), "MODE", N_("play, classroom, training or kiosk")},
    {"bank", OPT_PATHS, FIELD(banks), "PATH...", N_("play from these question files or folders")},
    {"check-bank", OPT_PATHS, FIELD(check_bank), "PATH...", N_("check question files or folders and exit")},
    {"fullscreen", OPT_FLAG, FIELD(fullscreen), NULL, N_("start fullscreen")},
    {"windowed", OPT_FLAG, FIELD(windowed), NULL, N_("start in a window")},
    {"size", OPT_SIZE, FIELD(width), "WxH", N_("window or screenshot size (default 1280x720)")},
    {"screenshot", OPT_STRING, FIELD(screenshot), "FILE.png", N_("render one frame without a display, save it and exit")},
    {"scene", OPT_STRING, FIELD(scene), "SCENE", N_("scene to show: title, question, feedback, summary, scores, attract, signin, drills, scoreboard, teacher_help, admin, stillthere, results, lobby, phoneq")},
    {"question", OPT_STRING, FIELD(question), "ID", N_("question for --screenshot")},
    {"autoplay", OPT_LONG, FIELD(autoplay), "N", N_("play N questions with synthetic input, print the score and exit")},
    {"seed", OPT_LONG, FIELD(seed), "S", N_("seed for shuffling questions and answers")},
    {"teams", OPT_LONG, FIELD(teams), "N", N_("number of teams in classroom mode (2-6)")},
    {"trainee", OPT_STRING, FIELD(trainee), "ID", N_("trainee ID in training mode")},
    {"data-dir", OPT_STRING, FIELD(data_dir), "DIR", N_("where results and high scores are kept")},
    {"config", OPT_STRING, FIELD(config), "FILE", N_("settings file to read")},
    {"export-results", OPT_STRING, FIELD(export_results), "FILE.csv", N_("write the training results as CSV and exit")},
    {"phones", OPT_FLAG, FIELD(phones), NULL, N_("every player answers on their own phone over the local network (classroom)")},
    {"port", OPT_LONG, FIELD(port), "N", N_("port of the phones' web server (default 8765)")},
    {"players", OPT_LONG, FIELD(players), "N", N_("most phones that may join (default 100)")},
    {"speak", OPT_STRING, FIELD(speak), "ID", N_("read question ID and its answers aloud into the --wav file and exit")},
    {"wav", OPT_STRING, FIELD(wav), "FILE.wav", N_("with --speak: the sound file to write")},
    {"export-bank", OPT_STRING, FIELD(export_bank), "FILE.gift", N_("write the question banks (--bank, else the bundled one) as bilingual GIFT for Moodle and exit")},
    {"since", OPT_STRING, FIELD(since), "YYYY-MM-DD", N_("with --export-results or --report: only answers from this day on")},
    {"report", OPT_STRING, FIELD(report), "FILE.html", N_("write the trainer's report (charts, item analysis, what is due) and exit")},
    {"from", OPT_STRING, FIELD(from), "URL", N_("with --export-results or --report: read every device's results from this postgresql:// database")},
    {"sync", OPT_STRING, FIELD(sync), "URL", N_("send results to this postgresql:// database in the background")},
    {"sync-status", OPT_FLAG, FIELD(sync_status), NULL, N_("show the last sync, the events waiting and the last error, and exit")},
    {"sync-now", OPT_FLAG, FIELD(sync_now), NULL, N_("send the events waiting to the --sync database, then exit")},
    {"sync-retry-held", OPT_FLAG, FIELD(sync_retry_held), NULL, N_("put the events the central database refused back in the queue (with --sync-now: and send them), and exit")},
};

static const OptSpec *find_spec(const char *name, size_t len)
{
    for (size_t i = 0; i < ARRAY_LEN(specs); i++)
        if (strlen(specs[i].name) == len && strncmp(specs[i].name, name, len) == 0)
            return &specs[i];
    return NULL;
}

static bool parse_long(const char *s, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end != '\0')
        return false;
    *out = v;
    return true;
}

static int clamp_int(long v, int lo, int hi, bool *clamped)
{
    if (v < lo || v > hi)
        *clamped = true;
    return v < lo ? lo : v > hi ? hi : (int)v;
}

/* Parses WxH; a well-formed size outside the playable range is clamped
 * (and flagged) rather than refused, so an absurd size still plays. */
static bool parse_size(const char *s, CliOptions *o)
{
    char *end;
    long lw = strtol(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X'))
        return false;
    const char *hs = end + 1;
    long lh = strtol(hs, &end, 10);
    if (end == hs || *end != '\0' || lw < 1 || lh < 1)
        return false;
    o->width = clamp_int(lw, CLI_MIN_WIDTH, CLI_MAX_WIDTH, &o->size_clamped);
    o->height = clamp_int(lh, CLI_MIN_HEIGHT, CLI_MAX_HEIGHT, &o->size_clamped);
    return true;
}

/* ---- validation: what a value must be, beyond its kind ---- */

/* Whole-number options and their ranges: a value outside is refused at once,
 * not taken silently as "not given" (--seed -1) or "none" (--teams 0). */
static const struct {
    const char *name;
    long min, max;
} ranges[] = {
    {"autoplay", 0, LONG_MAX},
    {"seed", 0, LONG_MAX},
    {"teams", 2, QUIZ_MAX_TEAMS},
    {"port", 1, 65535},
    {"players", 1, SESSION_MAX_PLAYERS},
};

static bool in_range(const OptSpec *s, long v, char *err, size_t errlen)
{
    for (size_t i = 0; i < ARRAY_LEN(ranges); i++) {
        if (strcmp(ranges[i].name, s->name) != 0 || (v >= ranges[i].min && v <= ranges[i].max))
            continue;
        snprintf(err, errlen, _("option '--%s' needs a number from %ld to %ld, not '%ld'"), s->name,
                 ranges[i].min, ranges[i].max, v);
        return false;
    }
    return true;
}

bool cli_valid_date(const char *s)
{
    static const char shape[] = "dddd-dd-dd";
    for (size_t i = 0; i < sizeof shape - 1; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : s[i] != '-')
            return false;
    if (s[10] != '\0')
        return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1] && (m != 2 || d <= 28 || leap);
}

/* Text options that name a date or a file to read. */
static bool valid_text(const OptSpec *s, const char *value, char *err, size_t errlen)
{
    if (strcmp(s->name, "since") == 0 && !cli_valid_date(value)) {
        snprintf(err, errlen, _("option '--since' needs a date such as 2026-01-31, not '%s'"),
                 value);
        return false;
    }
    if (strcmp(s->name, "config") == 0) {
        char why[400];
        if (!*value) {
            snprintf(err, errlen, "%s", _("option '--config' needs a file name, not ''"));
            return false;
        }
        if (!check_regular(value, why, sizeof why)) {
            snprintf(err, errlen, _("option '--config': %s"), why);
            return false;
        }
    }
    return true;
}

static bool take_value(const OptSpec *s, CliOptions *o, const char *value, char *err,
                       size_t errlen)
{
    char *base = (char *)o + s->offset;
    switch (s->kind) {
    case OPT_STRING:
        *(const char **)base = value;
        return valid_text(s, value, err, errlen);
    case OPT_LONG:
        if (parse_long(value, (long *)base))
            return in_range(s, *(long *)base, err, errlen);
        snprintf(err, errlen, _("option '--%s' needs a whole number, not '%s'"), s->name, value);
        return false;
    case OPT_SIZE:
        if (parse_size(value, o))
            return true;
        snprintf(err, errlen, _("option '--%s' needs a size such as 1280x720, not '%s'"), s->name,
                 value);
        return false;
    default:
        return true;
    }
}

static bool add_path(const OptSpec *s, CliOptions *o, const char *path, char *err, size_t errlen)
{
    const char **list = (const char **)((char *)o + s->offset);
    int *count = s->offset == FIELD(banks) ? &o->n_banks : &o->n_check_bank;
    if (*count == CLI_MAX_PATHS) {
        snprintf(err, errlen, _("option '--%s' takes at most %d paths"), s->name, CLI_MAX_PATHS);
        return false;
    }
    list[(*count)++] = path;
    return true;
}

/* Collects "--opt=PATH" and the arguments after a PATHS option up to the next option. */
static int take_paths(const OptSpec *s, CliOptions *o, const char *eq, int i, int argc,
                      char **argv, char *err, size_t errlen)
{
    bool any = false;
    if (eq && *eq) {
        if (!add_path(s, o, eq, err, errlen))
            return -1;
        any = true;
    }
    while (i + 1 < argc && strncmp(argv[i + 1], "--", 2) != 0) {
        if (!add_path(s, o, argv[++i], err, errlen))
            return -1;
        any = true;
    }
    if (!any) {
        snprintf(err, errlen, _("option '--%s' needs at least one path"), s->name);
        return -1;
    }
    return i;
}

bool cli_parse(CliOptions *o, int argc, char **argv, char *err, size_t errlen)
{
    *o = (CliOptions){.autoplay = -1, .seed = -1};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
            snprintf(err, errlen, _("unexpected argument '%s' (see --help)"), arg);
            return false;
        }
        const char *name = arg + 2;
        const char *eq = strchr(name, '=');
        size_t len = eq ? (size_t)(eq - name) : strlen(name);
        const OptSpec *s = find_spec(name, len);
        if (!s) {
            snprintf(err, errlen, _("unknown option '%s' (see --help)"), arg);
            return false;
        }
        if (s->kind == OPT_FLAG) {
            if (eq) {
                snprintf(err, errlen, _("option '--%s' takes no value"), s->name);
                return false;
            }
            *(bool *)((char *)o + s->offset) = true;
        } else if (s->kind == OPT_PATHS) {
            i = take_paths(s, o, eq ? eq + 1 : NULL, i, argc, argv, err, errlen);
            if (i < 0)
                return false;
        } else {
            const char *value = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
            if (!value) {
                snprintf(err, errlen, _("option '--%s' needs a value"), s->name);
                return false;
            }
            if (!take_value(s, o, value, err, errlen))
                return false;
        }
    }
    return true;
}

char *cli_help(const char *progname)
{
    char *out = xasprintf(_("Usage: %s [OPTION]...\n"), progname);
    char *prev;
    prev = out;
    out = xasprintf("%s%s\n", prev, _("Aman Quiz: a bilingual English/Urdu quiz on UN peacekeeping."));
    free(prev);
    for (size_t i = 0; i < ARRAY_LEN(specs); i++) {
        char left[64];
        snprintf(left, sizeof left, "--%s%s%s", specs[i].name, specs[i].metavar ? " " : "",
                 specs[i].metavar ? specs[i].metavar : "");
        prev = out;
        out = xasprintf("%s  %-26s %s\n", prev, left, _(specs[i].help));
        free(prev);
    }
    return out;
}
