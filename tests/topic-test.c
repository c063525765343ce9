/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the topics' tests. */
#include "config.h"

#include <string.h>

#include "dlm-layout.h"
#include "dlm-topic-registry.h"
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


DlmTopic *
topic_applied (const char        *id,
               const char *const *assignments)
{
  DlmTopic *topic = dlm_topic_registry_new (id);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (topic);
  g_assert_true (dlm_topic_apply (topic, assignments, &error));
  g_assert_no_error (error);
  return topic;
}

DlmLayoutLog *
figure_log (DlmTopic         *topic,
            const DlmTheme   *theme,
            int               width,
            int               height,
            cairo_surface_t **surface)
{
  DlmLayoutLog *log = dlm_layout_log_new (width, height);
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (target);

  dlm_layout_log_attach (log, cr);
  dlm_topic_render (topic, cr, theme, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (surface != NULL)
    *surface = target;
  else
    cairo_surface_destroy (target);
  return log;
}

/* The figure at @width × @height as the command line draws it, in the
 * theme's type scaled for that size. */
static DlmLayoutLog *
render_logged (DlmTopic     *topic,
               DlmThemeKind  kind,
               int           width,
               int           height)
{
  DlmTheme theme;

  dlm_theme_init (&theme, kind, dlm_theme_auto_scale (width, height));
  return figure_log (topic, &theme, width, height, NULL);
}

GPtrArray *
figure_texts (DlmTopic     *topic,
              DlmThemeKind  theme,
              int           width,
              int           height)
{
  g_autoptr(DlmLayoutLog) log = render_logged (topic, theme, width, height);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      if (item->kind == DLM_LAYOUT_TEXT)
        g_ptr_array_add (texts, g_strdup (item->text));
    }
  return texts;
}

GPtrArray *
figure_problems (DlmTopic     *topic,
                 DlmThemeKind  theme,
                 int           width,
                 int           height)
{
  g_autoptr(DlmLayoutLog) log = render_logged (topic, theme, width, height);

  return dlm_layout_log_check (log);
}

gboolean
texts_contain (GPtrArray  *texts,
               const char *needle)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

void
assert_magnitude_limit (const char        *id,
                        const char        *key,
                        const char *const *views)
{
  g_autoptr(DlmTopic) topic = topic_applied (id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dlm_topic_get_param_text (topic, key);
  g_autofree char *after = NULL;
  g_autofree char *too_large = g_strdup_printf ("%s: value 2, 1.7e308, is too large; accepted: -1e300 to 1e300", key);
  g_autofree char *too_small = g_strdup_printf ("%s: value 1, -1e301, is too small; accepted: -1e300 to 1e300", key);

  g_assert_false (dlm_topic_set_param (topic, key, "1, 1.7e308", &error));
  g_assert_cmpstr (error->message, ==, too_large);
  g_clear_error (&error);
  g_assert_false (dlm_topic_set_param (topic, key, "-1e301, 0", &error));
  g_assert_cmpstr (error->message, ==, too_small);
  after = dlm_topic_get_param_text (topic, key);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (dlm_topic_set_param (topic, key, "1e300, -1e300, 2", NULL));
  for (guint i = 0; views[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) problems = NULL;

      g_assert_true (dlm_topic_set_param (topic, "view", views[i], NULL));
      problems = figure_problems (topic, DLM_THEME_LIGHT, 1366, 768);
      if (problems->len > 0)
        g_error ("%s view: %s", views[i], (char *) g_ptr_array_index (problems, 0));
    }
}
