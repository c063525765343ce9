/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"
#define G_SETTINGS_ENABLE_BACKEND

#include "config.h"

#include <math.h>
#include <string.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>

#include "dlm-presenter-private.h"
#include "dlm-quiz-scores.h"
#include "dlm-quiz-window-private.h"
#include "dlm-settings.h"
#include "dlm-topic-registry.h"
#include "ui-test.h"

/* Settings that no control could have made, as a settings file edited by
 * hand holds them, reach the app past the schema: NaN passes a range
 * check, a dictionary's values are never checked, a value of the wrong
 * type or out of range counts as not set, and an older installed schema
 * may check nothing. The window here starts from such a file (the keyfile
 * backend, in a config directory of the test's own) with a hostile value
 * for every key, and the readers are tried one value at a time.
 *
 * The same program runs twice: with the schema as built, and with a copy
 * stripped of its ranges and choices, as an older version may have
 * installed it (DLM_TEST_SCHEMA_WITHOUT_RANGES is set then). The app must
 * behave the same with both. G_DEBUG=fatal-warnings turns any CRITICAL or
 * WARNING into a failure. */

#define GROUP "[io/github/dlmath/Explorer]\n"

/* The screen tests/ui/meson.build gives Xvfb, as the presenter names it. */
#define TEST_DISPLAY "1920x1080"

/* Junk entries in the hostile dictionaries: far more than are kept. */
#define N_JUNK 5000

static char *config_dir;

static gboolean
schema_without_ranges (void)
{
  return g_getenv ("DLM_TEST_SCHEMA_WITHOUT_RANGES") != NULL;
}

/* ---- the hostile settings file ------------------------------------------- */

static void
append_hostile_zooms (GString *out)
{
  static const char *bad[] = { "nan", "-nan", "inf", "-inf", "1e308", "-1.0", "0.0",
                               "2.2250738585072014e-308", "3.0000001" };

  g_string_append (out, "presentation-zoom={");
  /* every entry for the test's display is one no zoom button makes */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_string_append_printf (out, "'" TEST_DISPLAY "': %s, ", bad[i]);
  /* thousands of usable entries for other displays: only the newest stay */
  for (guint i = 0; i < N_JUNK; i++)
    g_string_append_printf (out, "'%ux%u': 2.0, ", i, i);
  /* a key of 100 kB with a usable zoom */
  g_string_append_c (out, '\'');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (out, 'k');
  g_string_append (out, "': 2.0}\n");
}

static void
append_hostile_scores (GString *out)
{
  g_string_append (out, "quiz-scores={'softmax': (7, 5), 'explog': (4294967295, 4294967295), "
                        "'entropy': (0, 0), 'meanvar': (1, 7), ");
  for (guint i = 0; i < N_JUNK; i++)
    g_string_append_printf (out, "'no-such-topic-%u': (1, 2), ", i);
  /* the one score a quiz can give, last, as the newest */
  g_string_append (out, "'argmax': (3, 6)}\n");
}

/* A value for every key: out of range, of the wrong type, NaN, huge. */
static char *
hostile_settings (void)
{
  GString *out = g_string_new (GROUP);

  g_string_append (out, "seed=-1\n");
  g_string_append (out, "last-topic='");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (out, 'x');
  g_string_append (out, "'\n");
  g_string_append (out, "theme='neon'\n");
  g_string_append (out, "zoom=nan\n");
  append_hostile_zooms (out);
  g_string_append (out, "show-welcome='yes'\n");
  /* in range, but wider than any screen */
  g_string_append (out, "window-width=30000\n");
  g_string_append (out, "window-height=-5\n");
  g_string_append (out, "window-maximized=2\n");
  append_hostile_scores (out);

  return g_string_free (out, FALSE);
}

/* Writes the file the keyfile backend reads, and makes that backend the
 * default one before GTK starts: ui_test_init() asks for the memory
 * backend, but the default backend, once made, stays for the process. */
