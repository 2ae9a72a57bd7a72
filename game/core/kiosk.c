#include "kiosk.h"

#include <stdio.h>

#include "settings.h"

void kiosk_config_defaults(KioskConfig *cfg)
{
    *cfg = (KioskConfig){.idle_ms = 60000,
                         .countdown_ms = 15000,
                         .hold_ms = 5000,
                         .page_ms = 8000,
                         .max_tries = 5,
                         .lockout_ms = 60000};
    snprintf(cfg->pin, sizeof cfg->pin, "1234");
}

void kiosk_config_from_settings(KioskConfig *cfg, const Settings *s)
{
    kiosk_config_defaults(cfg);
    cfg->idle_ms = (int64_t)settings_get_int(s, "kiosk_idle") * 1000;
    cfg->countdown_ms = (int64_t)settings_get_int(s, "kiosk_countdown") * 1000;
    snprintf(cfg->pin, sizeof cfg->pin, "%s", settings_get_str(s, "kiosk_pin"));
}

KioskPage kiosk_page_at(int64_t page_ms, int n_facts, int64_t elapsed_ms)
{
    if (page_ms <= 0)
        page_ms = 1;
    int64_t t = elapsed_ms < 0 ? 0 : elapsed_ms;
    int64_t p = t / page_ms;
    KioskPage page = {.left = page_ms - t % page_ms, .number = (long)p};
    if (n_facts <= 0) {
        page.kind = p % 2 ? KIOSK_PAGE_ALLTIME : KIOSK_PAGE_DAILY;
        return page;
    }
    /* Cycles of six pages: fact, fact, daily, fact, fact, all-time. */
    int64_t cycle = p / 6, slot = p % 6;
    if (slot == 2 || slot == 5) {
        page.kind = slot == 2 ? KIOSK_PAGE_DAILY : KIOSK_PAGE_ALLTIME;
        return page;
    }
    int64_t nth = cycle * 4 + (slot < 2 ? slot : slot - 1);
    page.kind = KIOSK_PAGE_FACT;
    page.fact = (int)(nth % n_facts);
    return page;
}
