/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_MEANVAR_VIEW_DOTS,
  DLM_MEANVAR_VIEW_NORMAL,
  DLM_MEANVAR_VIEW_SQUARES,
} DlmMeanvarView;

#define DLM_TYPE_MEANVAR_VIEW (dlm_meanvar_view_get_type ())
GType dlm_meanvar_view_get_type (void);

#define DLM_TYPE_MEANVAR_TOPIC (dlm_meanvar_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmMeanvarTopic, dlm_meanvar_topic, DLM, MEANVAR_TOPIC, DlmTopic)

DlmTopic *dlm_meanvar_topic_new (void);

G_END_DECLS
