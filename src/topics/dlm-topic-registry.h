/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

typedef GType (*DlmTopicTypeFunc) (void);

const DlmTopicTypeFunc *dlm_topic_registry_get    (guint      *n_topics);
GType                   dlm_topic_registry_lookup (const char *id);
DlmTopic               *dlm_topic_registry_new    (const char *id);

G_END_DECLS
