/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include "dlm-export-dialog.h"
#include "dlm-presenter-private.h"
#include "dlm-registry.h"
#include "dlm-slide-list.h"
#include "dlm-timeline.h"
#include "ui-test.h"

/* Presentation mode, slides, zoom, projector colours, the pointer on the
 * slide, the spotlight and the slide counter, the first-run hint and the
 * shortcuts window. */

static gboolean
action_state (const char *name)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), name);

  return g_variant_get_boolean (state);
}

static void
set_action_state (const char *name,
                  gboolean    value)
{
  g_action_group_change_action_state (G_ACTION_GROUP (window), name, g_variant_new_boolean (value));
  settle ();
}

static GtkWidget *
content_header (void)
{
  return dlm_window_get_content_header (window);
}

/* Emits key-pressed on the window's key controller of @phase, as a key
 * press that nothing in the window took would. */
static gboolean
press_key (GtkPropagationPhase phase,
           guint               keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == phase)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  settle ();
  return handled;
}

/* Emits motion on the window's capture-phase motion controller, as the
 * pointer moving to (@x, @y) would. */
static void
move_pointer (double x,
              double y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "motion", x, y);
    }
  settle ();
}

static gboolean
is_fullscreen (gpointer data)
{
  return gtk_window_is_fullscreen (GTK_WINDOW (window)) == GPOINTER_TO_INT (data);
}

/* Without a window manager (Xvfb) the request is never granted, so the
 * test waits for it only when one runs. */
static void
check_fullscreen (gboolean expected)
{
  if (g_getenv ("DLM_TEST_HAVE_WM") != NULL)
    g_assert_true (wait_for (is_fullscreen, GINT_TO_POINTER (expected)));
}

static void
check_presenting (gboolean presenting)
{
  DlmTopicPage *page = dlm_window_get_page (window);
  DlmPresenter *presenter = dlm_window_get_presenter (window);

  g_assert_cmpint (dlm_presenter_get_presenting (presenter), ==, presenting);
  g_assert_cmpint (action_state ("presentation"), ==, presenting);
  g_assert_cmpint (gtk_widget_get_visible (content_header ()), ==, !presenting);
  g_assert_cmpint (gtk_widget_is_visible (GTK_WIDGET (dlm_window_get_sidebar (window))), ==, !presenting);
  g_assert_cmpint (action_state ("show-sidebar"), ==, !presenting);
  g_assert_cmpint (dlm_topic_page_get_show_controls (page), ==, !presenting);
  g_assert_cmpint (action_state ("show-controls"), ==, !presenting);
  check_fullscreen (presenting);
}

static void
test_enter_leave (void)
{
  int width, height, w2, h2;

  show_topic ("softmax");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  check_presenting (FALSE);

  set_action_state ("presentation", TRUE);
  check_presenting (TRUE);

  /* the header bar comes back at the top edge, for leaving by mouse */
  move_pointer (400, 0);
  g_assert_true (gtk_widget_get_visible (content_header ()));
  move_pointer (400, 600);
  g_assert_false (gtk_widget_get_visible (content_header ()));

  /* F8 brings the controls back while presenting, F9 the sidebar */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-controls", NULL);
  settle ();
  g_assert_true (dlm_topic_page_get_show_controls (dlm_window_get_page (window)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-controls", NULL);
  settle ();

  set_action_state ("presentation", FALSE);
  check_presenting (FALSE);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (window)));
  gtk_window_get_default_size (GTK_WINDOW (window), &w2, &h2);
  g_assert_cmpint (w2, ==, width);
  g_assert_cmpint (h2, ==, height);
}

/* What the window was like before comes back: here, hidden controls. */
static void
test_leave_restores_controls (void)
{
  show_topic ("explog");
  set_action_state ("show-controls", FALSE);

  set_action_state ("presentation", TRUE);
  set_action_state ("presentation", FALSE);
  g_assert_false (action_state ("show-controls"));
  g_assert_false (dlm_topic_page_get_show_controls (dlm_window_get_page (window)));
  g_assert_true (action_state ("show-sidebar"));

  set_action_state ("show-controls", TRUE);
  g_assert_true (dlm_topic_page_get_show_controls (dlm_window_get_page (window)));
}

static void
test_escape_leaves (void)
{
  show_topic ("softmax");

  /* Escape does nothing outside presentation mode */
  g_assert_false (press_key (GTK_PHASE_BUBBLE, GDK_KEY_Escape));
  check_presenting (FALSE);

  set_action_state ("presentation", TRUE);
  check_presenting (TRUE);
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_Escape));
  check_presenting (FALSE);
}

