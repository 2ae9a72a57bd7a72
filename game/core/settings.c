#include "settings.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "i18n.h"
#include "util.h"

/* One row per setting. The doc strings are shown in the written settings
 * file and by --help-settings, translated at use. */
static const SettingDef defs[] = {
    {"round_length", SETTING_INT, "10", 1, 100, NULL, N_("questions in a round")},
    {"points", SETTING_INT, "100", 1, 10000, NULL, N_("points for a fully correct answer")},
    {"partial_credit", SETTING_BOOL, "true", 0, 0, NULL,
     N_("give part of the points for partly right answers")},
    {"speed_bonus", SETTING_BOOL, "false", 0, 0, NULL,
     N_("give a bonus for fast answers when there is a time limit")},
    {"speed_bonus_max", SETTING_INT, "50", 0, 10000, NULL, N_("speed bonus for an instant answer")},
    {"streak_bonus", SETTING_BOOL, "false", 0, 0, NULL,
     N_("give a bonus from the third correct answer in a row")},
    {"streak_bonus_step", SETTING_INT, "10", 0, 10000, NULL,
     N_("streak bonus added for each further correct answer in a row")},
    {"time_limit", SETTING_INT, "0", 0, 600, NULL,
     N_("seconds to answer each question, 0 for no limit")},
    {"pass_mark", SETTING_INT, "80", 0, 100, NULL,
     N_("percent of correct answers needed to pass a training round")},
    {"teams", SETTING_INT, "2", 2, 6, NULL, N_("number of teams in classroom mode")},
    {"team_names", SETTING_LIST, "Red, Blue, Green, Yellow, Purple, Orange", 1, 6, NULL,
     N_("team names, separated by commas")},
    {"team_colours", SETTING_COLOURS, "#e53935, #1e88e5, #43a047, #fdd835, #8e24aa, #fb8c00", 1, 6,
     NULL, N_("team colours as #rrggbb, separated by commas")},
    {"kiosk_idle", SETTING_INT, "60", 10, 3600, NULL,
     N_("seconds without a touch before the kiosk shows its attract loop")},
    {"kiosk_countdown", SETTING_INT, "15", 3, 120, NULL,
     N_("seconds the kiosk asks \"Still there?\" before leaving a round")},
    {"kiosk_pin", SETTING_PIN, "1234", 4, 8, NULL, N_("PIN that lets an admin leave the kiosk")},
    {"urdu_digits", SETTING_BOOL, "false", 0, 0, NULL, N_("show numbers in Urdu digits in Urdu")},
    {"bilingual", SETTING_BOOL, "false", 0, 0, NULL, N_("show the other language under each text")},
    {"language", SETTING_ENUM, "auto", 0, 0, "auto|en|ur",
     N_("language of the game: auto, en or ur")},
    {"accelerated", SETTING_BOOL, "false", 0, 0, NULL,
     N_("draw with the graphics card (uses much more memory without one)")},
    {"fullscreen", SETTING_BOOL, "false", 0, 0, NULL, N_("start in fullscreen")},
    {"sync_url", SETTING_STR, "", 0, 0, NULL,
     N_("postgresql:// database to send results to, empty for none (docs/fleet.md)")},
    {"volume", SETTING_INT, "80", 0, 100, NULL,
     N_("loudness of sounds and reading aloud, in percent")},
    {"mute", SETTING_BOOL, "false", 0, 0, NULL, N_("start with every sound off (M switches it)")},
    {"read_aloud", SETTING_BOOL, "false", 0, 0, NULL,
     N_("read every question and its answers aloud by itself")},
    {"kiosk_volume", SETTING_INT, "60", 0, 100, NULL,
     N_("loudness in kiosk mode, in percent (a public place)")},
    {"kiosk_read_aloud", SETTING_BOOL, "true", 0, 0, NULL,
     N_("in kiosk mode, read every question aloud by itself")},
};

typedef struct {
    int ival;   /* INT and BOOL */
    char *text; /* every type: the canonical text of the value */
} Value;

struct Settings {
    Value v[ARRAY_LEN(defs)];
};

size_t settings_count(void)
{
    return ARRAY_LEN(defs);
}

const SettingDef *settings_def(size_t i)
{
    return i < ARRAY_LEN(defs) ? &defs[i] : NULL;
}

static int def_index(const char *key)
{
    for (size_t i = 0; i < ARRAY_LEN(defs); i++)
        if (strcmp(defs[i].key, key) == 0)
            return (int)i;
    return -1;
}

