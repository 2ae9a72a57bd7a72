#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "testutil.h"
#include "watchdog.h"

static char sock_path[108];
static char usec_value[32];

static const char *fake_env(const char *name)
{
    if (!strcmp(name, "NOTIFY_SOCKET"))
        return sock_path[0] ? sock_path : NULL;
    if (!strcmp(name, "WATCHDOG_USEC"))
        return usec_value[0] ? usec_value : NULL;
    return NULL;
}

/* A datagram socket standing in for systemd; returns its fd. */
static int fake_systemd(void)
{
    snprintf(sock_path, sizeof sock_path, "/tmp/aq-notify-%d", (int)getpid());
    unlink(sock_path);
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    strcpy(addr.sun_path, sock_path);
    ck_assert_int_eq(bind(fd, (struct sockaddr *)&addr, sizeof addr), 0);
    return fd;
}

static void receive(int fd, const char *expect)
{
    char buf[64] = {0};
    ssize_t n = recv(fd, buf, sizeof buf - 1, MSG_DONTWAIT);
    ck_assert_int_gt(n, 0);
    ck_assert_str_eq(buf, expect);
}

START_TEST(pings_at_half_the_interval)
{
    int fd = fake_systemd();
    strcpy(usec_value, "10000000"); /* 10 s */
    Watchdog w;
    watchdog_init(&w, fake_env);
    ck_assert(watchdog_notify(&w, "READY=1"));
    receive(fd, "READY=1");
    ck_assert_int_eq(watchdog_timeout_ms(&w, 0), 5000);
    ck_assert(watchdog_tick(&w, 5000));
    receive(fd, "WATCHDOG=1");
    ck_assert(!watchdog_tick(&w, 9999));
    ck_assert_int_eq(watchdog_timeout_ms(&w, 9000), 1000);
    ck_assert(watchdog_tick(&w, 10000));
    receive(fd, "WATCHDOG=1");
    close(fd);
    unlink(sock_path);
}
END_TEST

START_TEST(off_without_systemd)
{
    sock_path[0] = '\0';
    strcpy(usec_value, "10000000");
    Watchdog w;
    watchdog_init(&w, fake_env);
    ck_assert(!watchdog_notify(&w, "READY=1"));
    ck_assert(!watchdog_tick(&w, 100000));
    ck_assert_int_eq(watchdog_timeout_ms(&w, 0), -1);
}
END_TEST

START_TEST(garbage_interval_means_no_watchdog)
{
    int fd = fake_systemd();
    strcpy(usec_value, "soon");
    Watchdog w;
    watchdog_init(&w, fake_env);
    ck_assert_int_eq(watchdog_timeout_ms(&w, 0), -1);
    ck_assert(watchdog_notify(&w, "READY=1")); /* notify still works */
    close(fd);
    unlink(sock_path);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("watchdog");
    TCase *core = tcase_create("core");
    tcase_add_test(core, pings_at_half_the_interval);
    suite_add_tcase(s, core);
    TCase *errors = tcase_create("errors");
    tcase_add_test(errors, off_without_systemd);
    tcase_add_test(errors, garbage_interval_means_no_watchdog);
    suite_add_tcase(s, errors);
    return run_suite(s);
}
