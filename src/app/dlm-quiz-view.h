/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DLM_TYPE_QUIZ_VIEW (dlm_quiz_view_get_type ())

G_DECLARE_FINAL_TYPE (DlmQuizView, dlm_quiz_view, DLM, QUIZ_VIEW, GtkWidget)

/* One topic's quiz, a question at a time, then the score. The best score
 * is kept in @settings ("quiz-scores") when the quiz is finished. */
GtkWidget  *dlm_quiz_view_new             (GSettings   *settings,
                                           const char  *topic_id,
                                           const char  *title);
const char *dlm_quiz_view_get_topic_id    (DlmQuizView *self);
const char *dlm_quiz_view_get_title       (DlmQuizView *self);
guint       dlm_quiz_view_get_n_questions (DlmQuizView *self);
guint       dlm_quiz_view_get_position    (DlmQuizView *self);
guint       dlm_quiz_view_get_n_right     (DlmQuizView *self);
guint32     dlm_quiz_view_get_seed        (DlmQuizView *self);
guint       dlm_quiz_view_get_attempt     (DlmQuizView *self);
gboolean    dlm_quiz_view_get_answered    (DlmQuizView *self);
gboolean    dlm_quiz_view_get_finished    (DlmQuizView *self);
/* A new attempt: dlm_quiz_view_restart() draws a new seed (0 to 2³² − 1),
 * dlm_quiz_view_start_with_seed() takes the attempt of @seed again. */
void        dlm_quiz_view_restart         (DlmQuizView *self);
void        dlm_quiz_view_start_with_seed (DlmQuizView *self,
                                           guint32      seed);

G_END_DECLS
