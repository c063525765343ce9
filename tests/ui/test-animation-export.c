/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-animation-dialog-private.h"
#include "ui-test.h"

/* Export ▸ animated GIF / WebM video: offered while the view animates,
 * its fields refuse what the plan refuses, the export runs beside a
 * responsive window and writes the frames asked for, and a cancelled
 * export leaves nothing behind. */

#define EXPORT_WAIT_MS 120000

static char *home;       /* XDG_CONFIG_HOME of the test's own */
static char *pictures;   /* its Pictures and Videos folder */

static gboolean
animation_offered (void)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-animation");
}

static void
set_view (DlmTopic   *topic,
          const char *view)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_topic_set_param (topic, "view", view, &error));
  g_assert_no_error (error);
  settle ();
}

/* The chooser on screen: one that was answered may linger, hidden, until
 * GTK lets it go. */
static GtkWindow *
open_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

static gboolean
chooser_is_open (gpointer data)
{
  return open_chooser () != NULL;
}

static gboolean
dialog_is_open (gpointer data)
{
  return find_toplevel (DLM_TYPE_ANIMATION_DIALOG) != NULL;
}

static gboolean
dialog_is_closed (gpointer data)
{
  return find_toplevel (DLM_TYPE_ANIMATION_DIALOG) == NULL;
}

/* Export ▸ Save as animated GIF… (or WebM video…) on the sampling
 * topic's law of large numbers. */
static DlmAnimationDialog *
open_dialog (const char *extension)
{
  DlmTopic *topic = dlm_topic_page_get_topic (show_topic ("sampling"));

  set_view (topic, "lln");
  g_assert_true (animation_offered ());
  g_action_group_activate_action (G_ACTION_GROUP (window), "export-animation",
                                  g_variant_new_string (extension));
  g_assert_true (wait_for (dialog_is_open, NULL));
  settle ();
  return DLM_ANIMATION_DIALOG (find_toplevel (DLM_TYPE_ANIMATION_DIALOG));
}

static void
close_dialog (DlmAnimationDialog *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_for (dialog_is_closed, NULL));
  settle ();
}

static GtkSpinButton *
spin (DlmAnimationDialog *dialog,
      const char         *name)
{
  return GTK_SPIN_BUTTON (dlm_animation_dialog_get_part (dialog, name));
}

/* Types @text into a spin button and leaves it, as a user does. */
static void
type_into (DlmAnimationDialog *dialog,
           const char         *name,
           const char         *text)
{
  GtkSpinButton *button = spin (dialog, name);

  gtk_editable_set_text (GTK_EDITABLE (button), text);
  gtk_spin_button_update (button);
  settle ();
}

/* The formats are offered for the views that animate (sampling's law of
 * large numbers) and not for those that do not (softmax). */
static void
test_offered_when_animated (void)
{
  DlmTopic *sampling = dlm_topic_page_get_topic (show_topic ("sampling"));
  DlmAnimation animation;

  set_view (sampling, "lln");
  g_assert_true (dlm_topic_get_animation (sampling, &animation));
  g_assert_true (animation_offered ());

  show_topic ("softmax");
  g_assert_false (dlm_topic_get_animation (dlm_window_get_topic (window, "softmax"), &animation));
  g_assert_false (animation_offered ());
  /* the menu's entries hide with the action */
  g_action_group_activate_action (G_ACTION_GROUP (window), "export-animation", g_variant_new_string ("gif"));
  settle ();
  g_assert_null (find_toplevel (DLM_TYPE_ANIMATION_DIALOG));

  show_topic ("sampling");
  g_assert_true (animation_offered ());
}

/* The dialog opens with the plan the command line makes without options:
 * 30 fps over the natural length, every frame, the format asked for. */