static GSettingsBackend *
start_from_hostile_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = hostile_settings ();

  config_dir = g_dir_make_tmp ("dlmath-settings-XXXXXX", &error);
  g_assert_no_error (error);
  dir = g_build_filename (config_dir, "glib-2.0", "settings", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  path = g_build_filename (dir, "keyfile", NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  return g_settings_backend_get_default ();
}

static void
remove_config_dir (void)
{
  static const char *files[] = { "glib-2.0/settings/keyfile", "case.ini", "glib-2.0/settings", "glib-2.0" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (config_dir, files[i], NULL);

      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (config_dir), ==, 0);
  g_clear_pointer (&config_dir, g_free);
}

/* ---- helpers -------------------------------------------------------------- */

static GSettingsSchema *
app_schema (void)
{
  GSettingsSchema *schema = NULL;

  g_object_get (dlm_application_get_settings (app), "settings-schema", &schema, NULL);
  return schema;
}

/* Settings of the app's schema read from a file holding @lines. */
static GSettings *
settings_from_lines (const char *lines)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsSchema) schema = app_schema ();
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autofree char *path = g_build_filename (config_dir, "case.ini", NULL);
  g_autofree char *text = g_strconcat (GROUP, lines, "\n", NULL);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  backend = g_keyfile_settings_backend_new (path, "/", NULL);
  return g_settings_new_full (schema, backend, NULL);
}

static GStrv
topic_ids (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);

      g_strv_builder_add (builder, dlm_topic_get_id (topic));
    }
  return g_strv_builder_end (builder);
}

static void
largest_monitor (int *width,
                 int *height)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  *width = *height = 0;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      *width = MAX (*width, geometry.width);
      *height = MAX (*height, geometry.height);
    }
  g_assert_cmpint (*width, >, 0);
}

static void
set_action_state (const char *name,
                  gboolean    value)
{
  g_action_group_change_action_state (G_ACTION_GROUP (window), name, g_variant_new_boolean (value));
  settle ();
}

/* ---- the schema ----------------------------------------------------------- */

static void
assert_range (GSettingsSchema *schema,
              const char      *name,
              const char      *expected)
{
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, name);
  g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
  g_autoptr(GVariant) fallback = g_settings_schema_key_get_default_value (key);
  g_autofree char *text = g_variant_print (range, FALSE);

  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_settings_schema_key_range_check (key, fallback));
}

/* "type" when the key has no range or choices, else "range" or "enum". */
static char *
range_kind (GSettingsSchema *schema,
            const char      *name)
{
  g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, name);
  g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
  char *kind;

  g_variant_get (range, "(sv)", &kind, NULL);
  return kind;
}

/* The schema's ranges are the limits the readers apply; without ranges
 * (the older schema) nothing is checked at all, so that the second run
 * tests what it says it does. */
static void
test_schema (void)
{
  g_autoptr(GSettingsSchema) schema = app_schema ();
  g_auto(GStrv) keys = g_settings_schema_list_keys (schema);
  g_auto(GStrv) ids = topic_ids ();
  g_autofree char *width = NULL, *height = NULL, *zoom = NULL, *topics = NULL;
  g_autoptr(GString) choices = g_string_new (NULL);

  if (schema_without_ranges ())
    {
      for (guint i = 0; keys[i] != NULL; i++)
        {
          g_autofree char *kind = range_kind (schema, keys[i]);

          g_assert_cmpstr (kind, ==, "type");
        }
      return;
    }

  width = g_strdup_printf ("('range', <(%d, %d)>)", DLM_SETTINGS_MIN_WIDTH, DLM_SETTINGS_MAX_SIDE);
  height = g_strdup_printf ("('range', <(%d, %d)>)", DLM_SETTINGS_MIN_HEIGHT, DLM_SETTINGS_MAX_SIDE);
  zoom = g_strdup_printf ("('range', <(%.1f, %.1f)>)", DLM_SETTINGS_MIN_ZOOM, DLM_SETTINGS_MAX_ZOOM);
  for (guint i = 0; ids[i] != NULL; i++)
    g_string_append_printf (choices, "%s'%s'", i > 0 ? ", " : "", ids[i]);
  topics = g_strdup_printf ("('enum', <[%s]>)", choices->str);

  assert_range (schema, "window-width", width);
  assert_range (schema, "window-height", height);
  assert_range (schema, "zoom", zoom);
  assert_range (schema, "last-topic", topics);
  assert_range (schema, "theme", "('enum', <['system', 'light', 'dark', 'projector']>)");
  assert_range (schema, "seed", "('range', <(uint32 0, uint32 4294967295)>)");
  /* only dictionaries and booleans, which can have none, lack a range:
   * the readers check the dictionaries */
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, keys[i]);
      const GVariantType *type = g_settings_schema_key_get_value_type (key);
      g_autofree char *kind = range_kind (schema, keys[i]);

      if (g_str_equal (kind, "type"))
        g_assert_true (g_variant_type_equal (type, G_VARIANT_TYPE_BOOLEAN) ||
                       g_variant_type_is_subtype_of (type, G_VARIANT_TYPE ("a{s*}")));
    }
}

