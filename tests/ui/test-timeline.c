/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-timeline"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "dlm-timeline.h"
#include "ui-test.h"

static GtkWindow *host;
static DlmTimeline *timeline;

static gboolean
is_stopped (gpointer data)
{
  return !dlm_timeline_get_playing (timeline);
}

static void
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add_once (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A fresh timeline in the window, so the frame clock ticks for it. */
static void
setup (void)
{
  timeline = DLM_TIMELINE (dlm_timeline_new ());
  gtk_window_set_child (host, GTK_WIDGET (timeline));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  run_for (50);
}

/* The timeline's own controls, found by type in the order they are packed. */
static GtkWidget *
nth_child_of_type (GType type,
                   guint n)
{
  GtkWidget *found = find_descendant (GTK_WIDGET (timeline), type, n);

  g_assert_nonnull (found);
  return found;
}

static const char *
position_text (void)
{
  return gtk_label_get_text (GTK_LABEL (nth_child_of_type (GTK_TYPE_LABEL, 0)));
}

/* ---- state ---------------------------------------------------------------- */

static void
test_clamping (void)
{
  setup ();
  g_assert_cmpfloat (dlm_timeline_get_duration (timeline), ==, 0);
  dlm_timeline_set_position (timeline, 5);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);

  dlm_timeline_set_duration (timeline, 40);
  dlm_timeline_set_position (timeline, 50);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 40);
  dlm_timeline_set_position (timeline, -3);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);
  dlm_timeline_set_position (timeline, NAN);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);
  dlm_timeline_set_position (timeline, 12.5);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 12.5);
  dlm_timeline_set_duration (timeline, 10);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 10);
  dlm_timeline_set_duration (timeline, -1);
  g_assert_cmpfloat (dlm_timeline_get_duration (timeline), ==, 0);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);
  /* nothing to play */
  dlm_timeline_set_playing (timeline, TRUE);
  g_assert_false (dlm_timeline_get_playing (timeline));
}

static void
test_discrete (void)
{
  setup ();
  dlm_timeline_set_discrete (timeline, TRUE);
  dlm_timeline_set_duration (timeline, 40.4);
  g_assert_cmpfloat (dlm_timeline_get_duration (timeline), ==, 40);
  dlm_timeline_set_position (timeline, 2.4);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 2);
  dlm_timeline_set_position (timeline, 11.6);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 12);
  g_assert_cmpstr (position_text (), ==, "12 / 40");
  /* the slider follows, and scrubbing it snaps too */
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (nth_child_of_type (GTK_TYPE_SCALE, 0))), ==, 12);
  gtk_range_set_value (GTK_RANGE (nth_child_of_type (GTK_TYPE_SCALE, 0)), 30.3);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 30);
}

static void
test_steps (void)
{
  setup ();
  dlm_timeline_set_duration (timeline, 5);
  dlm_timeline_set_position (timeline, 2.4);
  dlm_timeline_step (timeline, 1);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 3);
  dlm_timeline_step (timeline, -1);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 2);
  dlm_timeline_set_position (timeline, 2.4);
  dlm_timeline_step (timeline, -1);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 2);

  dlm_timeline_set_position (timeline, 0);
  dlm_timeline_step (timeline, -1);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);
  dlm_timeline_set_position (timeline, 5);
  dlm_timeline_step (timeline, 1);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 5);

  /* the same through the widget actions; stepping pauses */
  dlm_timeline_set_position (timeline, 1);
  dlm_timeline_set_playing (timeline, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.step-forward", NULL));
  g_assert_false (dlm_timeline_get_playing (timeline));
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.step-back", NULL));
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.restart", NULL));
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);
}

static void
test_speed_menu (void)
{
  GtkDropDown *dropdown;

  setup ();
  dropdown = GTK_DROP_DOWN (nth_child_of_type (GTK_TYPE_DROP_DOWN, 0));
  g_assert_cmpfloat (dlm_timeline_get_speed (timeline), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 2);
  gtk_drop_down_set_selected (dropdown, 4);
  g_assert_cmpfloat (dlm_timeline_get_speed (timeline), ==, 4);
  dlm_timeline_set_speed (timeline, 0.25);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
}

/* ---- playing ---------------------------------------------------------------- */

static void
record_position (GArray *positions)
{
  double p = dlm_timeline_get_position (timeline);

  g_array_append_val (positions, p);
}

