/* theme: the sizes of the look in one struct, as microui's mu_Style: type
 * sizes (points at the 1024x600 design size, scaled by the text engine)
 * and spacing (design pixels, scaled with ui_px). The colours are the
 * palette in ui.h. Widgets and scenes read sizes from app->theme instead of
 * writing them down: the shared scale first, then the sizes of the shared
 * components (hud, keypad, the mode flow's pills and toast), then one
 * sub-struct per scene for the geometry only that scene has. */
#ifndef AMAN_THEME_H
#define AMAN_THEME_H

/* A size that differs by script: Nastaliq's ink is taller than Latin's. */
typedef struct {
    int latin, urdu;
} ThemeByScript;

typedef struct {
    struct {
        int display; /* a panel's one word (Paused) */
        int title;   /* a screen's title row */
        int callout; /* a message read at a glance: a toast, a plea */
        int heading; /* a section's label, a card's headline */
        int label;   /* a button's or a key's label, a status line */
        int body;    /* running text, table rows */
        int note;    /* a line under the main one: the mode, a help hint */
        int small;   /* hints under a button */
        int hint;    /* the keyboard line along the bottom edge */
        /* The smallest text ui_text draws (issue 18: readable on a 7-inch
         * panel; Nastaliq needs more than Latin): a text that does not fit
         * at it wraps past its box rather than shrink. */
        int min_urdu, min_latin;
    } type;
    int margin;      /* around the content area */
    int gap;         /* between neighbouring widgets */
    int pad;         /* inside a card, around its text */
    int radius;      /* of cards and panels */
    int line;        /* an outline, a ring */
    int line_bold;   /* a ring that marks (the current team, the leader) */
    int title_h;     /* the title row's height */
    int title_clear; /* room left at the title row's end for the language button */
    int button_w;    /* a screen's own buttons (Back, Cancel) */
    int button_h;
    int pill_inset; /* a pill's inset from the top and bottom of its row */
    int rule;       /* a hairline between rows */
    int band;       /* the gold band along the top edge */
    int shadow;     /* a card's shadow, below it */
    int typed;      /* type size of what a player types into an answer box */
    struct {        /* a button and an answer button (ui.c) */
        int radius;
        int halo;   /* the focus halo around it */
        int shadow; /* its shadow, below it */
        int inset;  /* its label from its sides */
    } button;
    struct {                  /* an answer button's parts (ui_choice) */
        int pad;              /* around the badge, the text and the mark */
        int badge;            /* the letter badge's largest side */
        int label, label_two; /* type sizes of the answer alone, above a second line */
        ThemeByScript sub;    /* type size of the second line */
    } choice;
    struct {                /* the progress row (ui_progress) */
        int label_w;        /* the "3 / 10" label */
        int gap;            /* between the label and the segments */
        int seg_gap, seg_h; /* the segments */
    } progress;
    struct {              /* the language button in the top corner */
        int w, h, margin; /* its margin from the window's edges */
        int type;
    } lang;
    int numpad_gap;     /* between the keys of an answer's number pad */
    struct {            /* the read-aloud button (speaker.c) */
        int size;       /* its side, and its least side in real pixels */
        int ring;       /* the focus ring, a third of the halo around it */
        int ring_least; /* the ring's least width in real pixels */
        int shadow;
        int inset; /* from its card's corner; the card's text keeps this clear of it */
    } speaker;
    struct {            /* the in-round heads-up display (hud.c) */
        int bar_h;      /* the progress bar and the score pill */
        int timer_y;    /* the timer bar's top, below the content's top */
        int timer_h;    /* the timer bar's thickness */
        int timer_room; /* left below the timer bar */
        int score_w;    /* the score pill */
        int streak_w;   /* the streak note beside it */
        int streak_gap;
        int pause_w, pause_h, pause_gap; /* the pause panel's buttons */
        int pause_pad;                   /* the panel around them */
        int pause_head;                  /* the panel's room above the first button */
        int pause_head_y, pause_head_h;  /* its "Paused" row */
        int pause_radius;
    } hud;
    struct {                            /* the PIN keypad screen (keypad.c) */
        int gap;                        /* between keys */
        int pad_w;                      /* the twelve keys' block */
        int top;                        /* below the content's top, room for the title */
        int side_gap;                   /* between the left column and the keys */
        int info_h, entry_h, message_h; /* the left column's rows */
        int back_w;
        int entry_inset; /* the entry text's inset from its box's sides */
        int digits;      /* the typed digits' largest size (px) */
    } keypad;
    struct {                                /* the mode flow's overlays (modeflow_run.c) */
        int corner;                         /* the admin/language corners' touch squares */
        int turn_h;                         /* the "X's turn" pill */
        int toast_w, toast_h, toast_bottom; /* the toast, above the bottom edge */
        int hold_dot;                       /* a dot of the admin hold's ring */
    } flow;
    struct {     /* scene_title.c */
        int gap; /* between the three buttons */
        int button_h;
        int start_w, side_w;     /* Start, the buttons beside it */
        int start_grow;          /* Start's extra height, centred */
        int hint_bottom, hint_h; /* the keyboard hint above the bottom edge */
    } title;
    struct {                 /* scene_question.c */
        int top;             /* the card below the hud */
        int gap;             /* between the card and the answers, and between answers */
        int row_h, tf_row_h; /* an answer's row, a true/false answer's (Latin; Urdu scales them) */
        int numeric_h;       /* the number entry and pad's block */
        int short_h;         /* the typed answer's block, without its gap */
        int card_max, numeric_card_max; /* the card's tallest */
        int pad;                        /* inside the card */
        ThemeByScript category_h;       /* the category's row on the card */
        int category;                   /* type size of the category */
        int text, text_two;     /* type sizes of the question alone, above its other language */
        int text_other;         /* type size of the question in the other language */
        int pad_w;              /* the number pad's block */
        int entry_h;            /* the number or typed answer's box */
        int entry_pad;          /* the number's inset, and the hint below it */
        int entry_type;         /* the typed number's largest size (px) */
        int entry_hint_h;       /* the hint under the number */
        int submit_w, submit_h; /* "Check answer" */
        int hint_gap;           /* between "Check answer" and its hint */
        int slide;              /* how far the card slides in from */
    } question;
    struct {                /* scene_feedback.c */
        int next_w, next_h; /* the Next button */
        int next_top;       /* below the hud */
        int verdict_gap;    /* between the verdict and Next */
        int verdict_radius;
        int verdict;                  /* type size of the verdict */
        int question_h, question_max; /* the question's row: least, tallest */
        int question;                 /* type size of the question */
        int row_h;                    /* an answer's row when there are more than four */
        int row_wide;  /* an answer's row in the bilingual view (its explanation needs room) */
        int row_urdu;  /* an answer's row in Urdu (Nastaliq lines are tall) */
        int row_two;   /* an answer's row otherwise: a long answer on two lines */
        int mark_room; /* the tick and badge's room in an Urdu answer */
        int card_gap;  /* added above the explanation card */
        int rise;      /* how far the card rises from */
        int why;       /* type size of the explanation */
        ThemeByScript source_h; /* the "From the statement:" row */
        int source_label;       /* its type size */
        int source_gap;         /* the room its rule and gap take above the statement */
        int source_rule;        /* the gold rule above it */
        int source_y;           /* the label below the rule */
        int source;             /* type size of the statement */
    } feedback;
    struct {             /* scene_attract.c */
        int gap;         /* between the names, the card and the Touch button */
        int names_inset; /* the names' row from the content's sides */
        int names_h;
        int name_gap;              /* each name from the rule between them */
        int name_rule;             /* the gold rule between the names */
        int touch_h;               /* the "Touch to play" button */
        int touch_other;           /* type size of its other language */
        int pad;                   /* inside the card */
        int head_h;                /* the fact's heading row */
        ThemeByScript scores_head; /* the scores' heading row */
        int body;                  /* type size of a fact and of "No scores yet" */
        int cell;                  /* type size of a score's cell */
        int row_radius;            /* a highlighted score's row */
    } attract;
    struct { /* scene_scores.c */
        int row_h;
        int row_radius; /* the highlighted row */
        int gap;        /* between the table and the buttons */
    } scores;
    struct {                    /* scene_drills.c */
        int top;                /* the topic buttons below the content's top */
        int button_h;           /* a topic or a level */
        ThemeByScript label_h;  /* the "Level" label */
        ThemeByScript bottom_h; /* the bottom row's buttons */
    } drills;
    struct {            /* scene_scoreboard.c */
        int go_w, go_h; /* the Continue button */
        int pad;        /* inside a team's row */
        int num_w;      /* the points column */
        int top;        /* the rows below the content's top */
        int gap;        /* between rows */
        int row_max;    /* a row's tallest */
        int hint_clear; /* between the hint and the button */
        int hint_urdu;  /* the hint's height in Urdu (two lines of Nastaliq) */
        int row_radius; /* the ring round the team whose turn is next */
        int points;     /* type size of the points */
    } scoreboard;
    struct {           /* scene_teacher_help.c */
        int row_h;     /* a key's row */
        int cap_w;     /* the key cap */
        int cap_gap;   /* between the cap and what the key does */
        int cap_inset; /* the cap's inset from its row's top and bottom */
        int cap_radius;
        int cap_type; /* the cap's largest label (px) */
        int head_h;   /* a column's heading */
        int rows_top; /* the first row below the column's top */
        int what;     /* type size of what a key does */
        int col_gap;  /* between the two columns */
        int top;      /* the columns below the content's top */
    } help;
    struct {       /* scene_stillthere.c (sizes beyond the screen's fractions) */
        int head;  /* type size of "Still there?" */
        int other; /* the same in the other language */
        int bar_h; /* the countdown bar */
    } stillthere;
    struct {     /* scene_summary.c */
        int gap; /* between the buttons, above the review */
        ThemeByScript button_h;
        int tile_radius;
        int tile_inset; /* a tile's label from its sides */
        int tile_value; /* a tile's figure's largest size (px) */
        int tiles_top;  /* the tiles below the content's top */
        int tiles_h;
        ThemeByScript review_type; /* a mistake's question and answer */
        ThemeByScript review_row;  /* a mistake's least height */
        int review_pad;            /* inside the review panel */
        ThemeByScript review_head; /* the review's heading row */
        int review_gap;            /* below the heading */
        int review_lead;           /* added to a row's text height */
        int more_w;                /* the "more" button */
        int more_type;
    } summary;
    struct {                              /* scene_results.c */
        int title_type;                   /* the results' title (denser than a screen's) */
        int figures_top;                  /* the headline figures below the content's top */
        ThemeByScript figure_h;           /* a headline figure's card */
        int figure_pad;                   /* a figure's text from the card's sides */
        int figure_inset;                 /* its two rows from the card's top and bottom */
        int figure_name, figure_value;    /* their type sizes */
        int dash, dash_line;              /* the pass mark's dashes: length, thickness */
        int panel_pad;                    /* inside a chart's card */
        ThemeByScript panel_head;         /* a chart's heading row */
        int panel_head_y;                 /* the heading below the card's top */
        int panel_head_gap;               /* between the heading and the plot */
        int panel_type;                   /* type size of a chart's heading */
        int axis_w, axis_gap;             /* the line chart's percent labels, from the plot */
        int axis_h;                       /* a percent label, centred on its grid line */
        int plot_inset;                   /* the line chart's plot from the top and bottom */
        ThemeByScript pass_above, pass_h; /* the pass mark's label, above its line */
        int axis_type;                    /* type size of the percent and pass labels */
        int dot;                          /* a point's radius on the line */
        int stroke;                       /* the line's half width */
        int note_w, bar_gap;              /* the bar chart's value column, its gaps */
        int bar_max;                      /* a bar's tallest */
        int bar_radius;
        int bar_label, bar_note; /* type sizes of a bar's topic and value */
    } results;
    struct {                    /* scene_lobby.c, and the classroom title's Phones button */
        int pad;                /* inside the join card, around the QR code and the PIN */
        int addr_h;             /* a join address's row */
        int addr;               /* type size of a join address */
        int pin;                /* type size of the room PIN */
        int count_h;            /* the "6 players" row */
        int names_top;          /* the names below the count's top */
        int name_h;             /* a name's pill */
        int name_gap;           /* between the pills */
        int start_h;            /* the Start button (as wide as a screen's own buttons) */
        int phones_w, phones_h; /* the classroom title's Phones button */
        int phones_margin;      /* from the window's edges, across from the language button */
    } lobby;
    struct {                 /* scene_phoneq.c */
        int next_h;          /* the Reveal / Next / Finish button and its hint's row */
        int top;             /* the question's card below the content's top */
        int head_h;          /* the "Question 3 of 10" row above it */
        int head_clear;      /* room left at the answer count's end for the language button */
        int card_h;          /* the question's card while asking */
        int card_revealed_h; /* the same, revealed (the leaderboard needs the room) */
        int card_pad;        /* inside the card */
        int question;        /* type size of the question */
        int card_gap;        /* between the card and the answers */
        int bottom;          /* room below the answers for the button */
        int answer_gap;      /* between the answers */
        int answer_max;      /* an answer's tallest */
        int board_gap;       /* between the revealed answers and the leaderboard */
        int row_h;           /* a row of who passed and of the places after the podium */
        int row_gap;         /* between rows, the leaderboard's too */
        int row_pad;         /* the leaderboard's place and score from its row's sides */
        int score_w;         /* the leaderboard's score column */
        int teams_h;         /* the teams' line under the leaderboard */
        int passed_room;     /* the content's height the "Who passed" rows leave clear */
        int passed_pad;      /* a trainee's name and verdict from the row's sides */
        int step_name_h;     /* a podium step's name, above it */
        int step_radius;
        int podium_head;  /* between the title and the tallest step */
        int rest_clear;   /* after the podium: the name's room kept clear of the score */
        int rest_pad;     /* the score from its row's side */
        int rest_score_w; /* the score's column */
    } phoneq;
} Theme;

/* The game's one theme (static, lives as long as the program). */
const Theme *theme_default(void);

#endif
