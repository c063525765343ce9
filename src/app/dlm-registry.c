/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-registry.h"
#include "dlm-topic-registry.h"

#include "dlm-argmax-panel.h"
#include "dlm-argmax-topic.h"
#include "dlm-complex-panel.h"
#include "dlm-complex-topic.h"
#include "dlm-datatypes-panel.h"
#include "dlm-datatypes-topic.h"
#include "dlm-encoding-panel.h"
#include "dlm-encoding-topic.h"
#include "dlm-entropy-panel.h"
#include "dlm-entropy-topic.h"
#include "dlm-dot-panel.h"
#include "dlm-dot-topic.h"
#include "dlm-explog-panel.h"
#include "dlm-explog-topic.h"
#include "dlm-matmul-panel.h"
#include "dlm-matmul-topic.h"
#include "dlm-meanvar-panel.h"
#include "dlm-meanvar-topic.h"
#include "dlm-sampling-panel.h"
#include "dlm-sampling-topic.h"
#include "dlm-seeding-panel.h"
#include "dlm-seeding-topic.h"
#include "dlm-softmax-panel.h"
#include "dlm-softmax-topic.h"
#include "dlm-transpose-panel.h"
#include "dlm-transpose-topic.h"

/* The controls panel of each topic, one line each. The order of the sidebar
 * is the model registry's (src/topics/dlm-topic-registry.c). */
static const DlmRegistration panels[] = {
  { dlm_complex_topic_get_type, dlm_complex_panel_get_type },
  { dlm_dot_topic_get_type, dlm_dot_panel_get_type },
  { dlm_datatypes_topic_get_type, dlm_datatypes_panel_get_type },
  { dlm_encoding_topic_get_type, dlm_encoding_panel_get_type },
  { dlm_softmax_topic_get_type, dlm_softmax_panel_get_type },
  { dlm_explog_topic_get_type,  dlm_explog_panel_get_type },
  { dlm_entropy_topic_get_type, dlm_entropy_panel_get_type },
  { dlm_argmax_topic_get_type, dlm_argmax_panel_get_type },
  { dlm_meanvar_topic_get_type, dlm_meanvar_panel_get_type },
  { dlm_sampling_topic_get_type, dlm_sampling_panel_get_type },
  { dlm_seeding_topic_get_type, dlm_seeding_panel_get_type },
  { dlm_transpose_topic_get_type, dlm_transpose_panel_get_type },
  { dlm_matmul_topic_get_type, dlm_matmul_panel_get_type },
};

static DlmRegistration *registry;
static guint n_registered;

/* Topics in course order, keeping only those that have a panel. */
static void
build_registry (void)
{
  guint n_models;
  const DlmTopicTypeFunc *models = dlm_topic_registry_get (&n_models);

  registry = g_new0 (DlmRegistration, n_models);
  for (guint i = 0; i < n_models; i++)
    for (guint j = 0; j < G_N_ELEMENTS (panels); j++)
      if (panels[j].model_type () == models[i] ())
        registry[n_registered++] = panels[j];
}

const DlmRegistration *
dlm_registry_get (guint *n_topics)
{
  g_return_val_if_fail (n_topics != NULL, NULL);

  static gsize built = 0;

  if (g_once_init_enter (&built))
    {
      build_registry ();
      g_once_init_leave (&built, 1);
    }
  *n_topics = n_registered;
  return registry;
}

const DlmRegistration *
dlm_registry_lookup (const char *id)
{
  GType type;
  guint n;
  const DlmRegistration *all = dlm_registry_get (&n);

  g_return_val_if_fail (id != NULL, NULL);

  type = dlm_topic_registry_lookup (id);
  for (guint i = 0; i < n && type != G_TYPE_INVALID; i++)
    if (all[i].model_type () == type)
      return &all[i];
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
