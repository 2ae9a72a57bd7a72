/* bench_proc: runs a program and measures it from outside, the same way for
 * the game and for the floor, so their figures can be compared.
 *
 *   bench_proc [--runs N] [--idle S] [--settled] [--mark] -- CMD [ARG...]
 *
 * --mark: the program prints a line "first-frame" on stdout when its first
 * frame is presented (the game does when AMAN_BENCH_MARK=1, the floor
 * always); the time from fork to that line is the start-up time. After the
 * mark the program is watched for --idle S seconds (CPU used while waiting)
 * and then stopped; with --settled for S seconds more, whose CPU is
 * settled-cpu-% (the first window holds what a program defers past its
 * first frame). Without --mark the program runs to its end.
 * Prints one line: startup-ms (median), idle-cpu-% (median), peak-rss-kb
 * (largest VmHWM, or ru_maxrss of a program that ends by itself), end-rss-kb
 * (VmRSS at the last sample: after the idle wait, or just before the end). */
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long status_kb(pid_t pid, const char *key)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long kb = -1;
    size_t klen = strlen(key);
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, key, klen) && line[klen] == ':')
            kb = atol(line + klen + 1);
    if (f)
        fclose(f);
    return kb;
}

/* utime + stime of pid in clock ticks, or -1. */
static long cpu_ticks(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    long ut = 0, st = 0;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %ld %ld", &ut, &st) != 2)
        return -1;
    return ut + st;
}

typedef struct {
    double startup_ms, idle_cpu_pct, settled_cpu_pct;
    long peak_kb, end_kb;
} RunResult;

static bool run_once(char **cmd, bool mark, double idle_s, bool settled, RunResult *r)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    double t0 = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execvp(cmd[0], cmd);
        _exit(127);
    }
    close(fds[1]);
    FILE *out = fdopen(fds[0], "r");
    char line[256];
    *r = (RunResult){-1, -1, -1, -1, -1};
    while (mark && fgets(line, sizeof line, out)) {
        if (!strncmp(line, "first-frame", 11)) {
            r->startup_ms = now_ms() - t0;
            break;
        }
    }
    if (mark) {
        long before = cpu_ticks(pid), mid = -1;
        double t1 = now_ms(), window = idle_s * (settled ? 2 : 1);
        while (now_ms() - t1 < window * 1000) {
            if (mid < 0 && now_ms() - t1 >= idle_s * 1000) {
                mid = cpu_ticks(pid);
                if (mid < 0)
                    mid = -2; /* unreadable: no settled figure */
            }
            r->peak_kb = status_kb(pid, "VmHWM");
            r->end_kb = status_kb(pid, "VmRSS");
            usleep(100000);
        }
        long after = cpu_ticks(pid);
        if (!settled)
            mid = after;
        if (idle_s > 0 && before >= 0 && mid >= 0)
            r->idle_cpu_pct = 100.0 * (mid - before) / sysconf(_SC_CLK_TCK) / idle_s;
        /* The window after it: what the first one spent on work deferred
         * past the first frame (opening sound, the fonts' sums) is over. */
        if (settled && idle_s > 0 && mid >= 0 && after >= 0)
            r->settled_cpu_pct = 100.0 * (after - mid) / sysconf(_SC_CLK_TCK) / idle_s;
        kill(pid, SIGTERM);
    } else {
        /* Sample memory until the program ends by itself. */
        int flags;
        struct rusage ru;
        while (wait4(pid, &flags, WNOHANG, &ru) == 0) {
            long rss = status_kb(pid, "VmRSS");
            if (rss > 0)
                r->end_kb = rss;
            usleep(20000);
        }
        r->peak_kb = ru.ru_maxrss; /* kB on Linux */
        while (fgets(line, sizeof line, out)) {
        }
        fclose(out);
        return WIFEXITED(flags) && WEXITSTATUS(flags) == 0;
    }
    while (fgets(line, sizeof line, out)) {
    }
    fclose(out);
    waitpid(pid, NULL, 0);
    return r->startup_ms >= 0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n ? (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2) : -1;
}

int main(int argc, char **argv)
{
    int runs = 5, i = 1;
    double idle = 0;
    bool mark = false, settled = false;
    for (; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--idle") && i + 1 < argc)
            idle = atof(argv[++i]);
        else if (!strcmp(argv[i], "--mark"))
            mark = true;
        else if (!strcmp(argv[i], "--settled"))
            settled = true;
    }
    if (i >= argc - 1 || runs < 1 || runs > 100) {
        fprintf(stderr, "usage: bench_proc [--runs N] [--idle S] [--settled] [--mark] -- CMD "
                        "[ARG...]\n");
        return 2;
    }
    double start[100], cpu[100], end_kb[100], settled_cpu = -1;
    long peak = -1;
    for (int k = 0; k < runs; k++) {
        RunResult r;
        if (!run_once(argv + i + 1, mark, k == 0 ? idle : 0, settled && k == 0, &r)) {
            fprintf(stderr, "bench_proc: '%s' failed or printed no first-frame\n", argv[i + 1]);
            return 1;
        }
        start[k] = r.startup_ms;
        cpu[k] = r.idle_cpu_pct;
        if (k == 0)
            settled_cpu = r.settled_cpu_pct;
        end_kb[k] = (double)r.end_kb;
        if (r.peak_kb > peak)
            peak = r.peak_kb;
    }
    printf("startup-ms %.1f idle-cpu-%% %.2f peak-rss-kb %ld end-rss-kb %.0f settled-cpu-%% %.2f\n",
           mark ? median(start, runs) : -1.0, idle > 0 ? cpu[0] : -1.0, peak,
           mark ? end_kb[0] : median(end_kb, runs), settled_cpu);
    return 0;
}
