/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ui-test.h"

/* Your own data in the window: a file opened for a field, dropped onto a
 * field or the figure, and a spreadsheet range pasted into a field. */

static char *tmp_dir;

static char *
write_file (const char *name,
            const char *contents,
            gsize       len)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

/* A float64 .npy of @n values in C order with @shape, made byte by byte. */
static char *
write_npy (const char   *name,
           const char   *shape,
           const double *values,
           gsize         n)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GString) header = g_string_new (NULL);
  guint16 len;

  g_string_printf (header, "{'descr': '<f8', 'fortran_order': False, 'shape': %s, }", shape);
  while ((10 + header->len + 1) % 64 != 0)
    g_string_append_c (header, ' ');
  g_string_append_c (header, '\n');
  len = GUINT16_TO_LE (header->len);
  g_byte_array_append (bytes, (const guint8 *) "\x93NUMPY\x01\x00", 8);
  g_byte_array_append (bytes, (const guint8 *) &len, 2);
  g_byte_array_append (bytes, (const guint8 *) header->str, header->len);
  g_byte_array_append (bytes, (const guint8 *) values, n * sizeof *values);
  return write_file (name, (const char *) bytes->data, bytes->len);
}

static DlmParamBinding *
binding_of (const char *topic_id,
            const char *key)
{
  DlmTopicPanel *panel = dlm_topic_page_get_panel (show_topic (topic_id));
  DlmParamBinding *binding = dlm_topic_panel_get_binding (panel, key);

  g_assert_nonnull (binding);
  g_assert_true (dlm_param_binding_takes_file (binding));
  return binding;
}

static const char *
field_text (DlmParamBinding *binding)
{
  return gtk_editable_get_text (GTK_EDITABLE (dlm_param_binding_get_input (binding)));
}

static char *
topic_text (DlmParamBinding *binding)
{
  return dlm_topic_get_param_text (dlm_param_binding_get_topic (binding),
                                   dlm_param_binding_get_key (binding));
}

static gboolean
load_done (gpointer data)
{
  return !dlm_param_binding_is_loading (data);
}

/* What the button and a drop do, with the field insensitive meanwhile. */
static void
load_path (DlmParamBinding *binding,
           const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dlm_param_binding_load_file (binding, file);
  g_assert_true (dlm_param_binding_is_loading (binding));
  g_assert_false (gtk_widget_get_sensitive (dlm_param_binding_get_input (binding)));
  g_assert_true (wait_for (load_done, binding));
  g_assert_true (gtk_widget_get_sensitive (dlm_param_binding_get_input (binding)));
  settle ();
}

/* The field's value as the topic keeps it, shown in the field. */
static void
assert_field_holds (DlmParamBinding *binding,
                    const char      *expected)
{
  g_autofree char *text = topic_text (binding);

  g_assert_null (dlm_param_binding_get_error (binding));
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (field_text (binding), ==, expected);
}

static void
restore_defaults (void)
{
  dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (dlm_window_get_page (window)));
  settle ();
}