static void
test_blank (void)
{
  DlmPresenter *presenter = dlm_window_get_presenter (window);

  show_topic ("softmax");
  g_assert_false (press_key (GTK_PHASE_BUBBLE, GDK_KEY_b));
  g_assert_false (dlm_presenter_get_blank (presenter));

  set_action_state ("presentation", TRUE);
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_period));
  g_assert_true (dlm_presenter_get_blank (presenter));
  /* any key brings the picture back, and does nothing else */
  g_assert_true (press_key (GTK_PHASE_CAPTURE, GDK_KEY_Page_Down));
  g_assert_false (dlm_presenter_get_blank (presenter));
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, "softmax");

  set_action_state ("presentation", FALSE);
}

/* Space plays and pauses the figure's animation with the controls hidden. */
static void
test_space_plays (void)
{
  DlmTopicPage *page = show_topic ("transpose");
  DlmTopic *topic = dlm_topic_page_get_topic (page);
  GtkWidget *timeline;

  g_assert_true (dlm_topic_set_param (topic, "view", "flip", NULL));
  settle ();
  timeline = find_descendant (GTK_WIDGET (dlm_topic_page_get_panel (page)), DLM_TYPE_TIMELINE, 0);
  g_assert_nonnull (timeline);
  g_assert_false (dlm_timeline_get_playing (DLM_TIMELINE (timeline)));

  set_action_state ("presentation", TRUE);
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  g_assert_true (dlm_timeline_get_playing (DLM_TIMELINE (timeline)));
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  g_assert_false (dlm_timeline_get_playing (DLM_TIMELINE (timeline)));
  set_action_state ("presentation", FALSE);

  /* a topic without an animation leaves Space alone */
  show_topic ("softmax");
  set_action_state ("presentation", TRUE);
  g_assert_false (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  set_action_state ("presentation", FALSE);
}

/* A slide reached while presenting has never shown its controls (they are
 * hidden): its animation plays all the same. */
static gboolean
step_moved (gpointer data)
{
  g_autofree char *step = dlm_topic_get_param_text (DLM_TOPIC (data), "step");

  return g_strcmp0 (step, "0") != 0;
}

/* The flap closing the controls column animates: it stays mapped until
 * the animation ends. */
static gboolean
widget_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
test_space_plays_unshown_slide (void)
{
  DlmTopic *topic;
  DlmTopicPage *page;
  GtkWidget *timeline;

  show_topic ("softmax");
  set_action_state ("presentation", TRUE);
  page = show_topic ("matmul");
  topic = dlm_topic_page_get_topic (page);
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "view=steps", "step=0", NULL }, NULL));
  settle ();
  timeline = find_descendant (GTK_WIDGET (dlm_topic_page_get_panel (page)), DLM_TYPE_TIMELINE, 0);
  g_assert_nonnull (timeline);
  g_assert_true (wait_for (widget_unmapped, timeline));

  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  g_assert_true (dlm_timeline_get_playing (DLM_TIMELINE (timeline)));
  g_assert_true (wait_for (step_moved, topic));
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  set_action_state ("presentation", FALSE);
}

/* A panel with a timeline per view plays the one of the view shown: the
 * Game of Life's steps, not the hidden Lorenz animation. */
static void
test_space_plays_view_timeline (void)
{
  DlmTopicPage *page = show_topic ("complex");
  DlmTopic *topic = dlm_topic_page_get_topic (page);
  GtkWidget *panel = GTK_WIDGET (dlm_topic_page_get_panel (page));
  GtkWidget *lorenz = find_descendant (panel, DLM_TYPE_TIMELINE, 0);
  GtkWidget *life = find_descendant (panel, DLM_TYPE_TIMELINE, 1);

  g_assert_nonnull (life);
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "view=life", "step=0", NULL }, NULL));
  settle ();
  set_action_state ("presentation", TRUE);
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  g_assert_true (dlm_timeline_get_playing (DLM_TIMELINE (life)));
  g_assert_false (dlm_timeline_get_playing (DLM_TIMELINE (lorenz)));
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_space));
  g_assert_false (dlm_timeline_get_playing (DLM_TIMELINE (life)));
  set_action_state ("presentation", FALSE);
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "view=spectral", "step=1000", NULL }, NULL));
  settle ();
}

/* ---- slides ------------------------------------------------------------ */

