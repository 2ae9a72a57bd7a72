#include "watchdog.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static const char *plain_getenv(const char *name)
{
    return getenv(name);
}

void watchdog_init(Watchdog *w, const char *(*getenv_fn)(const char *))
{
    if (!getenv_fn)
        getenv_fn = plain_getenv;
    *w = (Watchdog){0};
    const char *sock = getenv_fn("NOTIFY_SOCKET");
    if (!sock || (sock[0] != '/' && sock[0] != '@') || strlen(sock) >= sizeof w->socket_path)
        return;
    strcpy(w->socket_path, sock);
    const char *usec = getenv_fn("WATCHDOG_USEC");
    if (usec) {
        char *end;
        unsigned long long us = strtoull(usec, &end, 10);
        if (end != usec && *end == '\0' && us >= 2000)
            w->interval_ms = us / 2000; /* ping at twice the required rate */
    }
}

bool watchdog_notify(const Watchdog *w, const char *message)
{
    if (!w->socket_path[0])
        return false;
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    size_t len = strlen(w->socket_path);
    memcpy(addr.sun_path, w->socket_path, len);
    if (addr.sun_path[0] == '@') /* abstract namespace */
        addr.sun_path[0] = '\0';
    socklen_t alen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
    bool ok = sendto(fd, message, strlen(message), MSG_NOSIGNAL, (struct sockaddr *)&addr, alen) >= 0;
    close(fd);
    return ok;
}

bool watchdog_tick(Watchdog *w, uint64_t now_ms)
{
    if (!w->interval_ms || now_ms - w->last_ping_ms < w->interval_ms)
        return false;
    w->last_ping_ms = now_ms;
    return watchdog_notify(w, "WATCHDOG=1");
}

int watchdog_timeout_ms(const Watchdog *w, uint64_t now_ms)
{
    if (!w->interval_ms)
        return -1;
    uint64_t due = w->last_ping_ms + w->interval_ms;
    return due <= now_ms ? 0 : (int)(due - now_ms);
}
