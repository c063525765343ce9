/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "dlm-registry.h"
#include "ui-test.h"

/* The code card below the formula card: the topic's code as
 * dlm_topic_to_code() writes it, following the parameters, copied
 * whole, open or closed for every topic alike, and saved as a script
 * from the export menu. */

#define MIN_PLOT_HEIGHT 360

static DlmCodeCard *
show_code_card (const char *id)
{
  return dlm_topic_page_get_code_card (show_topic (id));
}

static void
assert_card_shows_code (DlmCodeCard *card)
{
  g_autofree char *code = dlm_topic_to_code (dlm_code_card_get_topic (card));
  g_autofree char *text = dlm_code_card_get_text (card);

  g_assert_nonnull (code);
  g_assert_cmpstr (text, ==, code);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_card_shows_code (void)
{
  DlmCodeCard *card = show_code_card ("softmax");
  GtkWidget *view = find_descendant (GTK_WIDGET (card), GTK_TYPE_TEXT_VIEW, 0);

  g_assert_true (wait_for (window_is_drawn, NULL));
  dlm_code_card_set_expanded (card, TRUE);
  settle ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (wait_for (is_mapped, view));
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  /* code scrolls sideways; it is never wrapped */
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (view)), ==, GTK_WRAP_NONE);
  assert_card_shows_code (card);

  dlm_code_card_set_expanded (card, FALSE);
}

/* The name of the highlighting tag on the first character of the first
 * @needle in @buffer, or NULL. */
static const char *
tag_at (GtkTextBuffer *buffer,
        const char    *needle)
{
  GtkTextIter start, match;
  g_autoptr(GSList) tags = NULL;
  const char *name = NULL;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, needle, 0, &match, NULL, NULL));
  tags = gtk_text_iter_get_tags (&match);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *tag_name = NULL;

      g_object_get (l->data, "name", &tag_name, NULL);
      if (g_strcmp0 (tag_name, "zoom") != 0)
        name = g_intern_string (tag_name);
    }
  return name;
}

/* Python reads as Python: keywords, strings, numbers and comments each
 * in their own style, names and operators plain. */
static void
test_code_is_highlighted (void)
{
  DlmCodeCard *card = show_code_card ("softmax");
  GtkWidget *view = find_descendant (GTK_WIDGET (card), GTK_TYPE_TEXT_VIEW, 0);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  dlm_code_card_set_expanded (card, TRUE);
  settle ();
  g_assert_cmpstr (tag_at (buffer, "import numpy"), ==, "keyword");
  g_assert_cmpstr (tag_at (buffer, "numpy"), ==, NULL);
  g_assert_cmpstr (tag_at (buffer, "\"\"\"Print"), ==, "string");
  g_assert_cmpstr (tag_at (buffer, "\"{key}={value}\""), ==, "string");
  g_assert_cmpstr (tag_at (buffer, "# "), ==, "comment");
  g_assert_cmpstr (tag_at (buffer, "53"), ==, "number");
  g_assert_cmpstr (tag_at (buffer, "isinstance"), ==, NULL);
  dlm_code_card_set_expanded (card, FALSE);
}

static void
test_card_follows_parameters (void)
{
  DlmCodeCard *card = show_code_card ("softmax");
  DlmTopic *topic = dlm_code_card_get_topic (card);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *text = NULL;

  dlm_code_card_set_expanded (card, TRUE);
  settle ();
  before = dlm_code_card_get_text (card);

  g_assert_true (dlm_topic_set_param (topic, "logits", "0.5, 4, -1", &error));
  g_assert_no_error (error);
  settle ();
  assert_card_shows_code (card);
  text = dlm_code_card_get_text (card);
  g_assert_cmpstr (text, !=, before);

  /* closed, the card leaves the text as it is until it opens again */
  dlm_code_card_set_expanded (card, FALSE);
  g_assert_true (dlm_topic_set_param (topic, "logits", "-2, 0, 2, 7", &error));
  settle ();
  closed = dlm_code_card_get_text (card);
  g_assert_cmpstr (closed, ==, text);
  dlm_code_card_set_expanded (card, TRUE);
  settle ();
  assert_card_shows_code (card);

  dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (dlm_window_get_page (window)));
  settle ();
  assert_card_shows_code (card);
  dlm_code_card_set_expanded (card, FALSE);
}

