/* amanquiz: parse the command line, then play, check or render. */
#include <SDL.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "autoplay.h"
#include "bank.h"
#include "bankcmd.h"
#include "cli.h"
#include "demo.h"
#include "fleet_cli.h"
#include "i18n.h"
#include "paths.h"
#include "phoneplay.h"
#include "registry.h"
#include "reportcmd.h"
#include "results.h"
#include "speak.h"
#include "shell.h"
#include "util.h"

static char *exe_dir(void)
{
    /* SDL_GetBasePath works before SDL_Init and ends in '/'. */
    return SDL_GetBasePath();
}

/* Chooses the language (--lang, then the environment) and activates it,
 * saying on stderr when that fails instead of silently showing English. */
static void init_locale(const char *dir, const char *cli_lang)
{
    Paths p;
    char msg[1024];
    bool found = paths_find(&p, dir, msg, sizeof msg);
    Lang lang = i18n_choose(cli_lang, NULL, msg, sizeof msg);
    if (*msg)
        fprintf(stderr, "amanquiz: %s\n", msg);
    if (!i18n_start(found ? p.locale_dir : AMAN_LOCALEDIR, lang, msg, sizeof msg))
        fprintf(stderr, "amanquiz: %s\n", msg);
    if (found)
        paths_free(&p);
}

static bool have_display(void)
{
    const char *drv = getenv("SDL_VIDEODRIVER");
    return (drv && *drv) || getenv("DISPLAY") || getenv("WAYLAND_DISPLAY");
}

/* --screenshot: build the scene's state, draw one frame, save it. With
 * --phones and no --scene, the lobby (where such a game starts). */
static bool screenshot(App *app, const CliOptions *opt, char *err, size_t errlen)
{
    const char *scene = opt->scene      ? opt->scene
                        : opt->question ? "question"
                        : app->phones   ? "lobby"
                                        : "title";
    return demo_prepare(app, scene, opt->question, err, errlen) &&
           app_screenshot(app, opt->screenshot, err, errlen);
}

/* AMAN_SOAK_LANG_EVERY / AMAN_SOAK_RSS_EVERY: knobs for bench/soak.sh. */
static long env_long(const char *name)
{
    const char *v = getenv(name);
    return v ? atol(v) : 0;
}

static void start_autoplay(App *app, const CliOptions *opt)
{
    app->autoplay = autoplay_new(opt->seed >= 0 ? (uint64_t)opt->seed : 1, 70);
    /* Coarser virtual frames: animations still run and draw, in 4 frames
     * instead of 15, so long autoplay and soak runs are not mostly drawing. */
    app->clock_step_ms = 64;
    autoplay_set_target(app->autoplay, opt->autoplay, app_quiz_config(app)->round_length);
    app_quiz_config(app)->round_length = autoplay_next_round_length(app->autoplay);
    autoplay_set_soak(app->autoplay, env_long("AMAN_SOAK_LANG_EVERY"),
                      env_long("AMAN_SOAK_RSS_EVERY"));
}

/* The questions the game would play (--bank, else the bundled ones), for
 * the export's question and source columns; NULL when none can be read
 * (the export then leaves those columns empty). */
static Bank *export_bank(const CliOptions *opt, const char *exe_dir, Diag *diag)
{
    Bank *b = bank_new();
    if (opt->n_banks > 0) {
        for (int i = 0; i < opt->n_banks; i++)
            bank_load_path(b, opt->banks[i], diag);
    } else {
        Paths paths;
        char err[512];
        if (paths_find(&paths, exe_dir, err, sizeof err)) {
            char *questions = path_join(paths.data_dir, "questions");
            bank_load_path(b, questions, diag);
            free(questions);
            paths_free(&paths);
        }
    }
    if (bank_count(b) > 0)
        return b;
    bank_free(b);
    diag_add(diag, DIAG_WARNING, NULL, 0, 0, "%s",
             _("no question bank could be read: the question and source columns are empty"));
    return NULL;
}

/* --export-results FILE.csv [--trainee ID] [--since YYYY-MM-DD] [--data-dir
 * DIR] [--bank PATH...]: one CSV row per answer; needs no display. */
static int export_results(const CliOptions *opt, const char *exe_dir)
{
    Diag diag = {0};
    int status = 1;
    char *dir = results_data_dir(opt->data_dir, &diag);
    char *path = dir ? results_default_path(dir) : NULL;
    Results *r = NULL;
    bool to_stdout = strcmp(opt->export_results, "-") == 0;
    int y, m, d;
    char end;
    if (opt->since && (sscanf(opt->since, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 || m < 1 ||
                       m > 12 || d < 1 || d > 31)) {
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, _("'%s' is not a date like 2026-01-31"),
                 opt->since);
        goto done;
    }
    if (!opt->from && path && !is_file(path))
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, _("no results to export: '%s' does not exist"),
                 path);
    if (!opt->from && (!path || !is_file(path) || !(r = results_open_readonly(path, &diag))))
        goto done;
    Bank *bank = export_bank(opt, exe_dir, &diag);
    bool ok;
    if (opt->from) {
        FleetExport e = {opt->from, opt->trainee, opt->since, bank};
        ok = to_stdout ? fleet_export_write(stdout, &e, &diag)
                       : results_write_export(opt->export_results, fleet_export_write, &e, &diag);
    } else {
        ok = to_stdout ? results_export_csv(r, stdout, opt->trainee, opt->since, bank, &diag)
                       : results_export_file(r, opt->export_results, opt->trainee, opt->since,
                                             bank, &diag);
    }
    bank_free(bank);
    if (to_stdout && fflush(stdout) != 0 && ok) {
        diag_add(&diag, DIAG_ERROR, "-", 0, 0, _("cannot write: %s"), strerror(errno));
        ok = false;
    }
    if (ok && !to_stdout)
        fprintf(stderr, _("amanquiz: results written to '%s'\n"), opt->export_results);
    status = ok ? 0 : 1;
