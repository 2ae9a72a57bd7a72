/* settings: every tunable of the game, defined by one table in settings.c
 * (key, type, default, range, doc). Values come from the defaults, then a
 * `key = value` file in the user's config directory, then command-line
 * overrides. A bad line never stops the game: it gets a warning naming
 * file:line and the key, and the setting keeps its previous value. */
#ifndef AMAN_SETTINGS_H
#define AMAN_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "diag.h"

typedef struct Settings Settings;

typedef enum {
    SETTING_INT,     /* decimal integer in [min, max] */
    SETTING_BOOL,    /* true/false, yes/no, on/off, 1/0 */
    SETTING_STR,     /* any text up to the end of the line (trimmed) */
    SETTING_ENUM,    /* one of the words in `choices` ("auto|en|ur") */
    SETTING_LIST,    /* comma-separated items, each trimmed and non-empty */
    SETTING_COLOURS, /* comma-separated #rrggbb colours */
    SETTING_PIN,     /* 4 to 8 digits */
} SettingType;

typedef struct {
    const char *key;
    SettingType type;
    const char *def;     /* the default, written as in a settings file */
    int min, max;        /* SETTING_INT range; LIST/COLOURS: item count range */
    const char *choices; /* SETTING_ENUM: "a|b|c"; else NULL */
    const char *doc;     /* N_() one-line description */
} SettingDef;

/* The table: settings_def(i) for i < settings_count(), NULL past the end. */
size_t settings_count(void);
const SettingDef *settings_def(size_t i);
const SettingDef *settings_find(const char *key);

/* A Settings holding every default. Free with settings_free. */
Settings *settings_new(void);
void settings_free(Settings *s);

/* Applies `key = value` lines (# starts a comment line or a trailing comment
 * after whitespace; blank lines ignored). `name` is used in messages. Returns
 * false when any line got a warning; the good lines are applied anyway. */
bool settings_load_string(Settings *s, const char *name, const char *text, Diag *diag);
/* The same over len bytes that may hold NUL bytes (a damaged file): such a
 * line is skipped with a warning at name:line:col, the rest is read. */
bool settings_load_buffer(Settings *s, const char *name, const char *text, size_t len, Diag *diag);
/* Reads a settings file. A missing file is not an error (returns true, no
 * message); an unreadable one gets a warning. */
bool settings_load_file(Settings *s, const char *path, Diag *diag);
/* One override ("--set key=value" or a dedicated option): same checks, the
 * message names the key; returns false and keeps the old value when bad. */
bool settings_set(Settings *s, const char *key, const char *value, Diag *diag);

/* Typed getters. Asking for a key that is not in the table, or with the
 * wrong type, is a programmer mistake (assert). */
int settings_get_int(const Settings *s, const char *key);
bool settings_get_bool(const Settings *s, const char *key);
/* STR, ENUM, LIST, COLOURS, PIN: the value as text; owned by s, valid until
 * the key is set again or settings_free. */
const char *settings_get_str(const Settings *s, const char *key);
/* LIST / COLOURS: number of items and item i copied into buf (trimmed);
 * false when i is out of range. */
size_t settings_list_count(const Settings *s, const char *key);
bool settings_list_item(const Settings *s, const char *key, size_t i, char *buf, size_t size);
/* COLOURS: item i as 0xRRGGBB; false when out of range. */
bool settings_colour(const Settings *s, const char *key, size_t i, unsigned *rgb);

/* Writes a commented settings file with every key at its current value. */
void settings_write(const Settings *s, FILE *f);

/* The user's config directory: $XDG_CONFIG_HOME/amanquiz, else
 * ~/.config/amanquiz; created (with parents) when missing. Returns a string
 * the caller frees, or NULL with an error in diag. */
char *settings_config_dir(Diag *diag);
/* The same for any XDG base: "$<xdg_var>/amanquiz", else
 * "$HOME/<home_rel>/amanquiz" (results_data_dir uses XDG_DATA_HOME). */
char *settings_user_dir(const char *xdg_var, const char *home_rel, Diag *diag);
/* mkdir -p; false with an error naming the path in diag. */
bool settings_make_dirs(const char *path, Diag *diag);

#endif
