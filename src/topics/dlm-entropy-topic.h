/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_ENTROPY_VIEW_BINARY,
  DLM_ENTROPY_VIEW_DISTRIBUTION,
  DLM_ENTROPY_VIEW_CROSS,
} DlmEntropyView;

typedef enum {
  DLM_ENTROPY_BASE_2,
  DLM_ENTROPY_BASE_E,
  DLM_ENTROPY_BASE_10,
} DlmEntropyBase;

typedef enum {
  DLM_ENTROPY_TARGET_ONEHOT,
  DLM_ENTROPY_TARGET_DIST,
} DlmEntropyTarget;

#define DLM_TYPE_ENTROPY_VIEW (dlm_entropy_view_get_type ())
GType dlm_entropy_view_get_type (void);
#define DLM_TYPE_ENTROPY_BASE (dlm_entropy_base_get_type ())
GType dlm_entropy_base_get_type (void);
#define DLM_TYPE_ENTROPY_TARGET (dlm_entropy_target_get_type ())
GType dlm_entropy_target_get_type (void);

#define DLM_TYPE_ENTROPY_TOPIC (dlm_entropy_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmEntropyTopic, dlm_entropy_topic, DLM, ENTROPY_TOPIC, DlmTopic)

DlmTopic *dlm_entropy_topic_new (void);

G_END_DECLS