static char *
current_slide (void)
{
  DlmTopic *topic = dlm_window_get_topic (window, dlm_window_get_topic_id (window));
  g_autofree char *view = dlm_topic_get_param_text (topic, DLM_TOPIC_GET_CLASS (topic)->slides_param);

  return g_strdup_printf ("%s:%s", dlm_topic_get_id (topic), view);
}

/* Every (topic, view) the topic accepts, in sidebar and enum order. */
static GPtrArray *
expected_slides (void)
{
  GPtrArray *slides = g_ptr_array_new_with_free_func (g_free);
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);

  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (registry[i].model_type (), NULL);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      for (guint j = 0; views[j] != NULL; j++)
        if (dlm_topic_set_param (topic, param, views[j], NULL))
          g_ptr_array_add (slides, g_strdup_printf ("%s:%s", dlm_topic_get_id (topic), views[j]));
    }

  return slides;
}

static void
walk_slides (GPtrArray *expected,
             int        direction,
             gboolean   by_key)
{
  DlmPresenter *presenter = dlm_window_get_presenter (window);
  int n = expected->len;

  for (int i = direction > 0 ? 1 : n - 2; i >= 0 && i < n; i += direction)
    {
      g_autofree char *slide = NULL;

      if (by_key)
        g_assert_true (press_key (GTK_PHASE_CAPTURE, direction > 0 ? GDK_KEY_Page_Down : GDK_KEY_Page_Up));
      else
        g_action_group_activate_action (G_ACTION_GROUP (window),
                                        direction > 0 ? "next-slide" : "previous-slide", NULL);
      settle ();
      slide = current_slide ();
      g_test_message ("%s slide %d: %s", by_key ? "key" : "action", i, slide);
      g_assert_cmpstr (slide, ==, g_ptr_array_index (expected, i));
    }

  /* at either end it stays put */
  if (direction > 0)
    g_assert_false (dlm_presenter_next_slide (presenter));
  else
    g_assert_false (dlm_presenter_previous_slide (presenter));
}

static void
test_slides_walk (void)
{
  g_autoptr(GPtrArray) expected = expected_slides ();
  g_autoptr(GHashTable) topics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  DlmTopic *first;
  g_autofree char *start = NULL;

  g_assert_cmpuint (expected->len, >=, 26);
  for (guint i = 0; i < expected->len; i++)
    g_hash_table_add (topics, g_strndup (g_ptr_array_index (expected, i),
                                         strcspn (g_ptr_array_index (expected, i), ":")));
  g_assert_cmpuint (g_hash_table_size (topics), ==, 13);

  /* the first view of the first topic */
  show_topic ("complex");
  first = dlm_window_get_topic (window, "complex");
  {
    g_auto(GStrv) views = dlm_topic_list_slides (first);

    g_assert_true (dlm_topic_set_param (first, DLM_TOPIC_GET_CLASS (first)->slides_param, views[0], NULL));
  }
  settle ();
  start = current_slide ();
  g_assert_cmpstr (start, ==, g_ptr_array_index (expected, 0));

  /* Ctrl+PageDown/Up in any mode */
  walk_slides (expected, +1, FALSE);
  walk_slides (expected, -1, FALSE);

  /* plain PageDown/PageUp in presentation mode only */
  g_assert_false (press_key (GTK_PHASE_CAPTURE, GDK_KEY_Page_Down));
  set_action_state ("presentation", TRUE);
  walk_slides (expected, +1, TRUE);
  walk_slides (expected, -1, TRUE);
  set_action_state ("presentation", FALSE);
}

/* ---- zoom -------------------------------------------------------------- */

/* Draws the plot view as it draws itself on screen. */
static GBytes *
render_view (DlmPlotView *view)
{
  GtkWidget *widget = GTK_WIDGET (view);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc (width * height * 4);

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, width * 4);

  return g_bytes_new_take (g_steal_pointer (&pixels), width * height * 4);
}

/* The scale the view's size alone gives (the formula card grows with the
 * zoom, so the plot's size can change with it). */
static double
auto_scale (DlmPlotView *view)
{
  return dlm_theme_auto_scale (gtk_widget_get_width (GTK_WIDGET (view)),
                               gtk_widget_get_height (GTK_WIDGET (view)));
}

static gboolean
plot_is_wide (gpointer data)
{
  return gtk_widget_get_width (data) > gtk_widget_get_width (GTK_WIDGET (window)) * 0.9;
}

