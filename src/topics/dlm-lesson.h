/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-theme.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

/* A lesson: topics in order, and their views (the slides presentation
 * mode steps through, those the topic accepts with its defaults) drawn
 * with their default parameters and one seed. It is written out whole,
 * as a deck of slides or as a printed handout, both PDF. */
typedef struct _DlmLesson DlmLesson;

typedef enum {
  DLM_PAPER_A4,       /* 595 × 842 pt */
  DLM_PAPER_LETTER,   /* 612 × 792 pt */
} DlmPaper;

/* A deck's page is its --size in pixels at 96 per inch: 1920 × 1080 px
 * gives pages of 1440 × 810 pt (20 × 11.25 in). */
#define DLM_DECK_POINTS_PER_PIXEL 0.75
#define DLM_DECK_MIN_SIDE 480

/* @topic_ids: known topic ids, in the lesson's order; NULL for every
 * topic in the sidebar's order. */
DlmLesson    *dlm_lesson_new          (const char *const *topic_ids,
                                       guint32            seed);
void          dlm_lesson_free         (DlmLesson         *self);
const char   *dlm_lesson_get_title    (DlmLesson         *self);
guint         dlm_lesson_get_n_topics (DlmLesson         *self);
guint         dlm_lesson_get_n_slides (DlmLesson         *self);
/* A title page, then a page per slide: its title, the figure (vector),
 * the formula card and "3 / 41"; an outline entry per topic with its
 * views under it. @width × @height are pixels, as a screen of that size
 * would show the slide (DLM_DECK_MIN_SIDE to 8192 each). */
GBytes       *dlm_lesson_to_deck      (DlmLesson         *self,
                                       DlmThemeKind       theme,
                                       int                width,
                                       int                height,
                                       DlmTopicProgress   progress,
                                       gpointer           progress_data,
                                       GError           **error);
/* Per topic its views' figures (light theme) with formula and
 * explanation, then its quiz; the answers with their reasons last. */
GBytes       *dlm_lesson_to_handout   (DlmLesson         *self,
                                       DlmPaper           paper,
                                       DlmTopicProgress   progress,
                                       gpointer           progress_data,
                                       GError           **error);

gboolean      dlm_paper_from_string   (const char        *name,
                                       DlmPaper          *paper);
const char   *dlm_paper_to_string     (DlmPaper           paper);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmLesson, dlm_lesson_free)

G_END_DECLS