static void
test_defaults (void)
{
  DlmAnimationDialog *dialog = open_dialog ("webm");
  DlmTopic *topic = dlm_window_get_topic (window, "sampling");
  const DlmFramePlan *plan = dlm_animation_dialog_get_plan (dialog);
  g_autoptr(GError) error = NULL;
  DlmFramePlan expected;
  g_autofree char *frames = NULL;

  g_assert_true (dlm_frame_plan_init (&expected, topic, -1, -1, -1, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (plan->fps, ==, 30);
  g_assert_cmpfloat (plan->duration, ==, expected.duration);
  g_assert_cmpuint (plan->total, ==, expected.total);
  g_assert_cmpuint (plan->first, ==, 0);
  g_assert_cmpuint (plan->n_frames, ==, expected.total);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (dlm_animation_dialog_get_part (dialog, "format_row"))), ==, 1);
  /* a video has no loop switch; a GIF has */
  g_assert_false (gtk_widget_get_visible (dlm_animation_dialog_get_part (dialog, "loop_row")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (dlm_animation_dialog_get_part (dialog, "format_row")), 0);
  g_assert_true (gtk_widget_get_visible (dlm_animation_dialog_get_part (dialog, "loop_row")));

  frames = g_strdup_printf ("%u frames, %.2f s", expected.total, expected.total / 30.0);
  if (expected.total / 30.0 >= 10)
    {
      g_free (frames);
      frames = g_strdup_printf ("%u frames, %.1f s", expected.total, expected.total / 30.0);
    }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (dlm_animation_dialog_get_part (dialog, "frames_label"))), ==, frames);
  close_dialog (dialog);
}

/* A frame rate the plan refuses: its message under the field, the field
 * marked invalid, the last good value kept; a good value clears it. */
static void
test_invalid_fps (void)
{
  DlmAnimationDialog *dialog = open_dialog ("gif");
  DlmTopic *topic = dlm_window_get_topic (window, "sampling");
  GtkWidget *fps = GTK_WIDGET (spin (dialog, "fps_spin"));
  g_autoptr(GError) expected = NULL;
  DlmFramePlan plan;
  const char *message;

  g_assert_false (dlm_frame_plan_init (&plan, topic, 100, -1, -1, -1, &expected));
  type_into (dialog, "fps_spin", "100");
  g_assert_cmpstr (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_FPS), ==, expected->message);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (dlm_animation_dialog_get_part (dialog, "fps_error"))));
  g_assert_true (gtk_widget_has_css_class (fps, "error"));
  g_assert_cmpfloat (dlm_animation_dialog_get_plan (dialog)->fps, ==, 30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fps)), ==, "30");

  /* text that is no number, and 0 (which the plan would read as "30") */
  type_into (dialog, "fps_spin", "fast");
  message = dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_FPS);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "--fps"));
  g_assert_nonnull (strstr (message, "fast"));
  type_into (dialog, "fps_spin", "0");
  g_assert_cmpstr (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_FPS), ==,
                   "--fps: 0 is too small; accepted: a number from 1 to 60");
  g_assert_cmpfloat (dlm_animation_dialog_get_plan (dialog)->fps, ==, 30);

  /* Export does not go on while a field says no: it shows the field */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "animation.export", NULL);
  settle ();
  g_assert_null (open_chooser ());
  g_assert_true (gtk_widget_has_focus (fps) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), fps));

  type_into (dialog, "fps_spin", "12");
  g_assert_null (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_FPS));
  g_assert_false (gtk_widget_has_css_class (fps, "error"));
  g_assert_cmpfloat (dlm_animation_dialog_get_plan (dialog)->fps, ==, 12);

  /* a duration past the longest: --duration's message */
  g_clear_error (&expected);
  g_assert_false (dlm_frame_plan_init (&plan, topic, 12, 601, -1, -1, &expected));
  type_into (dialog, "duration_spin", "601");
  g_assert_cmpstr (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_DURATION), ==, expected->message);
  close_dialog (dialog);
}

/* Only some frames: the range the fields say, what it means in seconds,
 * and a first frame after the last refused with --frames's message. */
