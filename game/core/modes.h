/* modes: the table of the game's modes (play, classroom, training, kiosk):
 * what each one is and what a round looks like in it. Pure core. */
#ifndef AMAN_MODES_H
#define AMAN_MODES_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { MODE_PLAY, MODE_CLASSROOM, MODE_TRAINING, MODE_KIOSK } ModeKind;

typedef struct {
    ModeKind kind;
    const char *name;  /* as on the command line and in the results store */
    const char *label; /* N_() name shown to players */
    const char *doc;   /* N_() one line: what a round looks like */
    bool teams;        /* teams take turns, a scoreboard between questions */
    bool trainee;      /* a trainee signs in; drills; pass mark on the summary */
    bool kiosk;        /* unattended: attract loop, idle timeout, admin exit */
} ModeDef;

/* Rows of the table: mode_def(i) for i < mode_count(), NULL past the end. */
size_t mode_count(void);
const ModeDef *mode_def(size_t i);
/* The row named name, or NULL. */
const ModeDef *mode_find(const char *name);

/* A stored team name as shown: a default one ("Red") in the current
 * language, any other name as it is. */
const char *mode_team_display_name(const char *stored);

/* Trainee IDs are what the sign-in keypad can type: 1 to MODE_TRAINEE_MAX
 * ASCII digits. */
#define MODE_TRAINEE_MAX 12
bool mode_trainee_valid(const char *id);

#endif