/* ---- the readers, one value at a time ------------------------------------ */

typedef struct {
  const char *line;      /* what the file says */
  const char *expected;  /* what the reader gives, printed */
} ReadCase;

static char *
read_as_text (GSettings  *settings,
              const char *key)
{
  if (g_str_equal (key, "window-width"))
    return g_strdup_printf ("%d", dlm_settings_get_int_in_range (settings, key, DLM_SETTINGS_MIN_WIDTH,
                                                                 DLM_SETTINGS_MAX_SIDE));
  if (g_str_equal (key, "window-height"))
    return g_strdup_printf ("%d", dlm_settings_get_int_in_range (settings, key, DLM_SETTINGS_MIN_HEIGHT,
                                                                 DLM_SETTINGS_MAX_SIDE));
  if (g_str_equal (key, "zoom"))
    return g_strdup_printf ("%g", dlm_settings_get_double_in_range (settings, key, DLM_SETTINGS_MIN_ZOOM,
                                                                    DLM_SETTINGS_MAX_ZOOM));
  if (g_str_equal (key, "theme"))
    return dlm_settings_get_theme (settings);
  if (g_str_equal (key, "last-topic"))
    {
      g_auto(GStrv) ids = topic_ids ();

      return dlm_settings_get_choice (settings, key, (const char * const *) ids);
    }
  g_assert_not_reached ();
}

static void
test_readers (void)
{
  g_autofree char *long_topic = g_strnfill (100000, 'x');
  g_autofree char *long_topic_line = g_strdup_printf ("last-topic='%s'", long_topic);
  const ReadCase cases[] = {
    { "window-width=-5", "1280" },
    { "window-width=0", "1280" },
    { "window-width=359", "1280" },
    { "window-width=360", "360" },
    { "window-width=32767", "32767" },
    { "window-width=32768", "1280" },
    { "window-width=1000000000", "1280" },
    { "window-width=2147483648", "1280" },     /* not an int32: unreadable */
    { "window-width='wide'", "1280" },
    { "window-width=", "1280" },
    { "window-height=-2147483648", "800" },
    { "window-height=479", "800" },
    { "window-height=480", "480" },
    { "window-height=32768", "800" },
    { "zoom=nan", "1" },
    { "zoom=-nan", "1" },
    { "zoom=inf", "1" },
    { "zoom=-inf", "1" },
    { "zoom=-1", "1" },
    { "zoom=0", "1" },
    { "zoom=1e-320", "1" },                    /* subnormal: unreadable */
    { "zoom=2.2250738585072014e-308", "1" },
    { "zoom=0.49999", "1" },
    { "zoom=0.5", "0.5" },
    { "zoom=3", "3" },
    { "zoom=3.0000001", "1" },
    { "zoom=1e308", "1" },
    { "zoom='big'", "1" },
    { "theme='neon'", "system" },
    { "theme=''", "system" },
    { "theme='Dark'", "system" },
    { "theme='dark'", "dark" },
    { "theme=42", "system" },
    { long_topic_line, "softmax" },
    { "last-topic=''", "softmax" },
    { "last-topic='explog'", "explog" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GSettings) settings = settings_from_lines (cases[i].line);
      g_autofree char *key = g_strndup (cases[i].line, strcspn (cases[i].line, "="));
      g_autofree char *got = read_as_text (settings, key);

      if (g_strcmp0 (got, cases[i].expected) != 0)
        g_error ("%.60s: read %s, expected %s", cases[i].line, got, cases[i].expected);
    }
}