static void
test_frame_range (void)
{
  DlmAnimationDialog *dialog = open_dialog ("gif");
  AdwActionRow *range = ADW_ACTION_ROW (dlm_animation_dialog_get_part (dialog, "range_row"));
  GtkSwitch *ranged = GTK_SWITCH (dlm_animation_dialog_get_part (dialog, "range_switch"));
  DlmTopic *topic = dlm_window_get_topic (window, "sampling");
  const DlmFramePlan *plan = dlm_animation_dialog_get_plan (dialog);
  g_autoptr(GError) expected = NULL;
  g_autofree char *subtitle = NULL;
  DlmFramePlan refused;
  guint total;

  type_into (dialog, "fps_spin", "10");
  type_into (dialog, "duration_spin", "6");
  total = plan->total;
  g_assert_cmpuint (total, ==, 60);
  gtk_switch_set_active (ranged, TRUE);
  settle ();
  type_into (dialog, "first_spin", "10");
  type_into (dialog, "last_spin", "29");
  g_assert_cmpuint (plan->first, ==, 10);
  g_assert_cmpuint (plan->n_frames, ==, 20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (dlm_animation_dialog_get_part (dialog, "frames_label"))),
                   ==, "20 frames, 2.00 s");
  subtitle = g_strdup_printf ("Frames 10 to 29 of 60: from %.2f s to %.2f s of the animation", 1.0, 3.0);
  g_assert_cmpstr (adw_action_row_get_subtitle (range), ==, subtitle);

  /* the first frame after the last */
  g_assert_false (dlm_frame_plan_init (&refused, topic, 10, 6, 40, 30, &expected));
  type_into (dialog, "first_spin", "40");
  g_assert_cmpstr (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_RANGE), ==, expected->message);
  g_assert_cmpuint (plan->first, ==, 10);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin (dialog, "first_spin")), ==, 10);

  /* twice the frame rate: the range keeps its place in the animation */
  type_into (dialog, "first_spin", "10");
  g_assert_null (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_RANGE));
  type_into (dialog, "fps_spin", "20");
  g_assert_cmpuint (plan->total, ==, 120);
  g_assert_cmpuint (plan->first, ==, 20);
  g_assert_cmpuint (plan->first + plan->n_frames - 1, ==, 58);

  /* off again: every frame */
  gtk_switch_set_active (ranged, FALSE);
  settle ();
  g_assert_cmpuint (plan->first, ==, 0);
  g_assert_cmpuint (plan->n_frames, ==, 120);
  close_dialog (dialog);
}

/* Every control has a name for screen readers; the progress bar too. */
static void
test_accessible (void)
{
  DlmAnimationDialog *dialog = open_dialog ("gif");
  AdwComboRow *size = ADW_COMBO_ROW (dlm_animation_dialog_get_part (dialog, "size_row"));
  GtkSwitch *ranged = GTK_SWITCH (dlm_animation_dialog_get_part (dialog, "range_switch"));
  g_autoptr(GString) unnamed = g_string_new (NULL);
  g_autofree char *progress = NULL;
  g_autoptr(GtkShortcut) escape = NULL;

  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == dlm_animation_dialog_get_part (dialog, "export_button"));
  adw_combo_row_set_selected (size, adw_combo_row_get_selected (size) + 4);
  gtk_switch_set_active (ranged, TRUE);
  settle ();
  collect_unnamed (GTK_WIDGET (dialog), unnamed);
  g_assert_cmpstr (unnamed->str, ==, "");
  progress = accessible_text (dlm_animation_dialog_get_part (dialog, "progress_bar"),
                              GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_assert_cmpstr (progress, ==, "Progress of the export");
  /* Enter exports (the focus starts on Export…), Escape cancels */
  escape = find_shortcut (GTK_WIDGET (dialog), "Escape");
  g_assert_nonnull (escape);
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (escape))),
                   ==, "animation.cancel");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "animation.cancel", NULL));
  g_assert_true (wait_for (dialog_is_closed, NULL));
}

