/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-sampling.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_SAMPLING_VIEW_LLN,
  DLM_SAMPLING_VIEW_DISTRIBUTION,
} DlmSamplingView;

#define DLM_TYPE_SAMPLING_VIEW (dlm_sampling_view_get_type ())
GType dlm_sampling_view_get_type (void);
#define DLM_TYPE_POPULATION_KIND (dlm_population_kind_get_type ())
GType dlm_population_kind_get_type (void);

#define DLM_TYPE_SAMPLING_TOPIC (dlm_sampling_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmSamplingTopic, dlm_sampling_topic, DLM, SAMPLING_TOPIC, DlmTopic)

DlmTopic *dlm_sampling_topic_new          (void);
/* How many steps the animation of the current view has: draws (the law
 * of large numbers) or repeats (the sampling distribution). */
guint     dlm_sampling_topic_get_duration (DlmSamplingTopic *self);

G_END_DECLS