/* A check that keeps finite values, for the dictionary reader itself. */
static gboolean
is_finite (const char *key,
           GVariant   *value)
{
  return isfinite (g_variant_get_double (value));
}

static char *
dictionary_text (GSettings *settings)
{
  g_autoptr(GVariant) dict = dlm_settings_get_dictionary (settings, "presentation-zoom", is_finite);

  return g_variant_print (dict, FALSE);
}

static void
assert_last_entry (GVariant   *dict,
                   const char *name,
                   double      zoom)
{
  const char *last_name;
  double last_zoom;

  g_variant_get_child (dict, g_variant_n_children (dict) - 1, "{&sd}", &last_name, &last_zoom);
  g_assert_cmpstr (last_name, ==, name);
  g_assert_cmpfloat (last_zoom, ==, zoom);
}

static void
test_dictionary (void)
{
  g_autofree char *long_key = g_strnfill (DLM_SETTINGS_MAX_KEY + 1, 'k');
  g_autofree char *longest_key = g_strnfill (DLM_SETTINGS_MAX_KEY, 'k');
  g_autofree char *lines = g_strdup_printf ("presentation-zoom={'a': nan, 'b': 1.0, 'a': 2.0, "
                                            "'b': 3.0, '%s': 1.0, '%s': 1.5, 'c': inf}",
                                            long_key, longest_key);
  g_autoptr(GSettings) settings = settings_from_lines (lines);
  g_autoptr(GString) many = g_string_new ("presentation-zoom={");
  g_autoptr(GSettings) full = NULL;
  g_autoptr(GVariant) dict = NULL;
  g_autofree char *text = dictionary_text (settings);
  g_autofree char *expected = g_strdup_printf ("{'a': 2.0, 'b': 3.0, '%s': 1.5}", longest_key);
  double zoom;

  /* bad values and overlong keys go; of a key given twice the newest stays */
  g_assert_cmpstr (text, ==, expected);

  /* of many entries the newest DLM_SETTINGS_MAX_ENTRIES stay, in order */
  for (guint i = 0; i < 3 * DLM_SETTINGS_MAX_ENTRIES; i++)
    g_string_append_printf (many, "%s'%u': %u.0", i > 0 ? ", " : "", i, i);
  g_string_append (many, "}");
  full = settings_from_lines (many->str);
  dict = dlm_settings_get_dictionary (full, "presentation-zoom", is_finite);
  g_assert_cmpuint (g_variant_n_children (dict), ==, DLM_SETTINGS_MAX_ENTRIES);
  g_assert_false (g_variant_lookup (dict, "0", "d", &zoom));
  g_assert_true (g_variant_lookup (dict, "191", "d", &zoom));
  g_clear_pointer (&dict, g_variant_unref);

  /* a new entry pushes the oldest out; a known one moves to the end */
  dlm_settings_set_dictionary_entry (full, "presentation-zoom", is_finite, "new",
                                     g_variant_new_double (1.25));
  dict = g_settings_get_value (full, "presentation-zoom");
  g_assert_cmpuint (g_variant_n_children (dict), ==, DLM_SETTINGS_MAX_ENTRIES);
  g_assert_false (g_variant_lookup (dict, "128", "d", &zoom));
  g_assert_true (g_variant_lookup (dict, "129", "d", &zoom));
  assert_last_entry (dict, "new", 1.25);
  g_clear_pointer (&dict, g_variant_unref);

  dlm_settings_set_dictionary_entry (full, "presentation-zoom", is_finite, "129",
                                     g_variant_new_double (0.5));
  dict = g_settings_get_value (full, "presentation-zoom");
  g_assert_cmpuint (g_variant_n_children (dict), ==, DLM_SETTINGS_MAX_ENTRIES);
  g_assert_true (g_variant_lookup (dict, "130", "d", &zoom));
  assert_last_entry (dict, "129", 0.5);
}

/* Quiz scores no quiz can give count as none, and are dropped when a
 * score is recorded. */
