/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-registry.h"

#include "dlm-explog-panel.h"
#include "dlm-explog-topic.h"
#include "dlm-softmax-panel.h"
#include "dlm-softmax-topic.h"

/* Course order: the sidebar lists the topics in this order. */
static const DlmRegistration registry[] = {
  { dlm_softmax_topic_get_type, dlm_softmax_panel_get_type },
  { dlm_explog_topic_get_type,  dlm_explog_panel_get_type },
};

const DlmRegistration *
dlm_registry_get (guint *n_topics)
{
  g_return_val_if_fail (n_topics != NULL, NULL);

  *n_topics = G_N_ELEMENTS (registry);
  return registry;
}

static const char *
registration_get_id (const DlmRegistration *reg)
{
  /* Topic classes are never unloaded, so the id outlives this reference. */
  g_autoptr(GTypeClass) klass = g_type_class_ref (reg->model_type ());

  return DLM_TOPIC_CLASS (klass)->id;
}

const DlmRegistration *
dlm_registry_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (registry); i++)
    if (g_strcmp0 (registration_get_id (&registry[i]), id) == 0)
      return &registry[i];

  return NULL;
}

DlmTopic *
dlm_registry_new_topic (const char *id)
{
  const DlmRegistration *reg;

  g_return_val_if_fail (id != NULL, NULL);

  if (!(reg = dlm_registry_lookup (id)))
    return NULL;

  return g_object_new (reg->model_type (), NULL);
}