static void
test_play_advances_and_stops (void)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (double));
  GtkButton *play;

  setup ();
  play = GTK_BUTTON (nth_child_of_type (GTK_TYPE_BUTTON, 2));
  dlm_timeline_set_duration (timeline, 3);
  dlm_timeline_set_rate (timeline, 10);
  g_signal_connect_swapped (timeline, "notify::position", G_CALLBACK (record_position), positions);

  g_assert_cmpstr (gtk_button_get_icon_name (play), ==, "media-playback-start-symbolic");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.play", NULL));
  g_assert_true (dlm_timeline_get_playing (timeline));
  g_assert_cmpstr (gtk_button_get_icon_name (play), ==, "media-playback-pause-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (play)), ==, "Pause (Space)");

  g_assert_true (wait_for (is_stopped, NULL));
  /* it glided there over several frames, always forwards, and stopped at the end */
  g_assert_cmpuint (positions->len, >=, 3);
  for (guint i = 1; i < positions->len; i++)
    g_assert_cmpfloat (g_array_index (positions, double, i), >, g_array_index (positions, double, i - 1));
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 3);
  g_assert_false (dlm_timeline_get_playing (timeline));
  g_assert_cmpstr (gtk_button_get_icon_name (play), ==, "media-playback-start-symbolic");
  run_for (100);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 3);

  /* play at the end starts from the beginning */
  dlm_timeline_set_playing (timeline, TRUE);
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.play", NULL));
  g_assert_false (dlm_timeline_get_playing (timeline));
  g_signal_handlers_disconnect_by_data (timeline, positions);
}

static void
test_discrete_play_whole_steps (void)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (double));

  setup ();
  dlm_timeline_set_discrete (timeline, TRUE);
  dlm_timeline_set_duration (timeline, 6);
  dlm_timeline_set_rate (timeline, 20);
  g_signal_connect_swapped (timeline, "notify::position", G_CALLBACK (record_position), positions);
  dlm_timeline_set_playing (timeline, TRUE);
  g_assert_true (wait_for (is_stopped, NULL));
  g_assert_cmpfloat (dlm_timeline_get_position (timeline), ==, 6);
  for (guint i = 0; i < positions->len; i++)
    g_assert_cmpfloat (g_array_index (positions, double, i), ==, round (g_array_index (positions, double, i)));
  g_signal_handlers_disconnect_by_data (timeline, positions);
}

/* With animations off, play jumps one whole step per second (times the
 * speed) however high the rate: 3 steps at 4× take at least 0.75 s, where
 * gliding at 100 steps per second would take 7.5 ms. */
static void
test_reduced_animations (void)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  double elapsed;

  setup ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_assert_false (adw_get_enable_animations (GTK_WIDGET (timeline)));
  dlm_timeline_set_duration (timeline, 3);
  dlm_timeline_set_rate (timeline, 100);
  dlm_timeline_set_speed (timeline, 4);
  g_signal_connect_swapped (timeline, "notify::position", G_CALLBACK (record_position), positions);

  start = g_get_monotonic_time ();
  dlm_timeline_set_playing (timeline, TRUE);
  g_assert_true (wait_for (is_stopped, NULL));
  elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_assert_cmpfloat (elapsed, >=, 0.7);
  g_assert_cmpuint (positions->len, ==, 3);
  for (guint i = 0; i < positions->len; i++)
    g_assert_cmpfloat (g_array_index (positions, double, i), ==, i + 1);
  g_signal_handlers_disconnect_by_data (timeline, positions);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
}

/* ---- keyboard and labels ------------------------------------------------- */

static gboolean
has_space_shortcut (void)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (GTK_WIDGET (timeline), "space");
  GtkShortcutAction *action = shortcut != NULL ? gtk_shortcut_get_action (shortcut) : NULL;

  return GTK_IS_NAMED_ACTION (action)
         && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "timeline.play");
}

static void
test_keyboard_and_labels (void)
{
  const char *tooltips[] = { "Back to the start", "One step back", "Play (Space)", "One step forward" };

  setup ();
  g_assert_true (has_space_shortcut ());
  for (guint i = 0; i < G_N_ELEMENTS (tooltips); i++)
    {
      GtkWidget *button = nth_child_of_type (GTK_TYPE_BUTTON, i);

      g_assert_true (gtk_widget_get_focusable (button));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tooltips[i]);
    }
  /* the ends disable what cannot be done */
  dlm_timeline_set_duration (timeline, 4);
  g_assert_false (gtk_widget_get_sensitive (nth_child_of_type (GTK_TYPE_BUTTON, 1)));
  g_assert_true (gtk_widget_get_sensitive (nth_child_of_type (GTK_TYPE_BUTTON, 3)));
  dlm_timeline_set_position (timeline, 4);
  g_assert_true (gtk_widget_get_sensitive (nth_child_of_type (GTK_TYPE_BUTTON, 1)));
  g_assert_false (gtk_widget_get_sensitive (nth_child_of_type (GTK_TYPE_BUTTON, 3)));
  g_assert_cmpstr (position_text (), ==, "4.00 / 4.00");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init_gtk (&argc, &argv);

  host = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (host, 800, 60);
  gtk_window_present (host);

  g_test_add_func ("/timeline/clamping", test_clamping);
  g_test_add_func ("/timeline/discrete", test_discrete);
  g_test_add_func ("/timeline/steps", test_steps);
  g_test_add_func ("/timeline/speed-menu", test_speed_menu);
  g_test_add_func ("/timeline/play-advances-and-stops", test_play_advances_and_stops);
  g_test_add_func ("/timeline/discrete-play-whole-steps", test_discrete_play_whole_steps);
  g_test_add_func ("/timeline/reduced-animations", test_reduced_animations);
  g_test_add_func ("/timeline/keyboard-and-labels", test_keyboard_and_labels);

  status = g_test_run ();
  gtk_window_destroy (host);
  return status;
}
