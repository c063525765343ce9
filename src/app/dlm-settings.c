/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <string.h>

#include "dlm-settings.h"

/* An installed app finds its schema in the default source; a freshly built
 * one (_build/src/dlmath) finds it in the build tree, where the build
 * compiles it, so the app runs without being installed. */
static GSettingsSchema *
lookup_build_schema (GSettingsSchemaSource *parent)
{
  g_autoptr(GSettingsSchemaSource) source = NULL;
  g_autoptr(GError) error = NULL;

  source = g_settings_schema_source_new_from_directory (BUILD_SCHEMA_DIR, parent,
                                                        FALSE, &error);
  if (source == NULL)
    {
      g_debug ("No schemas in %s: %s", BUILD_SCHEMA_DIR, error->message);
      return NULL;
    }

  return g_settings_schema_source_lookup (source, APPLICATION_ID, FALSE);
}

GSettings *
dlm_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    schema = lookup_build_schema (source);

  if (schema == NULL)
    {
      g_critical ("The settings schema %s is neither installed nor in the build "
                  "directory %s. Install the app, or build it with meson and "
                  "ninja so that the compiled schema is there.",
                  APPLICATION_ID, BUILD_SCHEMA_DIR);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* ---- reads that hold to the app's limits -------------------------------- */

/* A value outside its range counts as not set, as GSettings itself treats
 * it when the schema has the range: the app then behaves the same with an
 * older schema that lacks it. The default is held to the range as well, so
 * that even a broken schema cannot hand out a value past the limits. NaN
 * passes GSettings' range check (it compares neither less nor greater),
 * so here it is caught like any other value out of range. */
static double
in_range_or_default (GSettings  *settings,
                     const char *key,
                     double      value,
                     double      min,
                     double      max)
{
  g_autoptr(GVariant) fallback = NULL;

  if (value >= min && value <= max)
    return value;
  fallback = g_settings_get_default_value (settings, key);
  value = g_variant_is_of_type (fallback, G_VARIANT_TYPE_INT32) ? g_variant_get_int32 (fallback)
                                                                 : g_variant_get_double (fallback);
  return value > max ? max : value >= min ? value : min;
}

int
dlm_settings_get_int_in_range (GSettings  *settings,
                               const char *key,
                               int         min,
                               int         max)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), min);
  g_return_val_if_fail (key != NULL, min);
  g_return_val_if_fail (min <= max, min);

  return (int) in_range_or_default (settings, key, g_settings_get_int (settings, key), min, max);
}

double
dlm_settings_get_double_in_range (GSettings  *settings,
                                  const char *key,
                                  double      min,
                                  double      max)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), min);
  g_return_val_if_fail (key != NULL, min);
  g_return_val_if_fail (min <= max, min);

  return in_range_or_default (settings, key, g_settings_get_double (settings, key), min, max);
}

/* The stored string when it is one of @choices, else the key's default
 * (the schema's default is one of them). */
char *
dlm_settings_get_choice (GSettings          *settings,
                         const char         *key,
                         const char * const *choices)
{
  g_autofree char *value = NULL;
  g_autoptr(GVariant) fallback = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (choices != NULL, NULL);

  value = g_settings_get_string (settings, key);
  if (g_strv_contains (choices, value))
    return g_steal_pointer (&value);

  fallback = g_settings_get_default_value (settings, key);
  return g_variant_dup_string (fallback, NULL);
}

/* The theme as one of the four the app knows. */
char *
dlm_settings_get_theme (GSettings *settings)
{
  static const char * const themes[] = { "system", "light", "dark", "projector", NULL };

  return dlm_settings_get_choice (settings, "theme", themes);
}

/* The dictionary @key holds (an a{s…} of any value type), keeping only
 * the entries that @check accepts, with keys of at most
 * DLM_SETTINGS_MAX_KEY bytes, each key once, and at most
 * DLM_SETTINGS_MAX_ENTRIES of them. Writers append, so the newest
 * entries are the last: those are the ones kept, in their order. */
GVariant *
dlm_settings_get_dictionary (GSettings             *settings,
                             const char            *key,
                             DlmSettingsEntryCheck  check)
{
  g_autoptr(GVariant) stored = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GVariantBuilder builder;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (check != NULL, NULL);

  stored = g_settings_get_value (settings, key);
  g_return_val_if_fail (g_variant_is_of_type (stored, G_VARIANT_TYPE ("a{s*}")), NULL);

  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = g_variant_n_children (stored); i > 0 && kept->len < DLM_SETTINGS_MAX_ENTRIES; i--)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (stored, i - 1);
      g_autoptr(GVariant) value = g_variant_get_child_value (entry, 1);
      const char *name;

      g_variant_get_child (entry, 0, "&s", &name);
      if (strlen (name) <= DLM_SETTINGS_MAX_KEY && !g_hash_table_contains (seen, name) &&
          check (name, value))
        {
          g_hash_table_add (seen, g_strdup (name));
          g_ptr_array_add (kept, g_steal_pointer (&entry));
        }
    }

  g_variant_builder_init (&builder, g_variant_get_type (stored));
  for (guint i = kept->len; i > 0; i--)
    g_variant_builder_add_value (&builder, g_ptr_array_index (kept, i - 1));
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Stores @value under @name in the dictionary @key: after the entries of
 * the others that dlm_settings_get_dictionary() keeps, less the oldest
 * when there are already DLM_SETTINGS_MAX_ENTRIES, so that the setting
 * never grows past what a read keeps. */
void
dlm_settings_set_dictionary_entry (GSettings             *settings,
                                   const char            *key,
                                   DlmSettingsEntryCheck  check,
                                   const char            *name,
                                   GVariant              *value)
{
  g_autoptr(GVariant) sunk = g_variant_ref_sink (value);
  g_autoptr(GVariant) stored = NULL;
  g_autoptr(GVariant) replaced = NULL;
  GVariantBuilder builder;
  gsize n, first = 0;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (name != NULL);

  stored = dlm_settings_get_dictionary (settings, key, check);
  g_return_if_fail (stored != NULL);

  n = g_variant_n_children (stored);
  replaced = g_variant_lookup_value (stored, name, NULL);
  if (replaced == NULL && n >= DLM_SETTINGS_MAX_ENTRIES)
    first = n - DLM_SETTINGS_MAX_ENTRIES + 1;

  g_variant_builder_init (&builder, g_variant_get_type (stored));
  for (gsize i = first; i < n; i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (stored, i);
      const char *entry_name;

      g_variant_get_child (entry, 0, "&s", &entry_name);
      if (g_strcmp0 (entry_name, name) != 0)
        g_variant_builder_add_value (&builder, entry);
    }
  g_variant_builder_add_value (&builder, g_variant_new_dict_entry (g_variant_new_string (name), sunk));

  g_settings_set_value (settings, key, g_variant_builder_end (&builder));
}
