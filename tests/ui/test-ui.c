/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dlm-export-dialog.h"
#include "dlm-registry.h"
#include "ui-test.h"

static DlmParamBinding *
get_binding (const char *topic_id,
             const char *key)
{
  DlmTopicPage *page = show_topic (topic_id);
  DlmParamBinding *binding = dlm_topic_panel_get_binding (dlm_topic_page_get_panel (page), key);

  g_assert_nonnull (binding);
  return binding;
}

/* What a user does: type into the row, then press Enter. */
static void
type_and_enter (GtkWidget  *row,
                const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  g_assert_true (GTK_IS_TEXT (delegate));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* Enter in a GtkText emits "activate", which the row passes on. */
  g_signal_emit_by_name (delegate, "activate");
  settle ();
}

static void
test_window_maps (void)
{
  g_assert_true (DLM_IS_WINDOW (window));
  g_assert_true (wait_for (window_is_drawn, NULL));
}

static void
test_sidebar_switches_topic (void)
{
  GtkListBox *sidebar = dlm_window_get_sidebar (window);
  DlmTopic *explog = dlm_window_get_topic (window, "explog");
  DlmTopicPage *before = show_topic ("softmax");
  const char *softmax_title = dlm_topic_get_title (dlm_window_get_topic (window, "softmax"));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, softmax_title);

  guint n, explog_row = 0;
  const DlmRegistration *topics = dlm_registry_get (&n);

  /* the sidebar lists the topics in the registry's (the course's) order */
  for (guint i = 0; i < n; i++)
    if (topics[i].model_type () == G_OBJECT_TYPE (explog))
      explog_row = i;
  gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, explog_row));
  settle ();

  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, "explog");
  g_assert_true (dlm_window_get_page (window) != before);
  g_assert_true (dlm_topic_page_get_topic (dlm_window_get_page (window)) == explog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, dlm_topic_get_title (explog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, softmax_title);

  /* Ctrl+1 goes back to the first topic. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "select-topic", g_variant_new_uint32 (1));
  settle ();
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==,
                   DLM_TOPIC_CLASS (g_type_class_peek (topics[0].model_type ()))->id);
}

static void
test_sidebar_toggles (void)
{
  GtkWidget *sidebar = GTK_WIDGET (dlm_window_get_sidebar (window));

  g_assert_false (adw_leaflet_get_folded (dlm_window_get_leaflet (window)));
  g_assert_true (gtk_widget_is_visible (sidebar));

  /* F9 */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sidebar", NULL);
  settle ();
  g_assert_false (gtk_widget_is_visible (sidebar));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sidebar", NULL);
  settle ();
  g_assert_true (gtk_widget_is_visible (sidebar));
}

static void
test_logits_entry_updates_topic (void)
{
  DlmParamBinding *binding = get_binding ("softmax", "logits");
  DlmTopicPage *page = dlm_window_get_page (window);
  DlmTopic *topic = dlm_topic_page_get_topic (page);
  DlmPlotView *view = dlm_topic_page_get_plot_view (page);
  g_autofree char *description = g_strdup (dlm_plot_view_get_description (view));
  g_autofree char *logits = NULL;

  type_and_enter (dlm_param_binding_get_input (binding), "0.5, 4, -1");

  logits = dlm_topic_get_param_text (topic, "logits");
  g_assert_cmpstr (logits, ==, "0.5, 4, -1");
  g_assert_null (dlm_param_binding_get_error (binding));
  g_assert_cmpstr (dlm_plot_view_get_description (view), !=, description);
  g_assert_cmpstr (dlm_plot_view_get_description (view), ==, dlm_topic_describe (topic));

  dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (page));
  settle ();
  g_clear_pointer (&logits, g_free);
  logits = dlm_topic_get_param_text (topic, "logits");
  g_assert_cmpstr (logits, ==, "1, 2, 3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dlm_param_binding_get_input (binding))), ==, "1, 2, 3");
}

static GtkWidget *
find_error_label (GtkWidget *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "field-error")
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_error_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_bad_logits_show_inline_error (void)
{
  DlmParamBinding *binding = get_binding ("softmax", "logits");
  DlmTopicPage *page = dlm_window_get_page (window);
  DlmTopic *topic = dlm_topic_page_get_topic (page);
  GtkWidget *row = dlm_param_binding_get_input (binding);
  g_autofree char *before = dlm_topic_get_param_text (topic, "logits");
  g_autofree char *after = NULL;
  GtkWidget *label;

  type_and_enter (row, "1,abc");

  after = dlm_topic_get_param_text (topic, "logits");
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (dlm_param_binding_get_error (binding));
  g_assert_nonnull (strstr (dlm_param_binding_get_error (binding), "logits"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "1,abc");

  label = find_error_label (GTK_WIDGET (dlm_topic_page_get_panel (page)),
                            dlm_param_binding_get_error (binding));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));

  /* Fixing the text clears the message. */
  type_and_enter (row, "3, 1");
  g_assert_null (dlm_param_binding_get_error (binding));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_is_visible (label));

  dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (page));
  settle ();
}

