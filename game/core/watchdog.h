/* watchdog: systemd's notify protocol without libsystemd. Under a unit with
 * Type=notify and WatchdogSec=, the game says READY=1 once and WATCHDOG=1
 * from its main loop; if the loop hangs, systemd restarts the kiosk. */
#ifndef AMAN_WATCHDOG_H
#define AMAN_WATCHDOG_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
    char socket_path[108]; /* from $NOTIFY_SOCKET; "" when not under systemd */
    uint64_t interval_ms;  /* half of $WATCHDOG_USEC; 0 when no watchdog */
    uint64_t last_ping_ms;
} Watchdog;

/* Reads NOTIFY_SOCKET and WATCHDOG_USEC (through getenv_fn, so tests can
 * feed values; pass NULL for getenv). Never fails: without them it is off. */
void watchdog_init(Watchdog *w, const char *(*getenv_fn)(const char *));
/* Sends one notify message ("READY=1", "STOPPING=1"); false if not sent. */
bool watchdog_notify(const Watchdog *w, const char *message);
/* Pings when the interval has passed since the last ping; returns true when
 * it sent one. Call it from the main loop with the current time. */
bool watchdog_tick(Watchdog *w, uint64_t now_ms);
/* Milliseconds until the next ping is due, or -1 when the watchdog is off:
 * the loop must wake at least that often. */
int watchdog_timeout_ms(const Watchdog *w, uint64_t now_ms);

#endif
