/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gsl/gsl_matrix.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_TRANSPOSE_VIEW_FLIP,
  DLM_TRANSPOSE_VIEW_RULES,
  DLM_TRANSPOSE_VIEW_VECTOR,
} DlmTransposeView;

#define DLM_TYPE_TRANSPOSE_VIEW (dlm_transpose_view_get_type ())
GType dlm_transpose_view_get_type (void);

/* Matrices are drawn as cells with their values: at most this many rows
 * and columns. */
#define DLM_TRANSPOSE_MAX_SIDE 12

#define DLM_TYPE_TRANSPOSE_TOPIC (dlm_transpose_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmTransposeTopic, dlm_transpose_topic, DLM, TRANSPOSE_TOPIC, DlmTopic)

DlmTopic         *dlm_transpose_topic_new            (void);
const gsl_matrix *dlm_transpose_topic_get_matrix     (DlmTransposeTopic *self);
const gsl_matrix *dlm_transpose_topic_get_transpose  (DlmTransposeTopic *self);
/* (αA)ᵀ and αAᵀ, each computed its own way, for the rule they share. */
const gsl_matrix *dlm_transpose_topic_get_scaled_transpose (DlmTransposeTopic *self);
const gsl_matrix *dlm_transpose_topic_get_alpha_transpose  (DlmTransposeTopic *self);
gboolean          dlm_transpose_topic_is_symmetric   (DlmTransposeTopic *self);
double            dlm_transpose_topic_get_vtv        (DlmTransposeTopic *self);
/* The animation of @view (the flip and the vector views: progress from 0
 * to 1; FALSE for the rules), whatever view is shown: the panel sets up
 * its timeline with it before the view is. */
gboolean          dlm_transpose_topic_get_view_animation (DlmTransposeTopic *self,
                                                          DlmTransposeView   view,
                                                          DlmAnimation      *animation);
/* Where the flip view last drew element (i, j) of A, in pixels; FALSE if
 * the last render was not the flip view or (i, j) is outside A. */
gboolean          dlm_transpose_topic_get_cell_rect  (DlmTransposeTopic *self,
                                                      guint              i,
                                                      guint              j,
                                                      DlmRect           *rect);
/* The pixel rectangle of grid slot (row, col) on the flip view's stage. */
gboolean          dlm_transpose_topic_get_slot_rect  (DlmTransposeTopic *self,
                                                      guint              row,
                                                      guint              col,
                                                      DlmRect           *rect);

/* Where the centre of element (i, j) is during the flip, in grid units
 * (column, row) of the corner of an unsqueezed cell there: (j, i) at
 * progress 0, (i, j) at progress 1, on the diagonal all the way when
 * i = j. Every element crosses the diagonal at progress 0.5, when the
 * turning matrix is seen edge-on. */
void              dlm_transpose_flip_position        (guint              i,
                                                      guint              j,
                                                      double             progress,
                                                      double            *col,
                                                      double            *row);

G_END_DECLS