static void
assert_every_topic_seed (guint seed)
{
  GSettings *settings = dlm_application_get_settings (app);

  g_assert_cmpuint (g_settings_get_uint (settings, "seed"), ==, seed);
  g_assert_cmpuint (dlm_topic_get_seed (dlm_window_get_topic (window, "softmax")), ==, seed);
  g_assert_cmpuint (dlm_topic_get_seed (dlm_window_get_topic (window, "explog")), ==, seed);
}

static void
test_seed_control (void)
{
  GtkSpinButton *spin = dlm_window_get_seed_spin (window);
  guint seed;

  gtk_spin_button_set_value (spin, 12345);
  settle ();
  assert_every_topic_seed (12345);

  gtk_spin_button_set_value (spin, 4294967295.0);
  settle ();
  assert_every_topic_seed (4294967295u);

  g_action_group_activate_action (G_ACTION_GROUP (window), "new-seed", NULL);
  settle ();
  seed = (guint) gtk_spin_button_get_value (spin);
  assert_every_topic_seed (seed);
}

static void
test_plot_has_description (void)
{
  DlmTopicPage *page = show_topic ("explog");
  const char *text = dlm_plot_view_get_description (dlm_topic_page_get_plot_view (page));

  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), >, 20);
}

static void
test_spin_buttons_checked_together (void)
{
  DlmParamBinding *xmin = get_binding ("explog", "xmin");
  DlmParamBinding *xmax = get_binding ("explog", "xmax");
  DlmTopic *topic = dlm_param_binding_get_topic (xmin);
  g_autofree char *text = NULL;

  /* xmin above xmax is refused, and tried again once xmax makes room. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dlm_param_binding_get_input (xmin)), 5);
  settle ();
  g_assert_nonnull (dlm_param_binding_get_error (xmin));
  text = dlm_topic_get_param_text (topic, "xmin");
  g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, -3);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (dlm_param_binding_get_input (xmax)), 10);
  settle ();
  g_assert_null (dlm_param_binding_get_error (xmax));
  g_assert_null (dlm_param_binding_get_error (xmin));
  g_clear_pointer (&text, g_free);
  text = dlm_topic_get_param_text (topic, "xmin");
  g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, 5);

  dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (dlm_window_get_page (window)));
  settle ();
  g_clear_pointer (&text, g_free);
  text = dlm_topic_get_param_text (topic, "xmax");
  g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, 3);
}

static void
test_view_choice_action (void)
{
  DlmTopicPage *page = show_topic ("explog");
  DlmTopicPanel *panel = dlm_topic_page_get_panel (page);
  g_autofree char *view = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "param.view", "s", "precision"));
  settle ();
  view = dlm_topic_get_param_text (dlm_topic_page_get_topic (page), "view");
  g_assert_cmpstr (view, ==, "precision");

  dlm_topic_panel_restore_defaults (panel);
  settle ();
}

static gboolean
clipboard_has_text (gpointer data)
{
  GdkContentProvider *content = gdk_clipboard_get_content (data);

  return content != NULL;
}

static void
test_seeding_panel (void)
{
  DlmTopicPage *page = show_topic ("seeding");
  DlmTopicPanel *panel = dlm_topic_page_get_panel (page);
  DlmTopic *topic = dlm_topic_page_get_topic (page);
  DlmParamBinding *distribution = dlm_topic_panel_get_binding (panel, "distribution");
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (panel));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *convention = NULL;
  const char *text;

  /* torch has no reproduced normal numbers: refused inline, state kept */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "param.convention", "s", "torch"));
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "param.distribution", "s", "normal"));
  settle ();
  g_assert_nonnull (dlm_param_binding_get_error (distribution));
  g_assert_nonnull (strstr (dlm_param_binding_get_error (distribution), "torch"));
  convention = dlm_topic_get_param_text (topic, "convention");
  g_assert_cmpstr (convention, ==, "torch");

  /* the code to copy follows the global seed */
  gtk_spin_button_set_value (dlm_window_get_seed_spin (window), 31337);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "seeding.copy-snippet", NULL));
  g_assert_true (wait_for (clipboard_has_text, clipboard));
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value, NULL));
  text = g_value_get_string (&value);
  g_assert_cmpstr (text, ==, "import torch\ntorch.manual_seed(31337)\ntorch.rand(10)");

  dlm_topic_panel_restore_defaults (panel);
  settle ();
}

static void
test_theme_setting (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmPlotView *view = dlm_topic_page_get_plot_view (show_topic ("softmax"));

  g_settings_set_string (settings, "theme", "projector");
  settle ();
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_PROJECTOR);

  g_settings_set_string (settings, "theme", "dark");
  settle ();
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_DARK);

  g_settings_set_string (settings, "theme", "light");
  settle ();
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_LIGHT);

  g_settings_reset (settings, "theme");
  settle ();
}

