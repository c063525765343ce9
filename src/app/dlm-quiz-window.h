/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DLM_TYPE_QUIZ_WINDOW (dlm_quiz_window_get_type ())

G_DECLARE_FINAL_TYPE (DlmQuizWindow, dlm_quiz_window, DLM, QUIZ_WINDOW, AdwWindow)

/* A modal window over @parent: the overview of every topic's quiz with
 * its best score, and one quiz at a time. */
DlmQuizWindow *dlm_quiz_window_new           (GtkWindow     *parent,
                                              GSettings     *settings);
void           dlm_quiz_window_show_overview (DlmQuizWindow *self);
gboolean       dlm_quiz_window_start         (DlmQuizWindow *self,
                                              const char    *topic_id);

G_END_DECLS