/* Every topic's card shows exactly when the topic has code; a card
 * without a topic is hidden too. */
static void
test_card_hidden_without_code (void)
{
  g_autoptr(GtkWidget) lone = g_object_ref_sink (dlm_code_card_new ());
  guint n, without_code = 0;
  const DlmRegistration *topics = dlm_registry_get (&n);

  g_assert_false (gtk_widget_get_visible (lone));

  for (guint i = 0; i < n; i++)
    {
      const char *id = DLM_TOPIC_CLASS (g_type_class_peek (topics[i].model_type ()))->id;
      DlmCodeCard *card = show_code_card (id);
      DlmTopic *topic = dlm_code_card_get_topic (card);
      gboolean has_code = dlm_topic_has_code (topic);

      g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (card)), ==, has_code);
      g_assert_cmpint (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-code"), ==, has_code);
      if (!has_code)
        without_code++;
    }
  if (without_code == 0)
    g_test_message ("every topic has code: only the card without a topic was hidden");
}

static void
on_text_read (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;

  *(char **) data = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* Copy works open or closed, and puts the whole script there. */
static void
test_copy_puts_code_on_clipboard (void)
{
  DlmCodeCard *card = show_code_card ("softmax");
  GtkWidget *button = find_descendant (GTK_WIDGET (card), GTK_TYPE_BUTTON, 0);
  g_autofree char *code = dlm_topic_to_code (dlm_code_card_get_topic (card));
  g_autofree char *label = NULL;
  g_autofree char *copied = NULL;

  g_assert_nonnull (button);
  label = accessible_text (button, GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_assert_cmpstr (label, ==, "Copy code");
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));

  dlm_code_card_set_expanded (card, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (button), "");
  g_signal_emit_by_name (button, "clicked");
  settle ();

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (button), NULL, on_text_read, &copied);
  g_assert_true (wait_for (is_set, &copied));
  g_assert_cmpstr (copied, ==, code);
}

/* Opened on one topic, the card is open on every topic, through the
 * setting, and closes when the setting says so. */
static void
test_expanded_follows_setting (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmCodeCard *card = show_code_card ("softmax");
  GtkWidget *expander = find_descendant (GTK_WIDGET (card), GTK_TYPE_EXPANDER, 0);
  DlmCodeCard *other;

  g_settings_reset (settings, "code-card-expanded");
  settle ();
  g_assert_false (g_settings_get_boolean (settings, "code-card-expanded"));
  g_assert_false (dlm_code_card_get_expanded (card));

  /* a user opens it as the expander is opened, with Enter or a click */
  g_signal_emit_by_name (expander, "activate");
  settle ();
  g_assert_true (dlm_code_card_get_expanded (card));
  g_assert_true (g_settings_get_boolean (settings, "code-card-expanded"));
  assert_card_shows_code (card);

  other = show_code_card ("meanvar");
  g_assert_true (other != card);
  g_assert_true (dlm_code_card_get_expanded (other));
  assert_card_shows_code (other);

  g_settings_set_boolean (settings, "code-card-expanded", FALSE);
  settle ();
  g_assert_false (dlm_code_card_get_expanded (other));
  g_assert_false (dlm_code_card_get_expanded (card));
}

static gboolean
card_is_laid_out (gpointer data)
{
  return gtk_widget_get_height (data) > 0 && gtk_widget_get_child_visible (data);
}

/* Open in a small window, the card takes the formula card's place rather
 * than the figure's or more than the screen: the window keeps its size
 * and the plot its minimum height; the code scrolls. */
static void
test_open_card_fits_small_window (void)
{
  DlmTopicPage *page = show_topic ("meanvar");
  DlmCodeCard *card = dlm_topic_page_get_code_card (page);
  GtkWidget *plot = GTK_WIDGET (dlm_topic_page_get_plot_view (page));
  GtkWidget *formula = GTK_WIDGET (dlm_topic_page_get_formula_card (page));

  dlm_code_card_set_expanded (card, TRUE);
  resize_window (800, 600);
  g_assert_true (wait_for (card_is_laid_out, card));
  settle ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), <=, 600 + 16);
  g_assert_cmpint (gtk_widget_get_height (plot), >=, MIN_PLOT_HEIGHT);
  g_assert_false (gtk_widget_get_child_visible (formula));

  resize_window (1366, 768);
  g_assert_cmpint (gtk_widget_get_height (plot), >=, MIN_PLOT_HEIGHT);
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (card)));
  g_assert_true (gtk_widget_get_child_visible (formula));

  dlm_code_card_set_expanded (card, FALSE);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
