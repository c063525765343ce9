/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include "dlm-presenter-private.h"
#include "dlm-slide-list.h"
#include "ui-test.h"

/* Presenting with a projector beside the laptop (two-screens.sh runs this
 * on an X server with two monitors): the bare figure goes full screen on
 * the second monitor, and the window keeps its controls and lists the
 * slides. */

static GdkMonitor *
monitor_at (guint i)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

  return monitor;
}

static GdkMonitor *
monitor_of (GtkWidget *widget)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));

  return gdk_display_get_monitor_at_surface (gdk_display_get_default (), surface);
}

static void
set_presenting (gboolean present)
{
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation", g_variant_new_boolean (present));
  settle ();
}

static DlmPresenter *
presenter (void)
{
  return dlm_window_get_presenter (window);
}

/* The stage is up: mapped, and as large as its monitor. */
static gboolean
stage_is_mapped (gpointer data)
{
  DlmStageWindow *stage = dlm_presenter_get_stage (presenter ());
  GdkRectangle geometry;
  GtkWidget *view;

  if (stage == NULL || !gtk_widget_get_mapped (GTK_WIDGET (stage)))
    return FALSE;
  view = GTK_WIDGET (dlm_stage_window_get_plot_view (stage));
  gdk_monitor_get_geometry (dlm_stage_window_get_monitor (stage), &geometry);
  return gtk_widget_get_width (view) == geometry.width && gtk_widget_get_height (view) == geometry.height;
}

static gboolean
has_no_stage (gpointer data)
{
  return dlm_presenter_get_stage (presenter ()) == NULL;
}

static gboolean
n_monitors_is (gpointer data)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) == GPOINTER_TO_UINT (data);
}

static void
run (const char *command)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (command);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_figure_on_projector (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmTopicPage *page = show_topic ("softmax");
  DlmStageWindow *stage;
  DlmPlotView *view;
  GdkRectangle geometry;
  g_autofree char *theme = NULL;
  g_autofree char *selected = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())), ==, 2);
  g_assert_true (monitor_of (GTK_WIDGET (window)) == monitor_at (0));
  g_settings_set_string (settings, "theme", "dark");

  set_presenting (TRUE);
  g_assert_true (wait_for (stage_is_mapped, NULL));
  stage = dlm_presenter_get_stage (presenter ());
  view = dlm_stage_window_get_plot_view (stage);

  /* the figure on the projector, covering it */
  g_assert_true (dlm_stage_window_get_monitor (stage) == monitor_at (1));
  g_assert_true (monitor_of (GTK_WIDGET (stage)) == monitor_at (1));
  gdk_monitor_get_geometry (monitor_at (1), &geometry);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, geometry.width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), ==, geometry.height);
  /* the same model, the room's colours and zoom */
  g_assert_true (dlm_plot_view_get_topic (view) == dlm_topic_page_get_topic (page));
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_PROJECTOR);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.5, 1e-9);
  g_assert_cmpstr (dlm_plot_view_get_caption (view), ==, "Softmax · 1 / 3");

  /* the laptop keeps its look, its controls and its formula card */
  g_assert_true (monitor_of (GTK_WIDGET (window)) == monitor_at (0));
  theme = g_settings_get_string (settings, "theme");
  g_assert_cmpstr (theme, ==, "dark");
  g_assert_cmpint (dlm_plot_view_get_theme_kind (dlm_topic_page_get_plot_view (page)), ==, DLM_THEME_DARK);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (dlm_topic_page_get_plot_view (page)), 1.0, 1e-9);
  g_assert_true (dlm_topic_page_get_show_controls (page));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dlm_topic_page_get_panel (page))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dlm_topic_page_get_formula_card (page))));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* and lists the slides, the current one selected */
  g_assert_true (gtk_widget_get_mapped (dlm_presenter_get_slide_list (presenter ())));
  g_assert_cmpuint (dlm_slide_list_get_n_slides (DLM_SLIDE_LIST (dlm_presenter_get_slide_list (presenter ()))), >=, 26);
  selected = dlm_slide_list_get_selected (DLM_SLIDE_LIST (dlm_presenter_get_slide_list (presenter ())));
  g_assert_cmpstr (selected, ==, "softmax:bars");

  set_presenting (FALSE);
  g_assert_null (dlm_presenter_get_stage (presenter ()));
  g_assert_null (dlm_presenter_get_slide_list (presenter ()));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dlm_window_get_sidebar (window))));
  g_settings_reset (settings, "theme");
  settle ();
}

/* A click in the slide list goes to the slide; the teacher's changes show
 * on the projector at once. */