static GtkWidget *
open_button_of (DlmParamBinding *binding)
{
  GtkWidget *row = dlm_param_binding_get_input (binding);
  GtkWidget *button;

  for (guint i = 0; (button = find_descendant (row, GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (button), "Open data for Logits z…") == 0)
      return button;
  return NULL;
}

/* Each field that takes a file has its labelled "Open data…" button. */
static void
test_open_button (void)
{
  DlmParamBinding *binding = binding_of ("softmax", "logits");
  GtkWidget *button = open_button_of (binding);
  g_autofree char *label = NULL;

  g_assert_nonnull (button);
  label = accessible_text (button, GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_assert_cmpstr (label, ==, "Open data for Logits z…");
  /* a field of single numbers takes no file */
  g_assert_false (dlm_param_binding_takes_file (
    dlm_topic_panel_get_binding (dlm_topic_page_get_panel (dlm_window_get_page (window)), "temperature")));
}

static gboolean
chooser_is_open (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_has_file (gpointer data)
{
  GtkWindow *chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) chosen = chooser ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  return chosen != NULL && g_file_equal (chosen, data);
}

static gboolean
field_shows (gpointer data)
{
  DlmParamBinding *binding = data;

  return g_strcmp0 (field_text (binding), g_object_get_data (data, "expected")) == 0;
}

/* The button's chooser, titled with the field, offers tables, .npy files
 * and all files; the file chosen is loaded into the field. */
static void
test_open_button_chooser (void)
{
  DlmParamBinding *binding = binding_of ("softmax", "logits");
  g_autofree char *path = write_file ("chosen.csv", "4, 5, 6\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) filters = NULL;
  GtkWindow *chooser;

  g_signal_emit_by_name (open_button_of (binding), "clicked");
  g_assert_true (wait_for (chooser_is_open, NULL));
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Open Data for Logits z");
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  g_assert_true (wait_for (chooser_has_file, file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  g_object_set_data (G_OBJECT (binding), "expected", "4, 5, 6");
  g_assert_true (wait_for (field_shows, binding));
  assert_field_holds (binding, "4, 5, 6");
  restore_defaults ();
}

static void
test_load_csv_column (void)
{
  DlmParamBinding *binding = binding_of ("softmax", "logits");
  g_autofree char *path = write_file ("z.csv", "z\n1.5\n-2\n0.25\n", -1);
  g_autofree char *before = topic_text (binding);

  load_path (binding, path);
  assert_field_holds (binding, "1.5; -2; 0.25");
  /* the panel's restore brings the default back, as after typing */
  restore_defaults ();
  assert_field_holds (binding, before);
}

static void
test_load_npy_matrix (void)
{
  const double values[] = { 1, 2, 3, 4, 5, 6 };
  DlmParamBinding *binding = binding_of ("transpose", "matrix");
  g_autofree char *path = write_npy ("m.npy", "(2, 3)", values, G_N_ELEMENTS (values));

  load_path (binding, path);
  assert_field_holds (binding, "1, 2, 3; 4, 5, 6");
  restore_defaults ();
}

/* A file the field refuses: the message under the field names the file
 * and the place; the field and the topic keep their value. */
static void
test_bad_file_keeps_value (void)
{
  DlmParamBinding *binding = binding_of ("softmax", "logits");
  g_autofree char *before = topic_text (binding);
  g_autofree char *path = write_file ("bad.csv", "1, 2\n3, abc\n", -1);
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.csv", NULL);
  const char *error;

  load_path (binding, path);
  error = dlm_param_binding_get_error (binding);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "bad.csv"));
  g_assert_nonnull (strstr (error, "abc"));
  g_assert_cmpstr (field_text (binding), ==, before);
  {
    g_autofree char *after = topic_text (binding);

    g_assert_cmpstr (after, ==, before);
  }

  load_path (binding, missing);
  g_assert_nonnull (strstr (dlm_param_binding_get_error (binding), "missing.csv"));
  g_assert_cmpstr (field_text (binding), ==, before);
  restore_defaults ();
}

static gboolean
message_dialog_open (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* The dropdown's entry @i as it reads. */
static const char *
drop_down_text (GtkDropDown *drop_down,
                guint        i)
{
  GObject *item = g_list_model_get_item (gtk_drop_down_get_model (drop_down), i);
  const char *text = gtk_string_object_get_string (GTK_STRING_OBJECT (item));

  g_object_unref (item);
  return text;
}

/* A table of several columns for a list: the user picks the column, by
 * the header's name where the table has one. */
static void
test_wide_table_asks_column (void)
{
  DlmParamBinding *binding = binding_of ("softmax", "logits");
  g_autofree char *path = write_file ("wide.csv", "a,height,c\n1,2,3\n4,5,6\n", -1);
  g_autofree char *bare = write_file ("bare.csv", "1,2\n4,5\n", -1);
  AdwMessageDialog *dialog;
  GtkDropDown *columns;

  load_path (binding, bare);
  g_assert_true (wait_for (message_dialog_open, NULL));
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  columns = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpstr (drop_down_text (columns, 1), ==, "Column 2");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();

  load_path (binding, path);
  g_assert_true (wait_for (message_dialog_open, NULL));
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  columns = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (columns)), ==, 3);
  g_assert_cmpstr (drop_down_text (columns, 1), ==, "height (column 2)");
  gtk_drop_down_set_selected (columns, 1);
  adw_message_dialog_response (dialog, "load");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_for (load_done, binding));
  settle ();
  assert_field_holds (binding, "2; 5");
  restore_defaults ();
}

static GtkDropTarget *
drop_target_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* A file dropped onto the figure goes to the topic's main data field. */
static void
test_drop_on_figure (void)
{
  DlmTopicPage *page = show_topic ("argmax");
  DlmParamBinding *binding = dlm_topic_panel_get_binding (dlm_topic_page_get_panel (page), "values");
  GtkDropTarget *target = drop_target_of (GTK_WIDGET (dlm_topic_page_get_plot_view (page)));
  g_autofree char *path = write_file ("scores.tsv", "0.5\t3\t-1\t2\n", -1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_assert_true (dlm_topic_panel_get_data_binding (dlm_topic_page_get_panel (page)) == binding);
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_true (wait_for (load_done, binding));
  settle ();
  assert_field_holds (binding, "0.5, 3, -1, 2");
  restore_defaults ();
}

static gboolean
field_changed (gpointer data)
{
  return dlm_param_binding_get_error (data) != NULL ||
         g_strcmp0 (g_object_get_data (data, "before"), field_text (data)) != 0;
}

static gboolean
topic_took_field (gpointer data)
{
  g_autofree char *text = topic_text (data);

  return dlm_param_binding_get_error (data) != NULL || g_strcmp0 (text, field_text (data)) == 0;
}

/* A range copied from a spreadsheet (tabs between cells, a newline after
 * each row), pasted into the field as a user pastes, becomes the field's
 * own form, which the topic takes as typed. */
static void
paste_range (DlmParamBinding *binding,
             const char      *tsv,
             const char      *expected)
{
  GtkWidget *row = dlm_param_binding_get_input (binding);
  GtkWidget *text = find_descendant (row, GTK_TYPE_TEXT, 0);

  g_assert_nonnull (text);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_object_set_data_full (G_OBJECT (binding), "before", g_strdup (""), g_free);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (text), tsv);
  gtk_widget_grab_focus (text);
  g_assert_true (gtk_widget_activate_action (text, "clipboard.paste", NULL));
  g_assert_true (wait_for (field_changed, binding));
  g_assert_cmpstr (field_text (binding), ==, expected);
  g_assert_true (wait_for (topic_took_field, binding));
  assert_field_holds (binding, expected);
  restore_defaults ();
}

static void
test_paste_spreadsheet_range (void)
{
  paste_range (binding_of ("softmax", "logits"), "1.5\t-2\t0.25\n", "1.5, -2, 0.25");
  paste_range (binding_of ("softmax", "logits"), "1.5\r\n-2\r\n0.25\r\n", "1.5; -2; 0.25");
  paste_range (binding_of ("transpose", "matrix"), "1\t2\t3\n4\t5\t6\n", "1, 2, 3; 4, 5, 6");
  paste_range (binding_of ("softmax", "labels"), "cat\tdog\nhorse\n", "cat, dog, horse");
  /* a NumPy print keeps its brackets and line break: the parser reads it */
  paste_range (binding_of ("transpose", "matrix"), "[[1 3]\n [5 7]]", "[[1 3]\n [5 7]]");
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GFile) dir = g_file_new_for_path (tmp_dir);
  g_autoptr(GFileEnumerator) files = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;

  while (files != NULL && (info = g_file_enumerator_next_file (files, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (owned));

      g_assert_true (g_file_delete (child, NULL, NULL));
    }
  g_assert_true (g_file_delete (dir, NULL, NULL));
  g_clear_pointer (&tmp_dir, g_free);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);
  tmp_dir = g_dir_make_tmp ("dlmath-data-gui-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/data-gui/open-button", test_open_button);
  g_test_add_func ("/data-gui/open-button-chooser", test_open_button_chooser);
  g_test_add_func ("/data-gui/load-csv-column", test_load_csv_column);
  g_test_add_func ("/data-gui/load-npy-matrix", test_load_npy_matrix);
  g_test_add_func ("/data-gui/bad-file-keeps-value", test_bad_file_keeps_value);
  g_test_add_func ("/data-gui/wide-table-asks-column", test_wide_table_asks_column);
  g_test_add_func ("/data-gui/drop-on-figure", test_drop_on_figure);
  g_test_add_func ("/data-gui/paste-spreadsheet-range", test_paste_spreadsheet_range);

  status = ui_test_run ();
  remove_tmp_dir ();
  return status;
}
