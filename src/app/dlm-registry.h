/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "dlm-topic.h"

G_BEGIN_DECLS

/* One line per topic, in course order. A topic is its model (src/topics)
 * and its controls panel (src/app, a GtkWidget with a "topic" property). */
typedef struct {
  GType (*model_type) (void);
  GType (*panel_type) (void);
} DlmRegistration;

const DlmRegistration *dlm_registry_get       (guint      *n_topics);
const DlmRegistration *dlm_registry_lookup    (const char *id);
DlmTopic              *dlm_registry_new_topic (const char *id);

G_END_DECLS
