/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-application.h"
#include "dlm-window-private.h"

G_BEGIN_DECLS

/* What every window test shares: one application with one window, and
 * ways to wait for the main loop without sleeping. */
extern DlmApplication *app;
extern DlmWindow      *window;

typedef gboolean (*Condition) (gpointer data);

/* Sets up software rendering and in-memory settings, starts GTK and the
 * application and opens its window. */
void          ui_test_init   (int        *argc,
                              char     ***argv);
/* Runs the tests, then closes the window; returns g_test_run()'s status. */
int           ui_test_run    (void);
/* Runs the main loop until @cond holds or 5 s pass; no sleeping. */
gboolean      wait_for       (Condition   cond,
                              gpointer    data);
/* Runs the main loop until nothing is pending. */
void          settle         (void);
/* Selects a topic as the sidebar does and returns its page. */
DlmTopicPage *show_topic     (const char *id);
/* TRUE once the window is mapped and the current page's plot has a size. */
gboolean      window_is_drawn (gpointer   data);

G_END_DECLS
