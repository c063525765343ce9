/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_COMPLEX_VIEW_SPECTRAL,
  DLM_COMPLEX_VIEW_LORENZ,
  DLM_COMPLEX_VIEW_LIFE,
} DlmComplexView;

typedef enum {
  DLM_COMPLEX_PROJECTION_XZ,
  DLM_COMPLEX_PROJECTION_3D,
} DlmComplexProjection;

#define DLM_TYPE_COMPLEX_VIEW (dlm_complex_view_get_type ())
GType dlm_complex_view_get_type (void);
#define DLM_TYPE_COMPLEX_PROJECTION (dlm_complex_projection_get_type ())
GType dlm_complex_projection_get_type (void);
/* The start patterns of the life view (DlmLifePattern) as an enum type. */
#define DLM_TYPE_LIFE_PATTERN (dlm_life_pattern_get_type ())
GType dlm_life_pattern_get_type (void);

#define DLM_TYPE_COMPLEX_TOPIC (dlm_complex_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmComplexTopic, dlm_complex_topic, DLM, COMPLEX_TOPIC, DlmTopic)

DlmTopic *dlm_complex_topic_new      (void);
/* How many singular values the picture has: the largest accepted rank. */
guint     dlm_complex_topic_get_rank_limit (DlmComplexTopic *self);

/* The animation of @view (Lorenz: progress from 0 to 1, mapped to time
 * 0 to t-end; life: the steps, up to the generations; FALSE for the
 * spectral view), whatever view is shown: the panel sets up both its
 * timelines with it. */
gboolean  dlm_complex_topic_get_view_animation (DlmComplexTopic *self,
                                                DlmComplexView   view,
                                                DlmAnimation    *animation);

G_END_DECLS
