/* phoneplay: the game's side of a phone classroom (--phones). Starts the
 * web server of game/net/phones.h with a wake callback that pushes an SDL
 * user event, and plays the phones' rounds on the game's session (the
 * projector's player leaves it while they play: game_hand_to_phones);
 * the scenes SCENE_LOBBY and SCENE_PHONEQ (scene_lobby.c, scene_phoneq.c)
 * show it. */
#ifndef AMAN_PHONEPLAY_H
#define AMAN_PHONEPLAY_H

#include <SDL.h>
#include <stdbool.h>

#include "app.h"
#include "phones.h"

typedef struct PhonePlay PhonePlay;

/* With --phones: refuses kiosk and training modes, starts the server on
 * --port (default PHONES_DEFAULT_PORT) and prints "listening on
 * http://ADDR:PORT/" on stdout. True and nothing done without --phones.
 * False with a one-line message in err. */
bool phoneplay_start(App *app, char *err, size_t errlen);
/* The classroom title's Phones button (top corner, opposite the language
 * button): whether it shows, where, and what it does (starts the server
 * if need be, then the lobby; a failure is said in a toast). */
bool phoneplay_offered(const App *app);
SDL_Rect phoneplay_button_rect(const App *app);
bool phoneplay_open_lobby(App *app);
/* Whether the phones hold the session (the server runs and their class
 * has not finished): the title's Start goes back to their lobby. */
bool phoneplay_in_class(const App *app);
/* After the podium: the phones' class is over; the session goes back to
 * the projector's player (game_hand_back). */
void phoneplay_finish(App *app);
void phoneplay_stop(App *app);
/* The running server, or NULL. */
PhoneServer *phoneplay_server(const App *app);
/* True for the event the server's wake callback pushes; the scene then
 * calls phoneplay_poll. */
bool phoneplay_is_wake(const SDL_Event *ev);
/* Applies the phones' queued joins and answers to the session, runs its
 * clock (time up) and, once it closed the question, reveals it to the
 * phones. True when something a screen shows may have changed. */
bool phoneplay_poll(App *app);
/* The teacher removes Room player i (lobby or round). */
bool phoneplay_kick(App *app, int player);
/* Draws a player's name in box as its own paragraph, in the direction of
 * its first strong letter (so "Bot ب" reads as typed on any screen), on
 * the screen's reading side (align START: left in English, right in
 * Urdu; or CENTER). Nothing around it can be reordered by it. */
void phoneplay_draw_name(App *app, const char *name, SDL_Rect box, int design_px, SDL_Color c,
                         TextAlign align);
/* A round of the session for every phone joined, its first question
 * opened to the phones; false when nobody joined or no question plays. */
bool phoneplay_begin(App *app);
/* Reveals the open question to the phones (the teacher's R, time up, or
 * everyone answered); false when none is open. */
bool phoneplay_reveal(App *app);
/* The next question to the phones; false after the last (the room ends). */
bool phoneplay_next(App *app);
/* Milliseconds left on the open question, -1 without a limit (game clock). */
int64_t phoneplay_time_left(App *app);

#endif
