/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the topics' tests. */
#include "config.h"

#include <string.h>

#include "topic-test.h"

GHashTable *
summary_of (DlmTopic *topic)
{
  g_autofree char *summary = dlm_topic_to_summary (topic);
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      char *eq = strchr (lines[i], '=');

      g_assert_nonnull (eq);
      g_hash_table_insert (table, g_strndup (lines[i], eq - lines[i]), g_strdup (eq + 1));
    }
  return table;
}


double
summary_number (GHashTable *table,
                const char *key)
{
  const char *text = g_hash_table_lookup (table, key);
  char *end;
  double value;

  g_assert_nonnull (text);
  value = g_ascii_strtod (text, &end);
  g_assert_cmpint (*end, ==, '\0');
  return value;
}


DlmParamInfo *
topic_view_param (DlmTopic *topic)
{
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);

  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);

      if ((strcmp (info->name, "view") == 0 || strcmp (info->name, "mode") == 0)
          && strcmp (info->type, "choice") == 0)
        return g_ptr_array_steal_index (params, i);
    }
  return NULL;
}
