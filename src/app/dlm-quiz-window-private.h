/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-quiz-view.h"
#include "dlm-quiz-window.h"

G_BEGIN_DECLS

/* For the UI tests: the parts of the quiz window they drive and inspect. */
DlmQuizView *dlm_quiz_window_get_view          (DlmQuizWindow *self);
GtkListBox  *dlm_quiz_window_get_overview_list (DlmQuizWindow *self);
GtkLabel    *dlm_quiz_window_get_summary_label (DlmQuizWindow *self);
gboolean     dlm_quiz_window_get_on_overview   (DlmQuizWindow *self);

G_END_DECLS