static void
test_teach_from_laptop (void)
{
  DlmTopicPage *page;
  DlmPlotView *view;
  GtkWidget *list;
  GtkListBoxRow *row = NULL;
  g_autoptr(GVariant) stretch = g_variant_ref_sink (g_variant_new ("(ss)", "explog", "stretch"));
  g_autofree char *before = NULL;
  g_autofree char *selected = NULL;

  show_topic ("softmax");
  set_presenting (TRUE);
  g_assert_true (wait_for (stage_is_mapped, NULL));
  view = dlm_stage_window_get_plot_view (dlm_presenter_get_stage (presenter ()));
  list = dlm_presenter_get_slide_list (presenter ());

  /* the second view of “Exponent and logarithm” */
  for (guint i = 0; (row = GTK_LIST_BOX_ROW (find_descendant (list, GTK_TYPE_LIST_BOX_ROW, i))) != NULL; i++)
    if (g_variant_equal (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)), stretch))
      break;
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  settle ();
  page = dlm_window_get_page (window);
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, "explog");
  g_assert_true (dlm_plot_view_get_topic (view) == dlm_topic_page_get_topic (page));
  g_assert_cmpstr (dlm_plot_view_get_caption (view), ==, "Exponent and logarithm · 2 / 4");
  selected = dlm_slide_list_get_selected (DLM_SLIDE_LIST (list));
  g_assert_cmpstr (selected, ==, "explog:stretch");

  /* PageDown on the laptop: the next slide on the projector */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-slide", NULL);
  settle ();
  g_assert_cmpstr (dlm_plot_view_get_caption (view), ==, "Exponent and logarithm · 3 / 4");

  /* a parameter changed on the laptop is on the projector */
  before = g_strdup (dlm_plot_view_get_description (view));
  g_assert_true (dlm_topic_set_param (dlm_topic_page_get_topic (page), "view", "curves", NULL));
  settle ();
  g_assert_cmpstr (dlm_plot_view_get_description (view), !=, before);

  /* blanking blanks the projector, not the laptop */
  g_action_group_activate_action (G_ACTION_GROUP (window), "blank", NULL);
  settle ();
  g_assert_cmpfloat (gtk_widget_get_opacity (GTK_WIDGET (view)), ==, 0.0);
  g_assert_cmpfloat (gtk_widget_get_opacity (GTK_WIDGET (page)), ==, 1.0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "blank", NULL);
  settle ();
  g_assert_cmpfloat (gtk_widget_get_opacity (GTK_WIDGET (view)), ==, 1.0);

  set_presenting (FALSE);
}

static gboolean
stage_idle (gpointer data)
{
  return dlm_presenter_get_idle (presenter ());
}

/* The pointer leaves the projector's screen, not the teacher's. */
static void
test_idle_on_projector (void)
{
  DlmStageWindow *stage;
  GdkCursor *cursor;

  show_topic ("softmax");
  dlm_presenter_set_idle_timeout (presenter (), 200);
  set_presenting (TRUE);
  g_assert_true (wait_for (stage_is_mapped, NULL));
  stage = dlm_presenter_get_stage (presenter ());
  g_assert_true (wait_for (stage_idle, NULL));
  cursor = gtk_widget_get_cursor (GTK_WIDGET (stage));
  g_assert_nonnull (cursor);
  g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "none");
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (window)));
  g_assert_true (dlm_plot_view_get_idle (dlm_stage_window_get_plot_view (stage)));
  g_assert_false (dlm_plot_view_get_idle (dlm_topic_page_get_plot_view (dlm_window_get_page (window))));
  set_presenting (FALSE);
  dlm_presenter_set_idle_timeout (presenter (), 2000);
}

/* The projector's cable comes out and goes back in while presenting. */
static void
test_unplug (void)
{
  show_topic ("softmax");
  set_presenting (TRUE);
  g_assert_true (wait_for (stage_is_mapped, NULL));

  run (g_getenv ("DLM_TEST_UNPLUG"));
  g_assert_true (wait_for (n_monitors_is, GUINT_TO_POINTER (1)));
  g_assert_true (wait_for (has_no_stage, NULL));
  settle ();
  /* still presenting, now on the laptop's screen alone */
  g_assert_true (dlm_presenter_get_presenting (presenter ()));
  g_assert_null (dlm_presenter_get_slide_list (presenter ()));
  g_assert_false (dlm_topic_page_get_show_controls (dlm_window_get_page (window)));
  g_assert_cmpint (dlm_plot_view_get_theme_kind (dlm_topic_page_get_plot_view (dlm_window_get_page (window))),
                   ==, DLM_THEME_PROJECTOR);

  run (g_getenv ("DLM_TEST_PLUG_IN"));
  g_assert_true (wait_for (n_monitors_is, GUINT_TO_POINTER (2)));
  g_assert_true (wait_for (stage_is_mapped, NULL));
  g_assert_true (dlm_stage_window_get_monitor (dlm_presenter_get_stage (presenter ())) == monitor_at (1));
  g_assert_true (dlm_topic_page_get_show_controls (dlm_window_get_page (window)));

  set_presenting (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (wait_for (window_is_drawn, NULL));

  g_test_add_func ("/two-screens/figure-on-projector", test_figure_on_projector);
  g_test_add_func ("/two-screens/teach-from-laptop", test_teach_from_laptop);
  g_test_add_func ("/two-screens/idle-on-projector", test_idle_on_projector);
  g_test_add_func ("/two-screens/unplug", test_unplug);

  return ui_test_run ();
}
