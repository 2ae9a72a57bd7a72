#include "sync_panel.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "sync.h"
#include "ui.h"
#include "ui_lang.h"

#define SYNC_PANEL_REFRESH_MS 1000

/* "2026-11-28T08:05:07+05:00" -> "2026-11-28 08:05", inside a left-to-right
 * isolate (U+2066..U+2069): in an Urdu line the bidi algorithm would
 * otherwise show "08:05 28-11-2026" (PITFALLS.md, "Right-to-left text"). */
static void short_time(const char *iso, char *buf, size_t size)
{
    snprintf(buf, size, "\u2066%.10s %.5s\u2069", iso, strlen(iso) > 11 ? iso + 11 : "");
}

static void line(App *app, const char *text, SDL_Rect r, bool bold, SDL_Color c)
{
    char buf[400];
    snprintf(buf, sizeof buf, "%s", text);
    lang_digits(buf, sizeof buf);
    ui_text(app, buf, r, 18, bold, c, TEXT_ALIGN_START, TEXT_VALIGN_MIDDLE);
}

void sync_panel_draw(App *app, SDL_Rect box)
{
    SDL_Rect r = {box.x, box.y, box.w, box.h / 4};
    if (!app->sync) {
        line(app, _("Results are kept on this device only (no central database)."), r, false,
             UI_IVORY);
        return;
    }
    SyncStatus st;
    sync_status(app->sync, &st);
    char buf[400], when[32];
    line(app,
         st.connected ? _("Sync: connected to the central database.")
                      : _("Sync: cannot reach the central database; retrying."),
         r, true, st.connected ? UI_GOLD : UI_IVORY);
    r.y += r.h;
    short_time(st.outbox.last_success, when, sizeof when);
    snprintf(buf, sizeof buf, _("Last success: %s"), st.outbox.last_success[0] ? when : _("never"));
    line(app, buf, r, false, UI_IVORY);
    r.y += r.h;
    snprintf(buf, sizeof buf, _("Events waiting: %lld"), st.outbox.waiting);
    line(app, buf, r, false, UI_IVORY);
    r.y += r.h;
    if (st.outbox.last_error[0]) {
        snprintf(buf, sizeof buf, _("Last error: %s"), st.outbox.last_error);
        line(app, buf, r, false, UI_IVORY);
    }
}

void sync_panel_wake(App *app)
{
    if (app->sync && !app->scene_wake_ms)
        app->scene_wake_ms = app_now(app) + SYNC_PANEL_REFRESH_MS;
}