static void
test_zoom (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmTopicPage *page = show_topic ("softmax");
  DlmPlotView *view = dlm_topic_page_get_plot_view (page);
  DlmFormulaCard *card = dlm_topic_page_get_formula_card (page);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  double width, height, scale;

  /* the figure alone, so that it has room to grow */
  g_settings_set_boolean (settings, "show-welcome", FALSE);
  set_action_state ("show-sidebar", FALSE);
  set_action_state ("show-controls", FALSE);
  g_assert_true (wait_for (plot_is_wide, view));
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_scale (view), auto_scale (view), 1e-9);
  before = render_view (view);

  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.1, 1e-9);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_scale (view), 1.1 * auto_scale (view), 1e-9);
  g_assert_cmpfloat_with_epsilon (dlm_formula_card_get_zoom (card), 1.1, 1e-9);
  after = render_view (view);
  g_assert_false (g_bytes_equal (before, after));

  /* a page built later gets the zoom too */
  page = show_topic ("seeding");
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (dlm_topic_page_get_plot_view (page)), 1.1, 1e-9);

  /* the steps stop at the ends of the setting's range */
  for (int i = 0; i < 20; i++)
    g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-out", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 0.5, 1e-9);
  for (int i = 0; i < 20; i++)
    g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 3.0, 1e-9);

  /* type that large stops growing where the figure would have less room
   * than an 800×450 canvas */
  view = dlm_topic_page_get_plot_view (page);
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  scale = dlm_plot_view_get_scale (view);
  g_assert_cmpfloat (scale, <, 3.0 * auto_scale (view));
  g_assert_cmpfloat (scale, >=, auto_scale (view));
  g_assert_cmpfloat_with_epsilon (MAX (auto_scale (view), MIN (width / 800, height / 450)), scale, 1e-9);

  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-reset", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_scale (view), auto_scale (view), 1e-9);

  set_action_state ("show-sidebar", TRUE);
  set_action_state ("show-controls", TRUE);
  settle ();
}

/* ---- projector colours ------------------------------------------------- */

static char *
theme (void)
{
  return g_settings_get_string (dlm_application_get_settings (app), "theme");
}

static void
test_projector_toggle (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmPlotView *view = dlm_topic_page_get_plot_view (show_topic ("softmax"));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.projector");
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL;

  g_assert_true (g_strv_contains ((const char *const *) accels, "<Shift><Control>p"));

  g_settings_set_string (settings, "theme", "dark");
  settle ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "projector", NULL);
  settle ();
  t1 = theme ();
  g_assert_cmpstr (t1, ==, "projector");
  g_assert_true (action_state ("projector"));
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_PROJECTOR);

  g_action_group_activate_action (G_ACTION_GROUP (window), "projector", NULL);
  settle ();
  t2 = theme ();
  g_assert_cmpstr (t2, ==, "dark");
  g_assert_false (action_state ("projector"));

  /* the state follows the setting, whoever changes it */
  g_settings_set_string (settings, "theme", "projector");
  settle ();
  g_assert_true (action_state ("projector"));
  g_settings_reset (settings, "theme");
  settle ();
  t3 = theme ();
  g_assert_cmpstr (t3, ==, "system");
  g_assert_false (action_state ("projector"));
}

/* ---- the room's look: projector colours and a larger zoom -------------- */

static double
presentation_zoom_for (const char *display)
{
  g_autoptr(GVariant) zooms = g_settings_get_value (dlm_application_get_settings (app), "presentation-zoom");
  double zoom = 0;

  g_variant_lookup (zooms, display, "d", &zoom);
  return zoom;
}

/* The size of the monitor the window is on, as the presenter keys it. */
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

static void
test_presentation_look (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmPlotView *view = dlm_topic_page_get_plot_view (show_topic ("softmax"));
  DlmPresenter *presenter = dlm_window_get_presenter (window);
  g_autofree char *before = NULL, *during = NULL, *after = NULL;

  g_settings_reset (settings, "presentation-zoom");
  g_settings_set_string (settings, "theme", "dark");
  g_settings_set_double (settings, "zoom", 1.1);
  settle ();
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_DARK);

  set_action_state ("presentation", TRUE);
  during = theme ();
  g_assert_cmpstr (during, ==, "projector");
  g_assert_true (action_state ("projector"));
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_PROJECTOR);
  /* half as large again as the window's zoom, which stays as it was */
  g_assert_cmpfloat_with_epsilon (dlm_presenter_get_presentation_zoom (presenter), 1.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.1, 1e-9);

  set_action_state ("presentation", FALSE);
  after = theme ();
  g_assert_cmpstr (after, ==, "dark");
  g_assert_false (action_state ("projector"));
  g_assert_cmpint (dlm_plot_view_get_theme_kind (view), ==, DLM_THEME_DARK);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.1, 1e-9);

  /* turning the projector colours off while presenting lasts until leaving */
  set_action_state ("presentation", TRUE);
  set_action_state ("projector", FALSE);
  before = theme ();
  g_assert_cmpstr (before, ==, "dark");
  set_action_state ("presentation", FALSE);

  g_settings_reset (settings, "theme");
  g_settings_reset (settings, "zoom");
  settle ();
}