const SettingDef *settings_find(const char *key)
{
    int i = def_index(key);
    return i < 0 ? NULL : &defs[i];
}

/* ---- value parsing: each returns false when the text does not fit ---- */

static bool parse_int(const SettingDef *d, const char *t, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(t, &end, 10);
    if (end == t || *end || errno || n < d->min || n > d->max)
        return false;
    *out = (int)n;
    return true;
}

static bool parse_bool(const char *t, int *out)
{
    static const char *yes[] = {"true", "yes", "on", "1"}, *no[] = {"false", "no", "off", "0"};
    for (size_t i = 0; i < ARRAY_LEN(yes); i++) {
        if (strcasecmp(t, yes[i]) == 0)
            return (*out = 1), true;
        if (strcasecmp(t, no[i]) == 0)
            return (*out = 0), true;
    }
    return false;
}

static bool parse_enum(const SettingDef *d, const char *t)
{
    size_t n = strlen(t);
    for (const char *c = d->choices; *c;) {
        size_t len = strcspn(c, "|");
        if (len == n && n > 0 && strncmp(c, t, n) == 0)
            return true;
        c += len + (c[len] == '|');
    }
    return false;
}

static bool is_colour(const char *t, size_t n)
{
    if (n != 7 || t[0] != '#')
        return false;
    for (size_t i = 1; i < 7; i++)
        if (!isxdigit((unsigned char)t[i]))
            return false;
    return true;
}

/* Item i of a comma list as [*start, *start + *len), trimmed. */
static bool list_item(const char *t, size_t i, const char **start, size_t *len)
{
    for (size_t k = 0;; k++) {
        size_t n = strcspn(t, ",");
        if (k == i) {
            while (n && isspace((unsigned char)*t))
                t++, n--;
            while (n && isspace((unsigned char)t[n - 1]))
                n--;
            *start = t;
            *len = n;
            return true;
        }
        if (!t[n])
            return false;
        t += n + 1;
    }
}

static size_t list_count(const char *t)
{
    size_t n = 1;
    for (; *t; t++)
        n += *t == ',';
    return n;
}

static bool parse_list(const SettingDef *d, const char *t)
{
    size_t n = list_count(t);
    if (n < (size_t)d->min || n > (size_t)d->max)
        return false;
    for (size_t i = 0; i < n; i++) {
        const char *s;
        size_t len;
        list_item(t, i, &s, &len);
        if (len == 0 || (d->type == SETTING_COLOURS && !is_colour(s, len)))
            return false;
    }
    return true;
}

static bool parse_pin(const SettingDef *d, const char *t)
{
    size_t n = strlen(t);
    if (n < (size_t)d->min || n > (size_t)d->max)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)t[i]))
            return false;
    return true;
}

static bool parse_value(const SettingDef *d, const char *t, int *ival)
{
    switch (d->type) {
    case SETTING_INT:
        return parse_int(d, t, ival);
    case SETTING_BOOL:
        return parse_bool(t, ival);
    case SETTING_STR:
        return true;
    case SETTING_ENUM:
        return parse_enum(d, t);
    case SETTING_LIST:
    case SETTING_COLOURS:
        return parse_list(d, t);
    case SETTING_PIN:
        return parse_pin(d, t);
    }
    return false;
}

/* The warning for a bad value: one whole sentence per type, for translators.
 * A PIN is never echoed into a log. */
static void warn_bad(Diag *diag, const char *file, int line, const SettingDef *d, const char *text,
                     const char *kept)
{
    const char *k = d->key;
    switch (d->type) {
    case SETTING_INT:
        diag_add(diag, DIAG_WARNING, file, line, 0,
                 _("setting '%s' expects a whole number from %d to %d, not '%s'; keeping '%s'"), k,
                 d->min, d->max, text, kept);
        break;
    case SETTING_BOOL:
        diag_add(diag, DIAG_WARNING, file, line, 0,
                 _("setting '%s' expects true or false, not '%s'; keeping '%s'"), k, text, kept);
        break;
    case SETTING_ENUM:
        diag_add(diag, DIAG_WARNING, file, line, 0,
                 _("setting '%s' expects one of %s, not '%s'; keeping '%s'"), k, d->choices, text,
                 kept);
        break;
    case SETTING_LIST:
        diag_add(diag, DIAG_WARNING, file, line, 0,
                 _("setting '%s' expects %d to %d names separated by commas, not '%s'; "
                   "keeping '%s'"),
                 k, d->min, d->max, text, kept);
        break;
    case SETTING_COLOURS:
        diag_add(diag, DIAG_WARNING, file, line, 0,
                 _("setting '%s' expects %d to %d colours like #1e88e5 separated by commas, "
                   "not '%s'; keeping '%s'"),
                 k, d->min, d->max, text, kept);
        break;
    case SETTING_PIN:
        diag_add(diag, DIAG_WARNING, file, line, 0,
                 _("setting '%s' expects %d to %d digits; keeping the previous PIN"), k, d->min,
                 d->max);
        break;
    case SETTING_STR: /* any text is fine */
        break;
    }
}

