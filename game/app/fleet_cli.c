#include "fleet_cli.h"

#include <stdlib.h>
#include <string.h>

#include "central.h"
#include "i18n.h"
#include "outbox.h"
#include "paths.h"
#include "reportcmd.h"
#include "util.h"

/* How long --sync-now keeps trying an unreachable centre. */
#define SYNC_NOW_MS 60000

/* --sync, else sync_url from s (may be NULL); NULL when neither is set. */
static const char *url_of(const CliOptions *opt, const Settings *s)
{
    if (opt->sync)
        return opt->sync;
    const char *u = s ? settings_get_str(s, "sync_url") : NULL;
    return u && *u ? u : NULL;
}

Sync *fleet_start(const App *app)
{
    const char *url = url_of(app->opt, app->game->settings);
    if (!url || !app->game->results || !results_enabled(app->game->results)) {
        if (url)
            fprintf(stderr, "%s\n", _("amanquiz: results are not being saved, so none are sent"));
        return NULL;
    }
    char err[512];
    Sync *s = sync_start(results_path(app->game->results), url, NULL, err, sizeof err);
    if (!s)
        fprintf(stderr, "amanquiz: %s\n", err);
    return s;
}

/* The settings of --config, else the user's settings.conf; the caller frees. */
static Settings *load_settings(const CliOptions *opt, Diag *diag)
{
    Settings *s = settings_new();
    char *dir = opt->config ? NULL : settings_config_dir(diag);
    char *path = opt->config ? xstrdup(opt->config) : dir ? path_join(dir, "settings.conf") : NULL;
    if (path && (opt->config || is_file(path)))
        settings_load_file(s, path, diag);
    free(path);
    free(dir);
    return s;
}

/* Opens (and migrates) the device's results, then its outbox; NULL with
 * the reason in diag. */
static Outbox *open_outbox(const CliOptions *opt, char **path_out, Diag *diag)
{
    char *dir = results_data_dir(opt->data_dir, diag);
    char *path = dir ? results_default_path(dir) : NULL;
    Outbox *o = NULL;
    free(dir);
    if (path && !is_file(path))
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("no results on this device: '%s' does not exist"),
                 path);
    if (path && is_file(path)) {
        results_close(results_open(path, diag));
        char err[512];
        o = outbox_open(path, err, sizeof err);
        if (!o)
            diag_add(diag, DIAG_ERROR, path, 0, 0, "%s", err);
    }
    *path_out = path;
    return o;
}

int fleet_sync_status(const CliOptions *opt)
{
    Diag diag = {0};
    Settings *set = load_settings(opt, &diag);
    char *path = NULL, err[512];
    Outbox *o = open_outbox(opt, &path, &diag);
    OutboxStatus st;
    bool ok = o && outbox_status(o, &st, err, sizeof err);
    if (o && !ok)
        diag_add(&diag, DIAG_ERROR, path, 0, 0, "%s", err);
    if (ok) {
        const char *url = url_of(opt, set);
        char where[256];
        outbox_redact_url(url ? url : "", where, sizeof where);
        printf(_("device: %s\n"), st.device);
        printf(_("central database: %s\n"), url ? where : _("none (set --sync or sync_url)"));
        printf(_("events waiting: %lld\n"), st.waiting);
        printf(_("last success: %s\n"), st.last_success[0] ? st.last_success : _("never"));
        printf(_("last error: %s\n"), st.last_error[0] ? st.last_error : _("none"));
        printf(_("events set aside: %lld\n"), st.held);
        if (st.held > 0)
            printf(_("last set aside: event %lld at %s: %s (after a fix: --sync-retry-held)\n"),
                   st.held_seq, st.held_at, st.held_reason);
    }
    diag_print(&diag, stderr, "amanquiz");
    diag_clear(&diag);
    outbox_close(o);
    settings_free(set);
    free(path);
    return ok ? 0 : 1;
}