done:
    diag_print(&diag, stderr, "amanquiz");
    diag_clear(&diag);
    results_close(r);
    free(path);
    free(dir);
    return status;
}

static int run_game(const CliOptions *cli, const char *dir)
{
    bool headless = cli->screenshot != NULL || cli->autoplay >= 0;
    CliOptions kiosk = *cli;
    const CliOptions *opt = cli;
    if (cli->mode && strcmp(cli->mode, "kiosk") == 0) {
        /* Fullscreen; and the window's close is swallowed while SIGTERM
         * (systemd stop) still ends the process: no SDL signal handlers. */
        kiosk.fullscreen = !cli->windowed;
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        opt = &kiosk;
    }
    if (!headless && !have_display()) {
        fprintf(stderr, _("amanquiz: no display found (DISPLAY is not set); run it in a desktop "
                          "session or under xvfb-run, or use --screenshot FILE.png\n"));
        return 1;
    }
    App app;
    char err[1024];
    int status = 1;
    if (!app_init(&app, opt, dir, headless, err, sizeof err)) {
        fprintf(stderr, "amanquiz: %s\n", err);
        goto done;
    }
    if (!phoneplay_start(&app, err, sizeof err)) { /* --phones: the lobby comes first */
        fprintf(stderr, "amanquiz: %s\n", err);
        goto done;
    }
    if (app.phones && !opt->scene)
        app_go(&app, SCENE_LOBBY);
    if (opt->screenshot) {
        app.sync = opt->sync ? fleet_start(&app) : NULL; /* the admin screen shows its state */
        sync_flush(app.sync, 5000);
        if (!screenshot(&app, opt, err, sizeof err)) {
            fprintf(stderr, "amanquiz: %s\n", err);
            goto done;
        }
        status = 0;
    } else {
        if (opt->autoplay >= 0) /* a robot player, 70% right, through the real loop */
            start_autoplay(&app, opt);
        /* --scene also opens a live game on that scene (a teacher's jump). */
        if (opt->scene && !demo_prepare(&app, opt->scene, opt->question, err, sizeof err)) {
            fprintf(stderr, "amanquiz: %s\n", err);
            goto done;
        }
        app.sync = fleet_start(&app);
        status = app_run(&app);
    }
done:
    phoneplay_stop(&app); /* first: its session's clock is the App's */
    app_quit(&app);
    sync_stop(app.sync, 3000, NULL); /* a moment to send the last answers */
    return status;
}

int main(int argc, char **argv)
{
    char *dir = exe_dir();
    CliOptions opt;
    char err[512];
    int status;
    bool parsed = cli_parse(&opt, argc, argv, err, sizeof err);
    init_locale(dir, opt.lang);
    if (!parsed) {
        /* Parsing is pure: run it again to word the error in the chosen language. */
        cli_parse(&opt, argc, argv, err, sizeof err);
        char shown[sizeof err * 4];
        diag_escape(err, shown, sizeof shown); /* a typed name cannot drive the terminal */
        fprintf(stderr, "amanquiz: %s\n", shown);
        status = 2;
    } else if (opt.help) {
        char *help = cli_help("amanquiz");
        fputs(help, stdout);
        free(help);
        status = 0;
    } else if (opt.version) {
        printf("amanquiz %s\n", AMAN_VERSION);
        status = 0;
    } else if (opt.speak) {
        status = speak_main(&opt, dir);
    } else if (opt.report) {
        status = opt.from ? fleet_report(&opt, dir, time(NULL))
                          : reportcmd_run(&opt, dir, time(NULL), NULL);
    } else if (opt.export_results) {
        status = export_results(&opt, dir);
    } else if (opt.sync_status) {
        status = fleet_sync_status(&opt);
    } else if (opt.sync_retry_held) {
        status = fleet_sync_retry_held(&opt);
    } else if (opt.sync_now) {
        status = fleet_sync_now(&opt);
    } else if (opt.export_bank) {
        status = bankcmd_export(&opt, dir);
    } else if (opt.n_check_bank > 0) {
        status = bankcmd_check(&opt);
    } else {
        if (opt.size_clamped)
            fprintf(stderr,
                    _("amanquiz: the size asked for is outside %dx%d to %dx%d; using %dx%d\n"),
                    CLI_MIN_WIDTH, CLI_MIN_HEIGHT, CLI_MAX_WIDTH, CLI_MAX_HEIGHT, opt.width,
                    opt.height);
        status = run_game(&opt, dir);
    }
    SDL_free(dir);
    return status;
}