static void
test_quiz_scores (void)
{
  g_autoptr(GSettings) settings = settings_from_lines ("quiz-scores={'softmax': (7, 5), "
                                                       "'explog': (4294967295, 4294967295), "
                                                       "'entropy': (0, 0), 'meanvar': (1, 7), "
                                                       "'nothing': (1, 2), 'argmax': (3, 6)}");
  g_autoptr(GSettings) negative = settings_from_lines ("quiz-scores={'argmax': (-1, 6)}");
  g_autoptr(GVariant) stored = NULL;
  g_autofree char *text = NULL;
  guint best = 0, n = 0;

  g_assert_false (dlm_quiz_scores_lookup (settings, "softmax", NULL, NULL));
  g_assert_false (dlm_quiz_scores_lookup (settings, "explog", NULL, NULL));
  g_assert_false (dlm_quiz_scores_lookup (settings, "entropy", NULL, NULL));
  g_assert_false (dlm_quiz_scores_lookup (settings, "meanvar", NULL, NULL));
  g_assert_false (dlm_quiz_scores_lookup (settings, "nothing", NULL, NULL));
  g_assert_true (dlm_quiz_scores_lookup (settings, "argmax", &best, &n));
  g_assert_cmpuint (best, ==, 3);
  g_assert_cmpuint (n, ==, 6);
  g_assert_false (dlm_quiz_scores_lookup (negative, "argmax", NULL, NULL));

  g_assert_true (dlm_quiz_scores_record (settings, "softmax", 2, 5));
  stored = g_settings_get_value (settings, "quiz-scores");
  text = g_variant_print (stored, FALSE);
  g_assert_cmpstr (text, ==, "{'argmax': (3, 6), 'softmax': (2, 5)}");
}

/* ---- the window started from the hostile file ---------------------------- */

static void
test_window (void)
{
  g_autoptr(GSettingsBackend) backend = NULL;
  DlmPlotView *view;
  int width, height, screen_width, screen_height;
  gboolean handled = TRUE;

  /* the window reads the test's file, not the memory backend */
  g_object_get (dlm_application_get_settings (app), "backend", &backend, NULL);
  g_assert_cmpstr (G_OBJECT_TYPE_NAME (backend), ==, "GKeyfileSettingsBackend");

  g_assert_true (wait_for (window_is_drawn, NULL));
  largest_monitor (&screen_width, &screen_height);

  /* the settings' least size is the window's own */
  gtk_widget_get_size_request (GTK_WIDGET (window), &width, &height);
  g_assert_cmpint (width, ==, DLM_SETTINGS_MIN_WIDTH);
  g_assert_cmpint (height, ==, DLM_SETTINGS_MIN_HEIGHT);

  /* 30000 wide is in range but wider than the screen; -5 high is not in range */
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, screen_width);
  g_assert_cmpint (height, ==, 800);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, screen_width);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (window)));

  /* NaN zoom, a 100 kB topic, an unknown theme and an unreadable seed:
   * the defaults */
  view = dlm_topic_page_get_plot_view (dlm_window_get_page (window));
  g_assert_cmpfloat (dlm_plot_view_get_zoom (view), ==, 1.0);
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, "softmax");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "projector"));
  g_assert_cmpfloat (gtk_spin_button_get_value (dlm_window_get_seed_spin (window)), ==, 42);

  /* what closing saves is in range (the signal alone: the window stays) */
  g_signal_emit_by_name (window, "close-request", &handled);
  g_assert_false (handled);
  g_assert_cmpint (g_settings_get_int (dlm_application_get_settings (app), "window-width"), ==, screen_width);
  g_assert_cmpint (g_settings_get_int (dlm_application_get_settings (app), "window-height"), ==, 800);
}

static char *
display_key (void)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (display,
                                                            gtk_native_get_surface (GTK_NATIVE (window)));
  GdkRectangle geometry;

  gdk_monitor_get_geometry (monitor, &geometry);
  return g_strdup_printf ("%dx%d", geometry.width, geometry.height);
}

/* Every entry for this display is unusable: the room gets 1.5 times the
 * window's zoom; a step stores a dictionary that holds no junk. */