static void store(Value *v, const char *text, int ival)
{
    free(v->text);
    v->text = xstrdup(text);
    v->ival = ival;
}

/* Sets key from text, or warns at file:line and keeps the old value. */
static bool apply(Settings *s, const char *key, const char *text, Diag *diag, const char *file,
                  int line)
{
    int i = def_index(key);
    if (i < 0) {
        diag_add(diag, DIAG_WARNING, file, line, 0, _("unknown setting '%s' ignored"), key);
        return false;
    }
    int ival = 0;
    if (!parse_value(&defs[i], text, &ival)) {
        warn_bad(diag, file, line, &defs[i], text, s->v[i].text);
        return false;
    }
    store(&s->v[i], text, ival);
    return true;
}

Settings *settings_new(void)
{
    Settings *s = xcalloc(1, sizeof *s);
    for (size_t i = 0; i < ARRAY_LEN(defs); i++) {
        int ival = 0;
        bool ok = parse_value(&defs[i], defs[i].def, &ival);
        assert(ok && "a default in the settings table does not parse");
        (void)ok;
        store(&s->v[i], defs[i].def, ival);
    }
    return s;
}

void settings_free(Settings *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < ARRAY_LEN(defs); i++)
        free(s->v[i].text);
    free(s);
}

static char *trim(char *a, char *b)
{
    while (a < b && isspace((unsigned char)*a))
        a++;
    while (b > a && isspace((unsigned char)b[-1]))
        b--;
    *b = '\0';
    return a;
}

/* A trailing comment starts at a '#' after whitespace and before whitespace
 * or the end, so "#1e88e5" stays a value. */
static char *comment_start(char *value)
{
    for (char *p = value; *p; p++)
        if (*p == '#' && p > value && isspace((unsigned char)p[-1]) &&
            (!p[1] || isspace((unsigned char)p[1])))
            return p;
    return value + strlen(value);
}

static bool load_line(Settings *s, const char *name, int line, char *text, Diag *diag)
{
    char *start = trim(text, text + strlen(text));
    if (!*start || *start == '#')
        return true;
    char *eq = strchr(start, '=');
    if (!eq) {
        /* Only the first word: the line may hold the kiosk PIN ("kiosk_pin 9731"). */
        int word = (int)strcspn(start, " \t:");
        diag_add(diag, DIAG_WARNING, name, line, 0,
                 _("expected 'key = value', found '%.*s' without '='"), word, start);
        return false;
    }
    char *key = trim(start, eq);
    char *value = eq + 1;
    value = trim(value, comment_start(value));
    if (!*key) {
        diag_add(diag, DIAG_WARNING, name, line, 0, _("missing setting name before '='"));
        return false;
    }
    return apply(s, key, value, diag, name, line);
}

bool settings_load_string(Settings *s, const char *name, const char *text, Diag *diag)
{
    return settings_load_buffer(s, name, text, strlen(text), diag);
}

/* A line holding a NUL byte (a damaged file) is skipped with a warning; the
 * lines after it are still read. */
bool settings_load_buffer(Settings *s, const char *name, const char *text, size_t len, Diag *diag)
{
    char *copy = xmalloc(len + 1), *end = copy + len;
    memcpy(copy, text, len);
    *end = '\0';
    bool ok = true;
    int line = 1;
    char *p = copy;
    if (len >= 3 && strncmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    while (p) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl)
            *nl = '\0';
        char *nul = memchr(p, '\0', (size_t)((nl ? nl : end) - p));
        if (nul) {
            diag_add(diag, DIAG_WARNING, name, line, (int)(nul - p) + 1, "%s",
                     _("a NUL byte: the file is damaged; this line is skipped"));
            ok = false;
            line++;
        } else {
            ok &= load_line(s, name, line++, p, diag);
        }
        p = nl ? nl + 1 : NULL;
    }
    free(copy);
    return ok;
}