/* Ctrl+plus/minus while presenting change the room's zoom, which is kept
 * for the display's size; the window's zoom is left alone. */
static void
test_presentation_zoom_remembered (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmPlotView *view = dlm_topic_page_get_plot_view (show_topic ("explog"));
  DlmPresenter *presenter = dlm_window_get_presenter (window);
  g_autofree char *key = display_key ();

  g_settings_reset (settings, "presentation-zoom");
  g_settings_set_value (settings, "presentation-zoom", g_variant_new_parsed ("{'800x600': 3.0}"));
  settle ();

  set_action_state ("presentation", TRUE);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.5, 1e-9);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-in", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (dlm_presenter_get_presentation_zoom (presenter), 1.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (presentation_zoom_for (key), 1.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (presentation_zoom_for ("800x600"), 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "zoom"), 1.0, 1e-9);
  set_action_state ("presentation", FALSE);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.0, 1e-9);

  /* the next lesson on this display starts where the last one ended */
  set_action_state ("presentation", TRUE);
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.75, 1e-9);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-out", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-out", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (presentation_zoom_for (key), 1.25, 1e-9);
  /* Ctrl+0: the room's default again */
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-reset", NULL);
  settle ();
  g_assert_cmpfloat_with_epsilon (dlm_plot_view_get_zoom (view), 1.5, 1e-9);
  set_action_state ("presentation", FALSE);

  g_settings_reset (settings, "presentation-zoom");
  settle ();
}

/* Closing the window while presenting (Ctrl+Q) leaves presentation mode
 * first: the theme kept for next time is the window's own. */
static void
test_close_while_presenting (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  g_autofree char *saved = NULL;
  gboolean stop = FALSE;

  show_topic ("softmax");
  g_settings_set_string (settings, "theme", "dark");
  set_action_state ("presentation", TRUE);

  /* what gtk_window_close() asks first; only it would destroy the window */
  g_signal_emit_by_name (window, "close-request", &stop);
  settle ();
  g_assert_false (stop);
  g_assert_false (action_state ("presentation"));
  saved = theme ();
  g_assert_cmpstr (saved, ==, "dark");

  g_settings_reset (settings, "theme");
  settle ();
}

/* ---- the pointer leaves the slide -------------------------------------- */

static const char *
caption (void)
{
  return dlm_plot_view_get_caption (dlm_topic_page_get_plot_view (dlm_window_get_page (window)));
}

static gboolean
caption_gone (gpointer data)
{
  return caption () == NULL;
}

static gboolean
presenter_idle (gpointer data)
{
  return dlm_presenter_get_idle (dlm_window_get_presenter (window)) == GPOINTER_TO_INT (data);
}

static const char *
cursor_name (GtkWidget *widget)
{
  GdkCursor *cursor = gtk_widget_get_cursor (widget);

  return cursor != NULL ? gdk_cursor_get_name (cursor) : NULL;
}

/* A point the pointer can be over: the first data point's marker. */
static void
hover_first_point (DlmPlotView *view)
{
  DlmProbe point = { 0 };

  g_assert_true (dlm_topic_get_point (dlm_plot_view_get_topic (view), 0, &point));
  dlm_plot_view_pointer_at (view, point.x, point.y);
  dlm_probe_clear (&point);
  settle ();
}

