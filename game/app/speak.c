#include "speak.h"

#include <stdio.h>
#include <stdlib.h>

#include "audio.h"
#include "bank.h"
#include "paths.h"
#include "speech.h"
#include "util.h"
#include "wav.h"

/* The questions (--bank, else the bundled ones). */
static Bank *load_bank(const CliOptions *opt, const Paths *paths, Diag *diag)
{
    Bank *b = bank_new();
    for (int i = 0; i < opt->n_banks; i++)
        bank_load_path(b, opt->banks[i], diag);
    if (opt->n_banks == 0 && paths) {
        char *dir = path_join(paths->data_dir, "questions");
        bank_load_path(b, dir, diag);
        free(dir);
    }
    return b;
}

static bool speak_to(const Question *q, const char *lexicon, const char *wav, char *err,
                     size_t errlen)
{
    Audio *audio = audio_new_offline();
    Speech *sp = speech_open(audio, lexicon, err, errlen);
    bool ok = false;
    if (!sp)
        goto done;
    if (*err) /* the lexicon could not be read: said, and read without it */
        fprintf(stderr, "amanquiz: %s\n", err);
    SpeechCard card;
    speech_card_of(q, &card);
    Lang lang = i18n_lang();
    char *text = speech_text_card(speech_lexicon(sp), lang, &card);
    size_t n;
    int16_t *pcm = speech_render(sp, lang, text, &n);
    if (!pcm)
        snprintf(err, errlen, _("espeak-ng could not read question '%s'"), q->id);
    else
        ok = wav_write(wav, pcm, n, AUDIO_RATE, err, errlen);
    if (ok)
        fprintf(stderr, _("amanquiz: %.1f s of speech written to '%s'\n"), (double)n / AUDIO_RATE,
                wav);
    free(pcm);
    free(text);
done:
    speech_close(sp);
    audio_close(audio);
    return ok;
}

int speak_main(const CliOptions *opt, const char *exe_dir)
{
    if (!opt->wav) {
        fprintf(stderr, "amanquiz: %s\n", _("option '--speak' needs '--wav FILE.wav'"));
        return 2;
    }
    Paths paths;
    char err[1024];
    bool found = paths_find(&paths, exe_dir, err, sizeof err);
    if (!found && opt->n_banks == 0) {
        fprintf(stderr, "amanquiz: %s\n", err);
        return 1;
    }
    Diag diag = {0};
    Bank *bank = load_bank(opt, found ? &paths : NULL, &diag);
    diag_print(&diag, stderr, "amanquiz");
    diag_clear(&diag);
    const Question *q = bank_find(bank, opt->speak);
    int status = 1;
    char *lexicon = found ? path_join(paths.data_dir, "assets/speech/pronounce.tsv") : NULL;
    *err = '\0';
    if (!q)
        fprintf(stderr,
                _("amanquiz: no question has the id '%s' (the ids are the ::names:: in "
                  "the .gift files)\n"),
                opt->speak);
    else if (speak_to(q, lexicon, opt->wav, err, sizeof err))
        status = 0;
    else
        fprintf(stderr, "amanquiz: %s\n", err);
    free(lexicon);
    bank_free(bank);
    if (found)
        paths_free(&paths);
    return status;
}
