/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gsl/gsl_matrix.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_MATMUL_VIEW_STEPS,
  DLM_MATMUL_VIEW_SIZES,
  DLM_MATMUL_VIEW_RANDOM,
} DlmMatmulView;

#define DLM_TYPE_MATMUL_VIEW (dlm_matmul_view_get_type ())
GType dlm_matmul_view_get_type (void);

#define DLM_MATMUL_MAX_RANDOM_SIZE 50
/* Random entries are integers in [LOW, HIGH), as np.random.randint(0, 10). */
#define DLM_MATMUL_RANDOM_LOW  0
#define DLM_MATMUL_RANDOM_HIGH 10

#define DLM_TYPE_MATMUL_TOPIC (dlm_matmul_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmMatmulTopic, dlm_matmul_topic, DLM, MATMUL_TOPIC, DlmTopic)

DlmTopic         *dlm_matmul_topic_new          (void);
/* The steps of the animation: the entries of C = op(A)·op(B). */
guint             dlm_matmul_topic_get_n_steps  (DlmMatmulTopic *self);
/* The animation of @view (the steps view's entries of C; FALSE for the
 * other views), whatever view is shown: the panel sets up its timeline
 * with it before the view is. */
gboolean          dlm_matmul_topic_get_view_animation (DlmMatmulTopic *self,
                                                       DlmMatmulView   view,
                                                       DlmAnimation   *animation);
/* The product the current view shows (random view: the random A·B). */
const gsl_matrix *dlm_matmul_topic_get_product  (DlmMatmulTopic *self);
/* The random factors for the current seed and sizes. */
const gsl_matrix *dlm_matmul_topic_get_random_a (DlmMatmulTopic *self);
const gsl_matrix *dlm_matmul_topic_get_random_b (DlmMatmulTopic *self);
/* The terms of entry (i, j) of the typed product: "1×2 + 3×6 = 20". */
char             *dlm_matmul_topic_get_terms    (DlmMatmulTopic *self,
                                                 guint           i,
                                                 guint           j);

G_END_DECLS
