/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include "ui-test.h"

#define WAIT_MS 5000

DlmApplication *app;
DlmWindow *window;

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
wait_for (Condition cond,
          gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_MS, set_flag, &timed_out);
  gboolean met;

  while (!(met = cond (data)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return met;
}

static gboolean
no_pending_events (gpointer data)
{
  return !g_main_context_pending (NULL);
}

void
settle (void)
{
  g_assert_true (wait_for (no_pending_events, NULL));
}

typedef struct {
  int width;
  int height;
} WindowSize;

static gboolean
window_has_size (gpointer data)
{
  const WindowSize *size = data;

  /* the default size counts the frame that client-side decorations
   * draw around the window (a few pixels without a compositor) */
  return ABS (gtk_widget_get_width (GTK_WIDGET (window)) - size->width) <= 16
         && ABS (gtk_widget_get_height (GTK_WIDGET (window)) - size->height) <= 16;
}

void
resize_window (int width,
               int height)
{
  WindowSize size = { width, height };

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  if (!wait_for (window_has_size, &size))
    g_error ("the window is %d × %d, not %d × %d", gtk_widget_get_width (GTK_WIDGET (window)),
             gtk_widget_get_height (GTK_WIDGET (window)), width, height);
  settle ();
}

DlmTopicPage *
show_topic (const char *id)
{
  g_assert_true (dlm_window_select_topic (window, id));
  settle ();
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, id);
  return dlm_window_get_page (window);
}

gboolean
window_is_drawn (gpointer data)
{
  DlmTopicPage *page = dlm_window_get_page (window);

  return gtk_widget_get_mapped (GTK_WIDGET (window))
         && page != NULL
         && gtk_widget_get_width (GTK_WIDGET (dlm_topic_page_get_plot_view (page))) > 0;
}

GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return GTK_WINDOW (toplevel);
    }

  return NULL;
}

void
ui_test_init_gtk (int    *argc,
                  char ***argv)
{
  /* Software rendering; GTK's test accessibility context keeps the roles,
   * properties and relations for gtk_test_accessible_*() without an
   * accessibility bus to wait for. */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

void
ui_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;

  ui_test_init_gtk (argc, argv);

  app = dlm_application_new (NULL);
  /* Never hand the tests to a dlmath the developer has open. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Cannot register the application: %s", error->message);
  g_application_activate (G_APPLICATION (app));
  window = DLM_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
}

int
ui_test_run (void)
{
  int status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);

  return status;
}

/* ---- walking a window's widgets ------------------------------------------ */

/* A search by type does not look inside these: their parts are GTK's. */
static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_SCALE (widget) || GTK_IS_DROP_DOWN (widget);
}

/* Composite controls answer for the parts GTK builds inside them. */
static gboolean
is_composite (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_ENTRY (widget)
         || GTK_IS_DROP_DOWN (widget) || GTK_IS_SEARCH_ENTRY (widget)
         || GTK_IS_PASSWORD_ENTRY (widget) || ADW_IS_ENTRY_ROW (widget) || GTK_IS_SCALE (widget);
}

static GtkWidget *
find_nth (GtkWidget *root,
          GType      type,
          guint     *n)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && (*n)-- == 0)
        return w;
      if (!is_control (w) && (found = find_nth (w, type, n)) != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type,
                 guint      n)
{
  return find_nth (root, type, &n);
}

/* The check against a value the property cannot have returns the value
 * it has. */
char *
accessible_text (GtkWidget             *widget,
                 GtkAccessibleProperty  property)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), property))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, "\001");
}

static gboolean
is_interactive (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))
           || gtk_widget_get_focusable (widget);
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_ENTRY (widget)
         || GTK_IS_TEXT (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_SCALE (widget)
         || GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_DROP_DOWN (widget)
         || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_PASSWORD_ENTRY (widget);
}

/* What GTK 4.8's GtkATContext names a widget by: its label property or
 * the widgets it is labelled by (GtkButton, GtkCheckButton and mnemonic
 * labels set that relation themselves). */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  g_autofree char *label = accessible_text (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);

  return (label != NULL && *label != '\0')
         || gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

void
collect_unnamed (GtkWidget *root,
                 GString   *out)
{
  if (!gtk_widget_get_mapped (root))
    return;
  if (is_interactive (root) && !has_accessible_name (root))
    {
      const char *id = gtk_buildable_get_buildable_id (GTK_BUILDABLE (root));
      GtkWidget *owner = gtk_widget_get_parent (root);

      /* named after the composite widget it is part of */
      while (owner != NULL && !g_str_has_prefix (G_OBJECT_TYPE_NAME (owner), "Dlm"))
        owner = gtk_widget_get_parent (owner);
      g_string_append_printf (out, "\n  %s %s in %s", G_OBJECT_TYPE_NAME (root),
                              id != NULL ? id : "",
                              owner != NULL ? G_OBJECT_TYPE_NAME (owner) : "the window");
    }
  if (is_composite (root))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, out);
}

GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (text, trigger) == 0)
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}