bool settings_load_file(Settings *s, const char *path, Diag *diag)
{
    struct stat st;
    if (stat(path, &st) != 0 && errno == ENOENT)
        return true;
    char err[512];
    size_t len;
    char *text = read_file(path, 1 << 20, &len, err, sizeof err);
    if (!text) {
        diag_add(diag, DIAG_WARNING, path, 0, 0, _("cannot read settings, using defaults: %s"),
                 err);
        return false;
    }
    bool ok = settings_load_buffer(s, path, text, len, diag);
    free(text);
    return ok;
}

bool settings_set(Settings *s, const char *key, const char *value, Diag *diag)
{
    char *copy = xstrdup(value);
    bool ok = apply(s, key, trim(copy, copy + strlen(copy)), diag, NULL, 0);
    free(copy);
    return ok;
}

static const Value *get(const Settings *s, const char *key, bool want_int)
{
    int i = def_index(key);
    assert(i >= 0 && "no such setting");
    SettingType t = defs[i].type;
    assert(want_int == (t == SETTING_INT || t == SETTING_BOOL) && "setting has another type");
    (void)want_int;
    (void)t;
    return &s->v[i];
}

int settings_get_int(const Settings *s, const char *key)
{
    assert(settings_find(key) && settings_find(key)->type == SETTING_INT);
    return get(s, key, true)->ival;
}

bool settings_get_bool(const Settings *s, const char *key)
{
    assert(settings_find(key) && settings_find(key)->type == SETTING_BOOL);
    return get(s, key, true)->ival != 0;
}

const char *settings_get_str(const Settings *s, const char *key)
{
    return get(s, key, false)->text;
}

size_t settings_list_count(const Settings *s, const char *key)
{
    return list_count(settings_get_str(s, key));
}

bool settings_list_item(const Settings *s, const char *key, size_t i, char *buf, size_t size)
{
    const char *start;
    size_t len;
    if (size == 0 || !list_item(settings_get_str(s, key), i, &start, &len))
        return false;
    len = utf8_prefix(start, len, size - 1);
    memcpy(buf, start, len);
    buf[len] = '\0';
    return true;
}

bool settings_colour(const Settings *s, const char *key, size_t i, unsigned *rgb)
{
    assert(settings_find(key) && settings_find(key)->type == SETTING_COLOURS);
    char buf[16];
    if (!settings_list_item(s, key, i, buf, sizeof buf))
        return false;
    *rgb = (unsigned)strtoul(buf + 1, NULL, 16);
    return true;
}

void settings_write(const Settings *s, FILE *f)
{
    fprintf(f, "# %s\n", _("Aman Quiz settings: key = value; lines starting with # are comments"));
    for (size_t i = 0; i < ARRAY_LEN(defs); i++)
        fprintf(f, "\n# %s\n%s = %s\n", _(defs[i].doc), defs[i].key, s->v[i].text);
}

bool settings_make_dirs(const char *path, Diag *diag)
{
    if (!*path) {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, "%s", _("the folder name is empty"));
        return false;
    }
    char *p = xstrdup(path);
    bool ok = true;
    for (char *c = p + 1; ok; c++) {
        bool end = *c == '\0';
        if (*c != '/' && !end)
            continue;
        *c = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST)
            ok = false;
        if (end)
            break;
        *c = '/';
    }
    if (ok && !is_dir(path))
        ok = false, errno = ENOTDIR;
    if (!ok)
        diag_add(diag, DIAG_ERROR, path, 0, 0, _("cannot create the folder: %s"), strerror(errno));
    free(p);
    return ok;
}

char *settings_user_dir(const char *xdg_var, const char *home_rel, Diag *diag)
{
    const char *xdg = getenv(xdg_var);
    const char *home = getenv("HOME");
    char *dir;
    if (xdg && xdg[0] == '/') /* the XDG spec ignores relative paths */
        dir = xasprintf("%s/amanquiz", xdg);
    else if (home && *home)
        dir = xasprintf("%s/%s/amanquiz", home, home_rel);
    else {
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("neither $%s nor $HOME is set"), xdg_var);
        return NULL;
    }
    if (!settings_make_dirs(dir, diag)) {
        free(dir);
        return NULL;
    }
    return dir;
}

char *settings_config_dir(Diag *diag)
{
    return settings_user_dir("XDG_CONFIG_HOME", ".config", diag);
}