static void
test_presentation (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmPresenter *presenter = dlm_window_get_presenter (window);
  DlmPlotView *view;
  g_autofree char *key = display_key ();
  g_autoptr(GVariant) zooms = NULL;
  /* the newest entries a read keeps, less the one a new entry pushes out */
  g_autofree char *gone = g_strdup_printf ("%ux%u", N_JUNK - DLM_SETTINGS_MAX_ENTRIES,
                                           N_JUNK - DLM_SETTINGS_MAX_ENTRIES);
  g_autofree char *oldest = g_strdup_printf ("%ux%u", N_JUNK - DLM_SETTINGS_MAX_ENTRIES + 1,
                                             N_JUNK - DLM_SETTINGS_MAX_ENTRIES + 1);
  GVariantIter iter;
  const char *name;
  double zoom;

  g_assert_cmpstr (key, ==, TEST_DISPLAY);
  set_action_state ("presentation", TRUE);
  g_assert_true (dlm_presenter_get_presenting (presenter));
  g_assert_cmpfloat (dlm_presenter_get_presentation_zoom (presenter), ==, 1.5);
  view = dlm_topic_page_get_plot_view (dlm_window_get_page (window));
  g_assert_cmpfloat (dlm_plot_view_get_zoom (view), ==, 1.5);

  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  settle ();
  g_assert_cmpfloat (dlm_presenter_get_presentation_zoom (presenter), ==, 1.75);

  zooms = g_settings_get_value (settings, "presentation-zoom");
  g_assert_cmpuint (g_variant_n_children (zooms), ==, DLM_SETTINGS_MAX_ENTRIES);
  g_variant_iter_init (&iter, zooms);
  while (g_variant_iter_next (&iter, "{&sd}", &name, &zoom))
    {
      g_assert_cmpuint (strlen (name), <=, DLM_SETTINGS_MAX_KEY);
      g_assert_cmpfloat (zoom, >=, DLM_SETTINGS_MIN_ZOOM);
      g_assert_cmpfloat (zoom, <=, DLM_SETTINGS_MAX_ZOOM);
    }
  /* the oldest junk went, the newest stayed, the display's entry is last */
  g_assert_false (g_variant_lookup (zooms, gone, "d", &zoom));
  g_assert_true (g_variant_lookup (zooms, oldest, "d", &zoom));
  g_assert_true (g_variant_lookup (zooms, key, "d", &zoom));
  g_assert_cmpfloat (zoom, ==, 1.75);

  set_action_state ("presentation", FALSE);
  g_assert_false (dlm_presenter_get_presenting (presenter));
  view = dlm_topic_page_get_plot_view (dlm_window_get_page (window));
  g_assert_cmpfloat (dlm_plot_view_get_zoom (view), ==, 1.0);
}

static gboolean
quiz_window_is_mapped (gpointer data)
{
  GtkWindow *quiz = find_toplevel (DLM_TYPE_QUIZ_WINDOW);

  return quiz != NULL && gtk_widget_get_mapped (GTK_WIDGET (quiz));
}

static gboolean
quiz_window_is_gone (gpointer data)
{
  return find_toplevel (DLM_TYPE_QUIZ_WINDOW) == NULL;
}

/* Of thousands of scores the one a quiz can give counts. */
static void
test_quiz_overview (void)
{
  DlmQuizWindow *quiz;

  g_action_group_activate_action (G_ACTION_GROUP (window), "quiz", g_variant_new_string (""));
  g_assert_true (wait_for (quiz_window_is_mapped, NULL));
  quiz = DLM_QUIZ_WINDOW (find_toplevel (DLM_TYPE_QUIZ_WINDOW));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dlm_quiz_window_get_summary_label (quiz)), "1 of "));
  gtk_window_close (GTK_WINDOW (quiz));
  g_assert_true (wait_for (quiz_window_is_gone, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettingsBackend) backend = start_from_hostile_file ();
  int status;

  ui_test_init (&argc, &argv);

  g_test_add_func ("/settings/schema", test_schema);
  g_test_add_func ("/settings/readers", test_readers);
  g_test_add_func ("/settings/dictionary", test_dictionary);
  g_test_add_func ("/settings/quiz-scores", test_quiz_scores);
  g_test_add_func ("/settings/window", test_window);
  g_test_add_func ("/settings/presentation", test_presentation);
  g_test_add_func ("/settings/quiz-overview", test_quiz_overview);

  status = ui_test_run ();
  remove_config_dir ();
  return status;
}