/* Custom size: the sides the encoders take, a side past them refused. */
static void
use_size (DlmAnimationDialog *dialog,
          const char         *width,
          const char         *height)
{
  AdwComboRow *size = ADW_COMBO_ROW (dlm_animation_dialog_get_part (dialog, "size_row"));

  adw_combo_row_set_selected (size, 4);
  settle ();
  g_assert_true (gtk_widget_get_visible (dlm_animation_dialog_get_part (dialog, "width_row")));
  type_into (dialog, "width_spin", width);
  type_into (dialog, "height_spin", height);
}

static void
test_invalid_size (void)
{
  DlmAnimationDialog *dialog = open_dialog ("gif");

  use_size (dialog, "5000", "90");
  g_assert_cmpstr (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_WIDTH), ==,
                   "Width: 5000 is too large; accepted: 16 to 3840 pixels");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin (dialog, "width_spin")), !=, 5000);
  type_into (dialog, "width_spin", "160");
  g_assert_null (dlm_animation_dialog_get_error (dialog, DLM_ANIMATION_FIELD_WIDTH));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin (dialog, "width_spin")), ==, 160);
  close_dialog (dialog);
}

typedef struct {
  DlmAnimationDialog *dialog;
  gboolean            timed_out;
} ExportWait;

static gboolean
export_timed_out (gpointer data)
{
  ((ExportWait *) data)->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the dialog's export ends (the dialog may be
 * gone by then); no sleeping. */
static void
wait_for_export (DlmAnimationDialog *dialog)
{
  ExportWait wait = { dialog, FALSE };
  guint id = g_timeout_add (EXPORT_WAIT_MS, export_timed_out, &wait);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &wait.dialog);
  while (wait.dialog != NULL && dlm_animation_dialog_is_exporting (wait.dialog) && !wait.timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (wait.dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (wait.dialog), (gpointer *) &wait.dialog);
  g_assert_false (wait.timed_out);
  g_source_remove (id);
}

static gboolean
chooser_is_closed (gpointer data)
{
  return open_chooser () == NULL;
}

static gboolean
chooser_offers (gpointer data)
{
  GtkWindow *chooser = open_chooser ();
  g_autoptr(GFile) file = chooser ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  return file != NULL && g_strcmp0 (g_file_peek_path (file), data) == 0;
}

/* No "Could not export" message is open; its words if one is. */
static void
assert_no_error_shown (void)
{
  GtkWindow *message = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  if (message != NULL)
    g_error ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)),
             adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)));
}

/* Export… then the chooser's Export, as a user saves: the chooser offers
 * the topic's name in Pictures (main() points it at a folder of its own). */
static void
export_through_chooser (DlmAnimationDialog *dialog,
                        const char         *expected_path)
{
  GtkWindow *chooser;

  gtk_widget_activate_action (GTK_WIDGET (dialog), "animation.export", NULL);
  g_assert_true (wait_for (chooser_is_open, NULL));
  chooser = open_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Animation");
  g_assert_true (wait_for (chooser_offers, (gpointer) expected_path));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* the chooser answers once it has looked at the file: then the export
   * has begun */
  g_assert_true (wait_for (chooser_is_closed, NULL));
}

