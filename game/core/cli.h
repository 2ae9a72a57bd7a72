/* cli: the command line, parsed from one table of options (cli.c) that also
 * writes --help. Pure: no I/O but the help text it formats on request. */
#ifndef AMAN_CLI_H
#define AMAN_CLI_H

#include <stdbool.h>
#include <stddef.h>

#define CLI_MAX_PATHS 64
/* Sizes the cards can be laid out in: below this nothing is readable, above
 * it a frame would not fit in memory on a kiosk. */
#define CLI_MIN_WIDTH 480
#define CLI_MIN_HEIGHT 320
#define CLI_MAX_WIDTH 7680
#define CLI_MAX_HEIGHT 4320

typedef struct {
    bool help, version, fullscreen, windowed;
    const char *screenshot; /* --screenshot FILE.png */
    int width, height;      /* --size WxH, clamped to CLI_MIN_*..CLI_MAX_*; 0 when not given */
    bool size_clamped;      /* the asked size was outside the range and was clamped */
    const char *scene;      /* --scene title|question|feedback|summary|scores|... */
    const char *question;   /* --question ID */
    const char *lang;       /* --lang en|ur */
    const char *mode;       /* --mode play|classroom|training|kiosk */
    const char *trainee;    /* --trainee ID */
    const char *data_dir;   /* --data-dir DIR */
    const char *config;     /* --config FILE */
    const char *export_results; /* --export-results FILE.csv */
    const char *since;          /* --since YYYY-MM-DD */
    const char *report;         /* --report FILE.html */
    const char *from;           /* --from postgresql://... (export source) */
    const char *sync;           /* --sync postgresql://... */
    bool sync_status, sync_now; /* --sync-status, --sync-now */
    bool sync_retry_held;       /* --sync-retry-held */
    const char *speak;          /* --speak QUESTION_ID: read it aloud into --wav */
    const char *wav;            /* --wav FILE.wav */
    const char *export_bank;    /* --export-bank FILE.gift */
    long autoplay;          /* --autoplay N; -1 when not given */
    long seed;              /* --seed S; -1 when not given */
    long teams;             /* --teams N; 0 when not given */
    bool phones;            /* --phones: the phones' web server (game/net/phones.h) */
    long port;              /* --port N; 0 when not given */
    long players;           /* --players N; 0 when not given */
    const char *banks[CLI_MAX_PATHS]; /* --bank PATH... */
    int n_banks;
    const char *check_bank[CLI_MAX_PATHS]; /* --check-bank PATH... */
    int n_check_bank;
} CliOptions;

/* Parses argv (argv[0] is skipped) into *o. Strings point into argv.
 * Returns false with a one-line message in err (untranslated option name
 * quoted) on an unknown option, a missing or malformed value. */
bool cli_parse(CliOptions *o, int argc, char **argv, char *err, size_t errlen);

/* Writes the translated --help text, one line per option, into a newly
 * allocated string the caller frees. */
char *cli_help(const char *progname);

/* True when s is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
bool cli_valid_date(const char *s);

#endif