static void
test_idle_hides_pointer (void)
{
  DlmPresenter *presenter = dlm_window_get_presenter (window);
  DlmPlotView *view = dlm_topic_page_get_plot_view (show_topic ("softmax"));
  g_autoptr(GBytes) hovered = NULL, idle = NULL;
  gint64 start;

  start = g_get_monotonic_time ();
  set_action_state ("presentation", TRUE);
  g_assert_false (dlm_presenter_get_idle (presenter));
  g_assert_null (cursor_name (GTK_WIDGET (window)));

  /* about two seconds without input */
  g_assert_true (wait_for (presenter_idle, GINT_TO_POINTER (TRUE)));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2000 * 1000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3500 * 1000);
  g_assert_cmpstr (cursor_name (GTK_WIDGET (window)), ==, "none");
  g_assert_true (dlm_plot_view_get_idle (view));

  /* a move brings all back, and nothing stays: the read-out goes again */
  dlm_presenter_set_idle_timeout (presenter, 1000);
  move_pointer (300, 300);
  g_assert_false (dlm_presenter_get_idle (presenter));
  g_assert_null (cursor_name (GTK_WIDGET (window)));
  g_assert_false (dlm_plot_view_get_idle (view));
  /* the slide counter is gone by now, or goes first */
  g_assert_true (wait_for (caption_gone, NULL));
  hover_first_point (view);
  hovered = render_view (view);
  g_assert_true (wait_for (presenter_idle, GINT_TO_POINTER (TRUE)));
  idle = render_view (view);
  g_assert_false (g_bytes_equal (hovered, idle));

  /* the same position again is no input (GDK repeats it on changes) */
  move_pointer (300, 300);
  g_assert_true (dlm_presenter_get_idle (presenter));

  /* a key brings the data cursor back */
  press_key (GTK_PHASE_CAPTURE, GDK_KEY_Right);
  g_assert_false (dlm_presenter_get_idle (presenter));
  g_assert_true (wait_for (presenter_idle, GINT_TO_POINTER (TRUE)));

  set_action_state ("presentation", FALSE);
  g_assert_false (dlm_presenter_get_idle (presenter));
  g_assert_null (cursor_name (GTK_WIDGET (window)));
  g_assert_false (dlm_plot_view_get_idle (view));
  dlm_presenter_set_idle_timeout (presenter, 2000);
}

/* ---- spotlight --------------------------------------------------------- */

/* The figure exported at a fixed size, as Save and Copy export it. */
static GBytes *
export_pixels (DlmPlotView *view)
{
  const int width = 960, height = 540;
  g_autoptr(GdkTexture) texture = dlm_export_topic_to_texture (dlm_plot_view_get_topic (view), width, height,
                                                               1, dlm_plot_view_get_theme_kind (view));
  g_autofree guchar *pixels = g_malloc (width * height * 4);

  gdk_texture_download (texture, pixels, width * 4);
  return g_bytes_new_take (g_steal_pointer (&pixels), width * height * 4);
}

static gboolean
set_flag_true (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @widget has kept its size for a while: the
 * window's folding sidebar and controls move in with an animation. */
static void
wait_for_steady_size (GtkWidget *widget)
{
  for (int tries = 0; tries < 20; tries++)
    {
      int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
      gboolean done = FALSE;

      g_timeout_add (300, set_flag_true, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
      if (width == gtk_widget_get_width (widget) && height == gtk_widget_get_height (widget))
        return;
    }
  g_assert_not_reached ();
}

static void
test_spotlight (void)
{
  DlmPlotView *view = dlm_topic_page_get_plot_view (show_topic ("softmax"));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.spotlight");
  g_autoptr(GBytes) off = NULL, on = NULL, export_off = NULL, export_on = NULL;
  int width, height;

  g_assert_true (g_strv_contains ((const char *const *) accels, "<Control>l"));
  dlm_plot_view_pointer_at (view, 200, 200);
  wait_for_steady_size (GTK_WIDGET (view));
  width = gtk_widget_get_width (GTK_WIDGET (view));
  height = gtk_widget_get_height (GTK_WIDGET (view));
  off = render_view (view);
  export_off = export_pixels (view);

  g_action_group_activate_action (G_ACTION_GROUP (window), "spotlight", NULL);
  settle ();
  g_assert_true (action_state ("spotlight"));
  g_assert_true (dlm_plot_view_get_spotlight (view));
  /* the same figure at the same size, with the ring over it */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), ==, height);
  on = render_view (view);
  export_on = export_pixels (view);
  g_assert_false (g_bytes_equal (off, on));
  /* the room's pointer is no part of the figure */
  g_assert_true (g_bytes_equal (export_off, export_on));

  /* pages built later get it too */
  g_assert_true (dlm_plot_view_get_spotlight (dlm_topic_page_get_plot_view (show_topic ("meanvar"))));

  /* S toggles it while presenting */
  set_action_state ("presentation", TRUE);
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_s));
  g_assert_false (action_state ("spotlight"));
  g_assert_false (dlm_plot_view_get_spotlight (dlm_topic_page_get_plot_view (dlm_window_get_page (window))));
  g_assert_true (press_key (GTK_PHASE_BUBBLE, GDK_KEY_s));
  g_assert_true (action_state ("spotlight"));
  set_action_state ("presentation", FALSE);

  set_action_state ("spotlight", FALSE);
  g_assert_false (dlm_plot_view_get_spotlight (view));
}

