/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef enum {
  DLM_DOT_MODE_VECTOR,
  DLM_DOT_MODE_MATRIX,
  DLM_DOT_MODE_GEOMETRY,
  DLM_DOT_MODE_CONVOLUTION,
} DlmDotMode;

#define DLM_TYPE_DOT_MODE (dlm_dot_mode_get_type ())
GType dlm_dot_mode_get_type (void);

/* At most this many numbers in v or w, and the largest step. */
#define DLM_DOT_MAX_LEN     1000
/* At most this many entries in a or b. */
#define DLM_DOT_MAX_ENTRIES 400
/* Entries larger than this in size are refused, so no product overflows. */
#define DLM_DOT_MAX_ABS     1e100

#define DLM_TYPE_DOT_TOPIC (dlm_dot_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmDotTopic, dlm_dot_topic, DLM, DOT_TOPIC, DlmTopic)

DlmTopic *dlm_dot_topic_new          (void);
/* How many products the running sum adds in vector mode: the number of
 * pairs (the shorter length when v and w differ). */
guint     dlm_dot_topic_get_n_pairs  (DlmDotTopic *self);
/* What the step parameter counts in the current mode, for the timeline:
 * the pairs (vector mode) or the outputs of the sliding kernel
 * (convolution mode, n − k + 1); 0 in modes without steps. */
guint     dlm_dot_topic_get_n_steps  (DlmDotTopic *self);

G_END_DECLS
