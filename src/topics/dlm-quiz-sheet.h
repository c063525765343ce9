/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One attempt at a topic's quiz as a sheet to hand out in class: a title
 * with the topic, the seed and a line for the student's name, the
 * questions with lettered choices (a, b, c, …), then, on a page of its
 * own, the answer key (the right letter and its reason for each
 * question). The seed decides the questions, as in the window, so a
 * teacher can print a different sheet per seed and find any of them
 * again. @title is the topic's translated title. */
typedef struct _DlmQuizSheet DlmQuizSheet;

DlmQuizSheet *dlm_quiz_sheet_new     (const char    *topic_id,
                                      const char    *title,
                                      guint32        seed);
void          dlm_quiz_sheet_free    (DlmQuizSheet  *self);
/* Plain text; a form feed starts the answer key's page. */
char         *dlm_quiz_sheet_to_text (DlmQuizSheet  *self);
/* A PDF of A4 pages in portrait. */
GBytes       *dlm_quiz_sheet_to_pdf  (DlmQuizSheet  *self,
                                      GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmQuizSheet, dlm_quiz_sheet_free)

G_END_DECLS
