/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_SOFTMAX_VIEW_BARS,
  DLM_SOFTMAX_VIEW_CLASSIFIER,
  DLM_SOFTMAX_VIEW_STABILITY,
} DlmSoftmaxView;

#define DLM_TYPE_SOFTMAX_VIEW (dlm_softmax_view_get_type ())
GType dlm_softmax_view_get_type (void);

#define DLM_TYPE_SOFTMAX_TOPIC (dlm_softmax_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmSoftmaxTopic, dlm_softmax_topic, DLM, SOFTMAX_TOPIC, DlmTopic)

DlmTopic      *dlm_softmax_topic_new             (void);
guint          dlm_softmax_topic_get_n           (DlmSoftmaxTopic *self);
const double  *dlm_softmax_topic_get_probabilities (DlmSoftmaxTopic *self);

G_END_DECLS
