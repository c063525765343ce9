/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_ARGMAX_VIEW_VALUES,
  DLM_ARGMAX_VIEW_CLASSIFIER,
  DLM_ARGMAX_VIEW_FUNCTION,
} DlmArgmaxView;

#define DLM_TYPE_ARGMAX_VIEW (dlm_argmax_view_get_type ())
GType dlm_argmax_view_get_type (void);

/* At most this many values (and labels). */
#define DLM_ARGMAX_MAX_VALUES 1000

/* The function view samples both curves on NumPy's
 * np.linspace(DLM_ARGMAX_GRID_MIN, DLM_ARGMAX_GRID_MAX, DLM_ARGMAX_GRID_N). */
#define DLM_ARGMAX_GRID_MIN (-2.0)
#define DLM_ARGMAX_GRID_MAX 5.0
#define DLM_ARGMAX_GRID_N   7001

#define DLM_TYPE_ARGMAX_TOPIC (dlm_argmax_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmArgmaxTopic, dlm_argmax_topic, DLM, ARGMAX_TOPIC, DlmTopic)

DlmTopic *dlm_argmax_topic_new          (void);
double    dlm_argmax_topic_bump         (double  x);
double    dlm_argmax_topic_loss         (double  x);
void      dlm_argmax_topic_grid_extrema (gsize  *bump_argmax,
                                         double *bump_argmax_x,
                                         gsize  *loss_argmin,
                                         double *loss_argmin_x);

G_END_DECLS
