/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_EXPLOG_VIEW_CURVES,
  DLM_EXPLOG_VIEW_STRETCH,
  DLM_EXPLOG_VIEW_MONOTONIC,
  DLM_EXPLOG_VIEW_PRECISION,
} DlmExplogView;

typedef enum {
  DLM_EXPLOG_BASE_E,
  DLM_EXPLOG_BASE_2,
  DLM_EXPLOG_BASE_10,
} DlmExplogBase;

#define DLM_TYPE_EXPLOG_VIEW (dlm_explog_view_get_type ())
GType dlm_explog_view_get_type (void);
#define DLM_TYPE_EXPLOG_BASE (dlm_explog_base_get_type ())
GType dlm_explog_base_get_type (void);

#define DLM_TYPE_EXPLOG_TOPIC (dlm_explog_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmExplogTopic, dlm_explog_topic, DLM, EXPLOG_TOPIC, DlmTopic)

DlmTopic *dlm_explog_topic_new (void);

G_END_DECLS
