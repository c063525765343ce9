/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gsl/gsl_matrix.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

#define DLM_TYPE_ENCODING_SCHEME (dlm_encoding_scheme_get_type ())
GType dlm_encoding_scheme_get_type (void);

#define DLM_TYPE_ENCODING_TOPIC (dlm_encoding_topic_get_type ())

G_DECLARE_FINAL_TYPE (DlmEncodingTopic, dlm_encoding_topic, DLM, ENCODING_TOPIC, DlmTopic)

DlmTopic          *dlm_encoding_topic_new            (void);
/* The encoded matrix (N×K one-hot, N×1 dummy or label) and the categories
 * in use, in column order: the ones typed, or A–Z when none are. */
const gsl_matrix  *dlm_encoding_topic_get_matrix     (DlmEncodingTopic *self);
const char *const *dlm_encoding_topic_get_categories (DlmEncodingTopic *self);

G_END_DECLS