/* ffprobe's count of the frames of @path's video stream, and its size. */
static guint
probe_frames (const char *path,
              int        *width,
              int        *height)
{
  const char *argv[] = { "ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                         "-show_entries", "stream=nb_read_frames,width,height",
                         "-of", "csv=p=0", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  guint frames;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (sscanf (out, "%d,%d,%u", width, height, &frames), ==, 3);
  return frames;
}

static gboolean
folder_is_empty (gpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (data, 0, NULL);

  return dir != NULL && g_dir_read_name (dir) == NULL;
}

/* The folder holds nothing at all: no file, no temporary file. */
static void
assert_folder_empty (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name = dir ? g_dir_read_name (dir) : NULL;

  g_assert_nonnull (dir);
  g_assert_cmpstr (name, ==, NULL);
}

/* A GIF (or a WebM video, at odd sides) of a few frames at a small size,
 * from the dialog: ffprobe reads as many frames as the range holds, at
 * the size asked for; the dialog closes, and only the file is left. */
typedef struct {
  const char *extension;
  const char *width;
  const char *height;
} Export;

static void
test_export_frames (gconstpointer data)
{
  const Export *export = data;
  g_autofree char *name = g_strdup_printf ("sampling.%s", export->extension);
  g_autofree char *path = g_build_filename (pictures, name, NULL);
  g_autofree char *ffprobe = g_find_program_in_path ("ffprobe");
  DlmAnimationDialog *dialog;
  GtkSwitch *ranged;
  int width = 0, height = 0;

  if (ffprobe == NULL)
    {
      g_test_skip ("ffprobe (Debian's ffmpeg) is not installed");
      return;
    }

  dialog = open_dialog (export->extension);
  ranged = GTK_SWITCH (dlm_animation_dialog_get_part (dialog, "range_switch"));
  type_into (dialog, "fps_spin", "10");
  gtk_switch_set_active (ranged, TRUE);
  settle ();
  type_into (dialog, "first_spin", "3");
  type_into (dialog, "last_spin", "7");
  g_assert_cmpuint (dlm_animation_dialog_get_plan (dialog)->n_frames, ==, 5);
  use_size (dialog, export->width, export->height);

  export_through_chooser (dialog, path);
  wait_for_export (dialog);
  assert_no_error_shown ();
  g_assert_true (wait_for (dialog_is_closed, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (probe_frames (path, &width, &height), ==, 5);
  g_assert_cmpint (width, ==, atoi (export->width));
  g_assert_cmpint (height, ==, atoi (export->height));
  g_assert_cmpint (g_remove (path), ==, 0);
  assert_folder_empty (pictures);
}

typedef struct {
  guint ticks;
  guint max_gap_ms;
  gint64 last;
} Ticks;

static gboolean
count_tick (gpointer data)
{
  Ticks *ticks = data;
  gint64 now = g_get_monotonic_time ();

  if (ticks->last != 0)
    ticks->max_gap_ms = MAX (ticks->max_gap_ms, (now - ticks->last) / 1000);
  ticks->last = now;
  ticks->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
progress_shown (gpointer data)
{
  GtkProgressBar *bar = GTK_PROGRESS_BAR (dlm_animation_dialog_get_part (data, "progress_bar"));

  return gtk_progress_bar_get_fraction (bar) > 0;
}

/* A long export: the window's main loop keeps turning (a 10 ms timeout
 * fires again and again while the frames are made), the progress bar
 * moves, the options wait; Cancel stops it, the dialog stays for another
 * try, and nothing is left in the folder. */
static void
test_cancel_leaves_nothing (gconstpointer data)
{
  const char *extension = data;
  g_autofree char *name = g_strdup_printf ("sampling.%s", extension);
  g_autofree char *path = g_build_filename (pictures, name, NULL);
  DlmAnimationDialog *dialog = open_dialog (extension);
  Ticks ticks = { 0 };
  guint id;

  type_into (dialog, "fps_spin", "60");
  type_into (dialog, "duration_spin", "60");
  adw_combo_row_set_selected (ADW_COMBO_ROW (dlm_animation_dialog_get_part (dialog, "size_row")), 2);
  settle ();
  export_through_chooser (dialog, path);
  assert_no_error_shown ();
  g_assert_true (dlm_animation_dialog_is_exporting (dialog));
  g_assert_false (gtk_widget_get_sensitive (dlm_animation_dialog_get_part (dialog, "options_page")));

  id = g_timeout_add (10, count_tick, &ticks);
  g_assert_true (wait_for (progress_shown, dialog));
  g_assert_true (dlm_animation_dialog_is_exporting (dialog));
  g_assert_cmpuint (ticks.ticks, >=, 5);
  /* no frame keeps the main loop for long */
  g_assert_cmpuint (ticks.max_gap_ms, <, 500);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "animation.cancel", NULL));
  wait_for_export (dialog);
  g_source_remove (id);
  settle ();
  g_assert_nonnull (find_toplevel (DLM_TYPE_ANIMATION_DIALOG));
  g_assert_true (gtk_widget_get_sensitive (dlm_animation_dialog_get_part (dialog, "options_page")));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_folder_empty (pictures);
  close_dialog (dialog);
}

/* Closing the dialog while it exports cancels the export. */
static void
test_close_cancels (void)
{
  g_autofree char *path = g_build_filename (pictures, "sampling.gif", NULL);
  DlmAnimationDialog *dialog = open_dialog ("gif");

  type_into (dialog, "fps_spin", "60");
  type_into (dialog, "duration_spin", "60");
  adw_combo_row_set_selected (ADW_COMBO_ROW (dlm_animation_dialog_get_part (dialog, "size_row")), 2);
  settle ();
  export_through_chooser (dialog, path);
  g_assert_true (wait_for (progress_shown, dialog));
  close_dialog (dialog);
  /* the worker notices, removes its temporary file and ends */
  g_assert_true (wait_for (folder_is_empty, pictures));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static gboolean
message_is_open (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* A file that cannot be written: the message names it, over the dialog,
 * which stays for another try; nothing is left. */
static void
test_error_shown (void)
{
  g_autofree char *path = g_build_filename (pictures, "missing", "sampling.gif", NULL);
  DlmAnimationDialog *dialog = open_dialog ("gif");
  AdwMessageDialog *message;

  type_into (dialog, "fps_spin", "5");
  dlm_animation_dialog_export_to (dialog, path);
  wait_for_export (dialog);
  g_assert_true (wait_for (message_is_open, NULL));
  message = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could not export");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "missing"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (message)) == GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_true (gtk_widget_get_sensitive (dlm_animation_dialog_get_part (dialog, "options_page")));
  assert_folder_empty (pictures);
  close_dialog (dialog);
}

/* Pictures and Videos of the test's own, before GLib first reads where
 * the user's folders are. */
static void
make_folders (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dirs = NULL;
  g_autofree char *dirs_file = NULL;

  home = g_dir_make_tmp ("dlmath-animation-export-XXXXXX", &error);
  g_assert_no_error (error);
  pictures = g_build_filename (home, "Pictures", NULL);
  g_assert_cmpint (g_mkdir (pictures, 0700), ==, 0);
  dirs = g_strdup_printf ("XDG_PICTURES_DIR=\"%s\"\nXDG_VIDEOS_DIR=\"%s\"\n", pictures, pictures);
  dirs_file = g_build_filename (home, "user-dirs.dirs", NULL);
  g_assert_true (g_file_set_contents (dirs_file, dirs, -1, NULL));
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
}

static void
remove_folders (void)
{
  g_autofree char *dirs_file = g_build_filename (home, "user-dirs.dirs", NULL);

  g_remove (dirs_file);
  g_rmdir (pictures);
  g_rmdir (home);
  g_clear_pointer (&pictures, g_free);
  g_clear_pointer (&home, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  make_folders ();
  ui_test_init (&argc, &argv);

  g_test_add_func ("/animation-export/offered-when-animated", test_offered_when_animated);
  g_test_add_func ("/animation-export/defaults", test_defaults);
  g_test_add_func ("/animation-export/invalid-fps", test_invalid_fps);
  g_test_add_func ("/animation-export/frame-range", test_frame_range);
  g_test_add_func ("/animation-export/invalid-size", test_invalid_size);
  g_test_add_func ("/animation-export/accessible", test_accessible);
  g_test_add_data_func ("/animation-export/gif", &(Export) { "gif", "160", "90" }, test_export_frames);
  g_test_add_data_func ("/animation-export/webm", &(Export) { "webm", "161", "91" }, test_export_frames);
  g_test_add_data_func ("/animation-export/cancel-gif", "gif", test_cancel_leaves_nothing);
  g_test_add_data_func ("/animation-export/cancel-webm", "webm", test_cancel_leaves_nothing);
  g_test_add_func ("/animation-export/close-cancels", test_close_cancels);
  g_test_add_func ("/animation-export/error-shown", test_error_shown);

  status = ui_test_run ();
  remove_folders ();
  return status;
}