/* ---- slide counter ----------------------------------------------------- */

static void
test_slide_counter (void)
{
  DlmTopic *softmax = dlm_topic_page_get_topic (show_topic ("softmax"));
  gint64 start;

  g_assert_true (dlm_topic_set_param (softmax, "view", "bars", NULL));
  settle ();
  g_assert_null (caption ());

  set_action_state ("presentation", TRUE);
  g_assert_cmpstr (caption (), ==, "Softmax · 1 / 3");
  start = g_get_monotonic_time ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-slide", NULL);
  settle ();
  g_assert_cmpstr (caption (), ==, "Softmax · 2 / 3");

  /* it fades after about two seconds */
  g_assert_true (wait_for (caption_gone, NULL));
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 2000 * 1000);

  /* a slide of another topic, picked by name */
  g_action_group_activate_action (G_ACTION_GROUP (window), "go-to-slide",
                                  g_variant_new ("(ss)", "explog", "stretch"));
  settle ();
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, "explog");
  g_assert_cmpstr (caption (), ==, "Exponent and logarithm · 2 / 4");

  /* with animations off it goes without fading, as quickly */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "previous-slide", NULL);
  settle ();
  g_assert_cmpstr (caption (), ==, "Exponent and logarithm · 1 / 4");
  g_assert_true (wait_for (caption_gone, NULL));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);

  set_action_state ("presentation", FALSE);
  g_assert_true (dlm_topic_set_param (softmax, "view", "bars", NULL));
  /* no counter outside presentation mode */
  g_action_group_activate_action (G_ACTION_GROUP (window), "next-slide", NULL);
  settle ();
  g_assert_null (caption ());
}

/* Every slide has a name in the slide list, as its controls title it. */
static void
test_slide_names (void)
{
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);

  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (registry[i].model_type (), NULL);
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      for (guint j = 0; views[j] != NULL; j++)
        {
          g_test_message ("%s:%s is “%s”", dlm_topic_get_id (topic), views[j],
                          dlm_slide_view_name (topic, views[j]));
          /* the identifier comes back only for a view the list does not know */
          g_assert_true (dlm_slide_view_name (topic, views[j]) != views[j]);
        }
    }
}

/* ---- first-run hint ---------------------------------------------------- */

static gboolean
welcome_hidden (gpointer data)
{
  return !dlm_welcome_card_get_revealed (data);
}

static void
test_welcome (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmWelcomeCard *card = dlm_window_get_welcome_card (window);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *button;

  /* a first start: the hint shows, without taking the focus */
  g_assert_true (g_settings_get_boolean (settings, "show-welcome"));
  g_assert_true (dlm_welcome_card_get_revealed (card));
  g_assert_true (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (card)));

  /* hidden while presenting */
  set_action_state ("presentation", TRUE);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (card)));
  set_action_state ("presentation", FALSE);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (card)));

  button = find_descendant (GTK_WIDGET (card), GTK_TYPE_BUTTON, 0);
  g_assert_nonnull (button);
  /* a button's activation clicks it after a short press animation */
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (wait_for (welcome_hidden, card));
  g_assert_false (g_settings_get_boolean (settings, "show-welcome"));

  g_settings_reset (settings, "show-welcome");
  settle ();
  g_assert_true (dlm_welcome_card_get_revealed (card));
}

/* ---- shortcuts window -------------------------------------------------- */

typedef struct {
  GPtrArray *accels;    /* "accelerator" texts */
  GPtrArray *actions;   /* "action-name"s */
} Listed;

static void
collect_shortcuts (GtkWidget *widget,
                   Listed    *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accel = NULL;
      g_autofree char *action = NULL;

      g_object_get (widget, "accelerator", &accel, "action-name", &action, NULL);
      if (accel != NULL)
        g_ptr_array_add (listed->accels, g_steal_pointer (&accel));
      if (action != NULL)
        g_ptr_array_add (listed->actions, g_steal_pointer (&action));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, listed);
}