static void
test_export_writes_whole_files (void)
{
  DlmTopic *topic = dlm_window_get_topic (window, "softmax");
  g_autofree char *dir = g_dir_make_tmp ("dlmath-ui-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "softmax.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "softmax.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "softmax.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (dlm_export_topic_to_file (topic, png, DLM_FORMAT_PNG, 320, 200, DLM_THEME_LIGHT, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);

  g_clear_pointer (&contents, g_free);
  g_assert_true (dlm_export_topic_to_file (topic, csv, DLM_FORMAT_CSV, 0, 0, DLM_THEME_LIGHT, &error));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "index,label,logit,"));
  g_assert_nonnull (strstr (strtok (contents, "\n"), "probability"));

  g_assert_false (dlm_export_topic_to_file (topic, missing, DLM_FORMAT_PNG, 320, 200, DLM_THEME_DARK, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_unlink (png);
  g_unlink (csv);
  g_rmdir (dir);
}

static void
test_copy_figure (void)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autoptr(GdkTexture) texture = NULL;

  show_topic ("softmax");
  g_action_group_activate_action (G_ACTION_GROUP (window), "copy-figure", NULL);
  settle ();
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard),
                                                    GDK_TYPE_TEXTURE));

  texture = dlm_export_topic_to_texture (dlm_window_get_topic (window, "softmax"),
                                         200, 100, 2, DLM_THEME_DARK);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 400);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 200);
}

/* Encoding: a label the categories do not list is refused; "Order of
 * Appearance" and "Sort A–Z" fill the categories from what was typed. */
static void
test_encoding_order_buttons (void)
{
  DlmTopicPage *page = show_topic ("encoding");
  DlmTopicPanel *panel = dlm_topic_page_get_panel (page);
  DlmParamBinding *values = dlm_topic_panel_get_binding (panel, "values");
  GtkWidget *categories = dlm_param_binding_get_input (dlm_topic_panel_get_binding (panel, "categories"));
  g_autofree char *csv = NULL;

  type_and_enter (dlm_param_binding_get_input (values), "Scifi, Drama, Scifi");
  g_assert_nonnull (strstr (dlm_param_binding_get_error (values), "“Drama”"));

  gtk_widget_activate_action (GTK_WIDGET (panel), "encoding.order", "s", "appearance");
  settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (categories)), ==, "Scifi, Drama");
  g_assert_null (dlm_param_binding_get_error (values));
  csv = dlm_topic_to_csv (dlm_topic_page_get_topic (page));
  g_assert_cmpstr (csv, ==, "index,Scifi,Drama\n0,1,0\n1,0,1\n2,1,0\n");

  gtk_widget_activate_action (GTK_WIDGET (panel), "encoding.order", "s", "sorted");
  settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (categories)), ==, "Drama, Scifi");
  g_free (csv);
  csv = dlm_topic_to_csv (dlm_topic_page_get_topic (page));
  g_assert_cmpstr (csv, ==, "index,Drama,Scifi\n0,0,1\n1,1,0\n2,0,1\n");

  /* the course's dummy example */
  gtk_widget_activate_action (GTK_WIDGET (panel), "encoding.example", "s", "pass-fail");
  settle ();
  g_free (csv);
  csv = dlm_topic_to_csv (dlm_topic_page_get_topic (page));
  g_assert_cmpstr (csv, ==, "index,Pass\n0,1\n1,1\n2,0\n");
  dlm_topic_panel_restore_defaults (panel);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/window-maps", test_window_maps);
  g_test_add_func ("/ui/sidebar-switches-topic", test_sidebar_switches_topic);
  g_test_add_func ("/ui/sidebar-toggles", test_sidebar_toggles);
  g_test_add_func ("/ui/logits-entry-updates-topic", test_logits_entry_updates_topic);
  g_test_add_func ("/ui/bad-logits-show-inline-error", test_bad_logits_show_inline_error);
  g_test_add_func ("/ui/seed-control", test_seed_control);
  g_test_add_func ("/ui/plot-has-description", test_plot_has_description);
  g_test_add_func ("/ui/spin-buttons-checked-together", test_spin_buttons_checked_together);
  g_test_add_func ("/ui/view-choice-action", test_view_choice_action);
  g_test_add_func ("/ui/seeding-panel", test_seeding_panel);
  g_test_add_func ("/ui/theme-setting", test_theme_setting);
  g_test_add_func ("/ui/export-writes-whole-files", test_export_writes_whole_files);
  g_test_add_func ("/ui/copy-figure", test_copy_figure);
  g_test_add_func ("/ui/encoding-order-buttons", test_encoding_order_buttons);

  return ui_test_run ();
}
