/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-export.h"
#include "dlm-topic.h"

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
/* A PDF of A4 pages in portrait (a document: its own page size). */
GBytes       *dlm_quiz_sheet_to_pdf  (DlmQuizSheet  *self,
                                      GError       **error);

/* A printed document made of the same blocks, for a lesson's handout:
 * pages of @width × @height points, "@title · 3 / 12" at the foot of
 * each, a PDF outline entry per heading. Blocks are added in reading
 * order; a heading, a question or an answer is kept on one page with
 * what belongs to it. */
DlmQuizSheet *dlm_quiz_sheet_new_document  (const char   *title,
                                            double        width,
                                            double        height);
void          dlm_quiz_sheet_add_title     (DlmQuizSheet *self,
                                            const char   *text);
void          dlm_quiz_sheet_add_note      (DlmQuizSheet *self,
                                            const char   *text);
void          dlm_quiz_sheet_add_page_break (DlmQuizSheet *self);
/* @level 1 (a topic) or 2 (a part of it), each an outline entry. */
void          dlm_quiz_sheet_add_heading   (DlmQuizSheet *self,
                                            guint         level,
                                            const char   *text);
/* Pango markup: a formula on one line (scaled down to fit), or text. */
void          dlm_quiz_sheet_add_formula   (DlmQuizSheet *self,
                                            const char   *markup);
void          dlm_quiz_sheet_add_markup    (DlmQuizSheet *self,
                                            const char   *markup);
/* A figure as wide as the text, @aspect times as high: @draw draws it
 * at @width × @height (its own units; scaled to fit) when its page is
 * printed. @data is freed with @destroy. */
void          dlm_quiz_sheet_add_figure    (DlmQuizSheet *self,
                                            double        width,
                                            double        height,
                                            DlmDrawFunc   draw,
                                            gpointer      data,
                                            GDestroyNotify destroy);
/* The questions of the topic's quiz for @seed, with lettered choices,
 * and their answers with reasons (the same attempt: the same seed). */
void          dlm_quiz_sheet_add_questions (DlmQuizSheet *self,
                                            const char   *topic_id,
                                            guint32       seed);
void          dlm_quiz_sheet_add_answers   (DlmQuizSheet *self,
                                            const char   *topic_id,
                                            guint32       seed);
/* Called as the PDF is drawn, with how much of it is done; when it
 * returns FALSE the drawing stops and dlm_quiz_sheet_to_pdf() fails with
 * G_IO_ERROR_CANCELLED. */
void          dlm_quiz_sheet_set_progress  (DlmQuizSheet *self,
                                            DlmTopicProgress progress,
                                            gpointer      data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmQuizSheet, dlm_quiz_sheet_free)

G_END_DECLS
