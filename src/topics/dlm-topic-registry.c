/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-argmax-topic.h"
#include "dlm-complex-topic.h"
#include "dlm-datatypes-topic.h"
#include "dlm-dot-topic.h"
#include "dlm-encoding-topic.h"
#include "dlm-entropy-topic.h"
#include "dlm-explog-topic.h"
#include "dlm-matmul-topic.h"
#include "dlm-meanvar-topic.h"
#include "dlm-sampling-topic.h"
#include "dlm-seeding-topic.h"
#include "dlm-softmax-topic.h"
#include "dlm-topic-registry.h"
#include "dlm-transpose-topic.h"

/* Every topic model, one line each, in the course's order: the command line
 * lists them in this order and the sidebar shows those that have a panel. */
static const DlmTopicTypeFunc topics[] = {
  dlm_complex_topic_get_type,
  dlm_datatypes_topic_get_type,
  dlm_encoding_topic_get_type,
  dlm_transpose_topic_get_type,
  dlm_dot_topic_get_type,
  dlm_matmul_topic_get_type,
  dlm_softmax_topic_get_type,
  dlm_explog_topic_get_type,
  dlm_entropy_topic_get_type,
  dlm_argmax_topic_get_type,
  dlm_meanvar_topic_get_type,
  dlm_sampling_topic_get_type,
  dlm_seeding_topic_get_type,
};

const DlmTopicTypeFunc *
dlm_topic_registry_get (guint *n_topics)
{
  g_return_val_if_fail (n_topics != NULL, NULL);

  *n_topics = G_N_ELEMENTS (topics);
  return topics;
}

GType
dlm_topic_registry_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, G_TYPE_INVALID);

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      /* topic classes are never unloaded, so the id outlives this reference */
      g_autoptr(GTypeClass) klass = g_type_class_ref (topics[i] ());

      if (g_strcmp0 (DLM_TOPIC_CLASS (klass)->id, id) == 0)
        return G_TYPE_FROM_CLASS (klass);
    }
  return G_TYPE_INVALID;
}

DlmTopic *
dlm_topic_registry_new (const char *id)
{
  GType type = dlm_topic_registry_lookup (id);

  return type != G_TYPE_INVALID ? g_object_new (type, NULL) : NULL;
}