chooser_is_open (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

/* The chooser has loaded its folder and offers to save as @data. */
static gboolean
chooser_offers (gpointer data)
{
  GtkWindow *chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) file = chooser ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  return file != NULL && g_strcmp0 (g_file_peek_path (file), data) == 0;
}

/* Export ▸ Save as Python script… (or Jupyter notebook…), as a user
 * saves it: the chooser opens in Documents (main() points it at a folder
 * of the test's own) with the topic's name, and the file written is the
 * card's code (or the notebook the command line writes). */
static void
test_export_menu_writes_code (gconstpointer data)
{
  const char *extension = data;
  g_autofree char *name = g_strdup_printf ("softmax.%s", extension);
  g_autofree char *path = g_build_filename (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS),
                                            name, NULL);
  DlmTopic *topic = dlm_topic_page_get_topic (show_topic ("softmax"));
  g_autofree char *code = dlm_topic_to_code (topic);
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  DlmFormat format;
  g_autofree char *written = NULL;
  gsize length;
  GtkWindow *chooser;

  g_assert_true (dlm_format_from_path (name, &format, &error));
  expected = dlm_topic_export_text (topic, format, &error);
  g_assert_no_error (error);
  if (format == DLM_FORMAT_PY)
    g_assert_cmpstr (g_bytes_get_data (expected, NULL), ==, code);

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-code"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "export-code", g_variant_new_string (extension));
  g_assert_true (wait_for (chooser_is_open, NULL));
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export code");
  g_assert_true (wait_for (chooser_offers, path));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  g_assert_true (wait_for (file_exists, path));
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* A Documents folder of the test's own, before GLib first reads where
 * the user's folders are. */
static char *
make_documents_folder (void)
{
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp ("dlmath-code-card-XXXXXX", &error);
  g_autofree char *documents = NULL;
  g_autofree char *dirs = NULL;
  g_autofree char *dirs_file = NULL;

  g_assert_no_error (error);
  documents = g_build_filename (home, "Documents", NULL);
  g_assert_cmpint (g_mkdir (documents, 0700), ==, 0);
  dirs = g_strdup_printf ("XDG_DOCUMENTS_DIR=\"%s\"\n", documents);
  dirs_file = g_build_filename (home, "user-dirs.dirs", NULL);
  g_assert_true (g_file_set_contents (dirs_file, dirs, -1, NULL));
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  return home;
}

static void
remove_documents_folder (const char *home)
{
  g_autofree char *documents = g_build_filename (home, "Documents", NULL);
  g_autofree char *dirs_file = g_build_filename (home, "user-dirs.dirs", NULL);

  g_remove (dirs_file);
  g_rmdir (documents);
  g_rmdir (home);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = make_documents_folder ();
  int status;

  ui_test_init (&argc, &argv);

  g_test_add_func ("/code-card/shows-code", test_card_shows_code);
  g_test_add_func ("/code-card/highlighted", test_code_is_highlighted);
  g_test_add_func ("/code-card/follows-parameters", test_card_follows_parameters);
  g_test_add_func ("/code-card/hidden-without-code", test_card_hidden_without_code);
  g_test_add_func ("/code-card/copy", test_copy_puts_code_on_clipboard);
  g_test_add_func ("/code-card/expanded-follows-setting", test_expanded_follows_setting);
  g_test_add_func ("/code-card/open-card-fits-small-window", test_open_card_fits_small_window);
  g_test_add_data_func ("/code-card/export-menu-writes-script", "py", test_export_menu_writes_code);
  g_test_add_data_func ("/code-card/export-menu-writes-notebook", "ipynb", test_export_menu_writes_code);

  status = ui_test_run ();
  remove_documents_folder (home);
  return status;
}
