/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dlm-lesson-dialog-private.h"
#include "ui-test.h"

/* Export Lesson… from the export menu: the dialog lists every topic,
 * ticked; slides ask for a theme, a handout for paper; the lesson is
 * written off the main thread and a toast says so; Cancel leaves no
 * file and says that nothing was saved. */

static DlmLessonDialog *
open_dialog (void)
{
  GtkWindow *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (window), "export-lesson", NULL);
  settle ();
  dialog = find_toplevel (DLM_TYPE_LESSON_DIALOG);
  g_assert_nonnull (dialog);
  return DLM_LESSON_DIALOG (dialog);
}

static GtkCheckButton *
topic_check (DlmLessonDialog *dialog,
             guint            n)
{
  return GTK_CHECK_BUTTON (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, n));
}

/* Ticks only the topics at @first and @second (sidebar positions). */
static void
tick_only (DlmLessonDialog *dialog,
           guint            first,
           guint            second)
{
  for (guint i = 0; i < 13; i++)
    gtk_check_button_set_active (topic_check (dialog, i), i == first || i == second);
}

/* The dialog's message line (style class "error"). */
static GtkWidget *
error_label (DlmLessonDialog *dialog)
{
  GtkWidget *label;

  for (guint i = 0; (label = find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LABEL, i)) != NULL; i++)
    if (gtk_widget_has_css_class (label, "error"))
      return label;
  g_assert_not_reached ();
}

static gboolean
dialog_gone (gpointer data)
{
  return find_toplevel (DLM_TYPE_LESSON_DIALOG) == NULL;
}

static gboolean
not_running (gpointer data)
{
  return !dlm_lesson_dialog_is_running (data);
}

static GtkWidget *
row_titled (DlmLessonDialog *dialog,
            const char      *title)
{
  GtkWidget *row;

  for (guint i = 0; (row = find_descendant (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, i)) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return row;
  g_assert_not_reached ();
}

static void
test_topics_and_options (void)
{
  DlmLessonDialog *dialog = open_dialog ();
  GtkWidget *kind = row_titled (dialog, "_Make");

  for (guint i = 0; i < 13; i++)
    g_assert_true (gtk_check_button_get_active (topic_check (dialog, i)));
  g_assert_null (topic_check (dialog, 13));
  g_assert_true (dlm_lesson_dialog_can_export (dialog));
  tick_only (dialog, 99, 99);
  g_assert_false (dlm_lesson_dialog_can_export (dialog));

  g_assert_true (gtk_widget_get_visible (row_titled (dialog, "_Theme")));
  g_assert_false (gtk_widget_get_visible (row_titled (dialog, "_Paper")));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), 1);
  g_assert_false (gtk_widget_get_visible (row_titled (dialog, "_Theme")));
  g_assert_true (gtk_widget_get_visible (row_titled (dialog, "_Paper")));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "lesson.cancel", NULL);
  g_assert_true (wait_for (dialog_gone, NULL));
}

static void
test_export_deck (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-lesson-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lesson.pdf", NULL);
  g_autofree char *bytes = NULL;
  DlmLessonDialog *dialog = open_dialog ();
  gsize length;

  tick_only (dialog, 6, 8);   /* softmax and entropy */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row_titled (dialog, "_Theme")), 2);
  dlm_lesson_dialog_export_to (dialog, path);
  g_assert_true (dlm_lesson_dialog_is_running (dialog));
  g_assert_false (dlm_lesson_dialog_can_export (dialog));
  g_assert_true (wait_for (dialog_gone, NULL));
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_cancel_leaves_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-lesson-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  DlmLessonDialog *dialog = open_dialog ();
  GtkWidget *label;

  adw_combo_row_set_selected (ADW_COMBO_ROW (row_titled (dialog, "_Make")), 1);
  dlm_lesson_dialog_export_to (dialog, path);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "lesson.cancel", NULL);
  g_assert_true (wait_for (not_running, dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_rmdir (dir) == 0);

  /* the dialog stays, saying so */
  label = error_label (dialog);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Stopped: nothing was saved.");
  g_assert_true (dlm_lesson_dialog_can_export (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_for (dialog_gone, NULL));
}

/* A folder is refused in the dialog, before anything is drawn. */
static void
test_refused_target (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-lesson-ui-XXXXXX", NULL);
  DlmLessonDialog *dialog = open_dialog ();

  dlm_lesson_dialog_export_to (dialog, dir);
  g_assert_false (dlm_lesson_dialog_is_running (dialog));
  g_assert_true (gtk_widget_get_visible (error_label (dialog)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label (dialog))), "folder"));
  g_assert_nonnull (find_toplevel (DLM_TYPE_LESSON_DIALOG));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_for (dialog_gone, NULL));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/lesson-dialog/topics-and-options", test_topics_and_options);
  g_test_add_func ("/lesson-dialog/export-deck", test_export_deck);
  g_test_add_func ("/lesson-dialog/cancel", test_cancel_leaves_nothing);
  g_test_add_func ("/lesson-dialog/refused-target", test_refused_target);
  return ui_test_run ();
}
