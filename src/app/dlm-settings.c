/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

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
