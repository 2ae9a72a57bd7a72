#include "wav.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v & 0xFF);
    p[1] = (unsigned char)((v >> 8) & 0xFF);
}

static void put32(unsigned char *p, uint32_t v)
{
    put16(p, v & 0xFFFF);
    put16(p + 2, v >> 16);
}

bool wav_write(const char *path, const int16_t *pcm, size_t n, int rate, char *err, size_t errlen)
{
    unsigned char h[44];
    uint32_t bytes = (uint32_t)(n * 2);
    memcpy(h, "RIFF", 4);
    put32(h + 4, 36 + bytes);
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(h + 16, 16);
    put16(h + 20, 1); /* PCM */
    put16(h + 22, 1); /* mono */
    put32(h + 24, (uint32_t)rate);
    put32(h + 28, (uint32_t)rate * 2);
    put16(h + 32, 2);
    put16(h + 34, 16);
    memcpy(h + 36, "data", 4);
    put32(h + 40, bytes);
    FILE *f = fopen(path, "wb");
    bool ok = f != NULL;
    ok = ok && fwrite(h, sizeof h, 1, f) == 1;
    for (size_t i = 0; ok && i < n; i++) { /* little-endian on every host */
        unsigned char s[2];
        put16(s, (uint16_t)pcm[i]);
        ok = fwrite(s, 2, 1, f) == 1;
    }
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok) {
        snprintf(err, errlen, _("%s: cannot write: %s"), path, strerror(errno));
        if (f)
            remove(path);
    }
    return ok;
}
