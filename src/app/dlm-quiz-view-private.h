/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-quiz-view.h"

G_BEGIN_DECLS

/* For the UI tests: the parts of the quiz view they drive and inspect. */
GtkListBox *dlm_quiz_view_get_choices      (DlmQuizView *self);
GtkLabel   *dlm_quiz_view_get_result_label (DlmQuizView *self);
GtkWidget  *dlm_quiz_view_get_next_button  (DlmQuizView *self);
GtkLabel   *dlm_quiz_view_get_reason_label (DlmQuizView *self,
                                            guint        choice);
GtkLabel   *dlm_quiz_view_get_verdict_label (DlmQuizView *self,
                                             guint        choice);
AdwStatusPage *dlm_quiz_view_get_score_page (DlmQuizView *self);
GtkMenuButton *dlm_quiz_view_get_seed_button (DlmQuizView *self);
GtkEntry   *dlm_quiz_view_get_seed_entry    (DlmQuizView *self);
GtkLabel   *dlm_quiz_view_get_seed_error_label (DlmQuizView *self);

G_END_DECLS
