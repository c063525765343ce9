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

void
ui_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* Software rendering, and no accessibility bus to wait for. */
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();

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