int fleet_sync_now(const CliOptions *opt)
{
    Diag diag = {0};
    Settings *set = load_settings(opt, &diag);
    const char *url = url_of(opt, set);
    char *path = NULL, err[512];
    Outbox *o = url ? open_outbox(opt, &path, &diag) : NULL;
    int status = 1;
    if (!url)
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, "%s",
                 _("no central database: give --sync URL or set sync_url"));
    if (!o)
        goto done;
    outbox_close(o);
    Sync *s = sync_start(path, url, NULL, err, sizeof err);
    if (!s) {
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, "%s", err);
        goto done;
    }
    SyncStatus st;
    bool empty = sync_stop(s, SYNC_NOW_MS, &st) && st.connected;
    if (!st.connected && st.outbox.waiting == 0) {
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0, "%s", st.outbox.last_error);
    } else if (!empty) {
        diag_add(&diag, DIAG_ERROR, NULL, 0, 0,
                 ngettext("%lld event is still waiting: %s", "%lld events are still waiting: %s",
                          (unsigned long)st.outbox.waiting),
                 st.outbox.waiting, st.outbox.last_error);
    } else {
        printf(ngettext("sent %lld event; none waiting\n", "sent %lld events; none waiting\n",
                        (unsigned long)st.sent),
               st.sent);
        if (st.outbox.held > 0) { /* the centre lacks them: not a success */
            diag_add(&diag, DIAG_ERROR, NULL, 0, 0,
                     ngettext("%lld event is set aside, refused by the central database: %s",
                              "%lld events are set aside, refused by the central database: %s",
                              (unsigned long)st.outbox.held),
                     st.outbox.held, st.outbox.held_reason);
            empty = false;
        }
    }
    status = empty ? 0 : 1;
done:
    diag_print(&diag, stderr, "amanquiz");
    diag_clear(&diag);
    settings_free(set);
    free(path);
    return status;
}

int fleet_sync_retry_held(const CliOptions *opt)
{
    Diag diag = {0};
    char *path = NULL, err[512];
    Outbox *o = open_outbox(opt, &path, &diag);
    long long n = 0;
    bool ok = o && outbox_release_held(o, &n, err, sizeof err);
    if (o && !ok)
        diag_add(&diag, DIAG_ERROR, path, 0, 0, "%s", err);
    if (ok)
        printf(ngettext("%lld event set aside is back in the queue\n",
                        "%lld events set aside are back in the queue\n", (unsigned long)n),
               n);
    diag_print(&diag, stderr, "amanquiz");
    diag_clear(&diag);
    outbox_close(o);
    free(path);
    if (ok && opt->sync_now)
        return fleet_sync_now(opt);
    return ok ? 0 : 1;
}

/* Connects to url for a reader; NULL with one line in diag (the URL
 * redacted) when it is no PostgreSQL URL or cannot be reached. */
static Central *connect_reader(const char *url, Diag *diag)
{
    char err[512];
    if (!central_is_url(url)) {
        outbox_redact_url(url, err, sizeof err);
        diag_add(diag, DIAG_ERROR, NULL, 0, 0,
                 _("'%s' is not a PostgreSQL URL like postgresql://user@host/db"), err);
        return NULL;
    }
    Central *c = central_connect(url, err, sizeof err);
    if (!c)
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, "%s", err);
    return c;
}

bool fleet_export_csv(const char *url, FILE *out, const char *trainee, const char *since,
                      const Bank *bank, Diag *diag)
{
    Central *c = connect_reader(url, diag);
    if (!c)
        return false;
    bool ok = central_export_csv(c, out, trainee, since, bank, diag);
    central_close(c);
    return ok;
}

bool fleet_export_write(FILE *out, void *ctx, Diag *diag)
{
    const FleetExport *e = ctx;
    return fleet_export_csv(e->url, out, e->trainee, e->since, e->bank, diag);
}

/* The report's ReportSource: connects at the first read (after the
 * command's own checks), then reads rows from the centre. */
typedef struct {
    const char *url;
    Central *c;
} ReportCtx;

static ResultsRows *read_central(void *ctx, const char *trainee, const char *since, Diag *diag)
{
    ReportCtx *x = ctx;
    if (!x->c && !(x->c = connect_reader(x->url, diag)))
        return NULL;
    char err[512];
    ResultsRows *rows = central_rows(x->c, trainee, since, err, sizeof err);
    if (!rows)
        diag_add(diag, DIAG_ERROR, NULL, 0, 0, _("cannot read the results: %s"), err);
    return rows;
}

int fleet_report(const CliOptions *opt, const char *exe_dir, time_t now)
{
    ReportCtx x = {opt->from, NULL};
    char where[256];
    outbox_redact_url(opt->from, where, sizeof where);
    ReportSource src = {read_central, &x, where};
    int status = reportcmd_run(opt, exe_dir, now, &src);
    central_close(x.c);
    return status;
}