/* Whether @accel is one of the space-separated accelerators of @text, or
 * inside one of its ranges ("<Control>1...<Control>9"). */
static gboolean
accel_in_text (const char *accel,
               const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);
  guint key, first_key, last_key;
  GdkModifierType mods, first_mods, last_mods;

  g_assert_true (gtk_accelerator_parse (accel, &key, &mods));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) range = g_strsplit (parts[i], "...", 2);

      if (!gtk_accelerator_parse (range[0], &first_key, &first_mods))
        continue;
      if (range[1] == NULL || !gtk_accelerator_parse (range[1], &last_key, &last_mods))
        last_key = first_key, last_mods = first_mods;
      if (mods == first_mods && mods == last_mods && key >= first_key && key <= last_key)
        return TRUE;
    }

  return FALSE;
}

static gboolean
listed_in (Listed     *listed,
           const char *action,
           const char *accel)
{
  for (guint i = 0; i < listed->actions->len; i++)
    if (g_strcmp0 (g_ptr_array_index (listed->actions, i), action) == 0)
      return TRUE;

  for (guint i = 0; i < listed->accels->len; i++)
    if (accel_in_text (accel, g_ptr_array_index (listed->accels, i)))
      return TRUE;

  return FALSE;
}

static void
test_shortcuts_complete (void)
{
  GtkShortcutsWindow *overlay = dlm_window_get_shortcuts_window (window);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  Listed listed = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };
  guint n_checked = 0;

  g_assert_nonnull (overlay);
  collect_shortcuts (GTK_WIDGET (overlay), &listed);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++, n_checked++)
        if (!listed_in (&listed, actions[i], accels[j]))
          g_error ("%s (%s) is missing from the shortcuts window", actions[i], accels[j]);
    }
  g_assert_cmpuint (n_checked, >=, 25);

  /* the keys that are no application accelerators are listed too */
  g_assert_true (listed_in (&listed, "", "Page_Down"));
  g_assert_true (listed_in (&listed, "", "Escape"));
  g_assert_true (listed_in (&listed, "", "Left"));
  g_assert_true (listed_in (&listed, "", "Home"));

  g_ptr_array_unref (listed.accels);
  g_ptr_array_unref (listed.actions);
}

/* ---- about window ------------------------------------------------------ */

static void
test_about (void)
{
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  settle ();
  about = ADW_ABOUT_WINDOW (find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (adw_about_window_get_artists (about));
  g_assert_nonnull (strstr (adw_about_window_get_comments (about), "softmax"));
  /* the newest release's notes, from the AppStream metadata */
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, "0.1.0");
  g_assert_true (g_str_has_prefix (adw_about_window_get_release_notes (about), "<p>"));
  g_assert_nonnull (strstr (adw_about_window_get_release_notes (about), "<li>"));

  gtk_window_destroy (GTK_WINDOW (about));
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (wait_for (window_is_drawn, NULL));

  g_test_add_func ("/presentation/welcome", test_welcome);
  g_test_add_func ("/presentation/enter-leave", test_enter_leave);
  g_test_add_func ("/presentation/leave-restores-controls", test_leave_restores_controls);
  g_test_add_func ("/presentation/escape", test_escape_leaves);
  g_test_add_func ("/presentation/blank", test_blank);
  g_test_add_func ("/presentation/space-plays", test_space_plays);
  g_test_add_func ("/presentation/space-plays-unshown-slide", test_space_plays_unshown_slide);
  g_test_add_func ("/presentation/space-plays-view-timeline", test_space_plays_view_timeline);
  g_test_add_func ("/presentation/slides", test_slides_walk);
  g_test_add_func ("/presentation/zoom", test_zoom);
  g_test_add_func ("/presentation/projector", test_projector_toggle);
  g_test_add_func ("/presentation/look", test_presentation_look);
  g_test_add_func ("/presentation/close-while-presenting", test_close_while_presenting);
  g_test_add_func ("/presentation/zoom-remembered", test_presentation_zoom_remembered);
  g_test_add_func ("/presentation/idle", test_idle_hides_pointer);
  g_test_add_func ("/presentation/spotlight", test_spotlight);
  g_test_add_func ("/presentation/slide-counter", test_slide_counter);
  g_test_add_func ("/presentation/slide-names", test_slide_names);
  g_test_add_func ("/presentation/shortcuts-complete", test_shortcuts_complete);
  g_test_add_func ("/presentation/about", test_about);

  return ui_test_run ();
}
