/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-application.h"
#include "dlm-window-private.h"

G_BEGIN_DECLS

/* What every window test shares: one application with one window, ways
 * to wait for the main loop without sleeping, and walks through a window's
 * widgets. */
extern DlmApplication *app;
extern DlmWindow      *window;

typedef gboolean (*Condition) (gpointer data);

/* Sets up software rendering, GTK's test accessibility backend (no bus,
 * and the accessible properties stay readable) and in-memory settings,
 * then starts GTK; for tests of a widget on its own. */
void          ui_test_init_gtk (int        *argc,
                                char     ***argv);
/* ui_test_init_gtk(), then starts the application and opens its window. */
void          ui_test_init     (int        *argc,
                                char     ***argv);
/* Runs the tests, then closes the window; returns g_test_run()'s status. */
int           ui_test_run      (void);
/* Runs the main loop until @cond holds or 5 s pass; no sleeping. */
gboolean      wait_for         (Condition   cond,
                                gpointer    data);
/* Runs the main loop until nothing is pending. */
void          settle           (void);
/* Gives the window @width × @height (give or take its frame) and waits
 * until it has them and the main loop is idle. */
void          resize_window    (int         width,
                                int         height);
/* Selects a topic as the sidebar does and returns its page. */
DlmTopicPage *show_topic       (const char *id);
/* TRUE once the window is mapped and the current page's plot has a size. */
gboolean      window_is_drawn  (gpointer   data);

/* Depth first, in packing order, the @n-th widget of @type below @root,
 * not looking inside controls that build their own parts (buttons,
 * scales, drop-downs); NULL if there is none. */
GtkWidget    *find_descendant  (GtkWidget  *root,
                                GType       type,
                                guint       n);
/* The value of a string property of @widget's accessible, or NULL. */
char         *accessible_text  (GtkWidget              *widget,
                                GtkAccessibleProperty   property);
/* Appends to @out a line for each mapped control in @root's tree that a
 * screen reader has no name for. */
void          collect_unnamed  (GtkWidget  *root,
                                GString    *out);
/* The shortcut that @widget's shortcut controllers bind to @trigger (as
 * gtk_shortcut_trigger_to_string() writes it), or NULL. */
GtkShortcut  *find_shortcut    (GtkWidget  *widget,
                                const char *trigger);

/* The first open toplevel window of @type, or NULL. */
GtkWindow    *find_toplevel  (GType       type);

G_END_DECLS
