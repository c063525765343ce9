/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-a11y"

#include "config.h"

#include <string.h>

#include "dlm-formula-card.h"
#include "topic-test.h"
#include "ui-test.h"

/* ---- the plots ------------------------------------------------------------ */

/* Each topic with its default parameters: a number its description must
 * give in words, and a change that must change the description. */
static const struct {
  const char *id;
  const char *headline;
  const char *key, *value;
} topics[] = {
  { "complex",   "99.84 %",   "rank",       "3" },
  { "datatypes", "(3, 3, 4)", "view",       "storage" },
  { "encoding",  "3 observations", "scheme", "label" },
  { "transpose", "5×2",       "matrix",     "1 2; 3 4" },
  { "dot",       "product of all 5 is −5", "v", "1, 1, 1, 1, 1" },
  { "matmul",    "= 20",      "a",          "1 0; 0 1" },
  { "softmax",   "z3 is largest with probability 0.67", "logits", "1, 2, 5" },
  { "explog",    "(0, 1)",    "base",       "2" },
  { "entropy",   "1 bit",     "p",          "0.2" },
  { "argmax",    "argmax is 4", "values",   "5, 1" },
  { "meanvar",   "variance 16", "data",     "1, 2, 3" },
  { "sampling",  "170.3",     "mu",         "100" },
  { "seeding",   "0.3745",    "convention", "torch" },
};

static gboolean
not_computing (gpointer topic)
{
  return !dlm_topic_get_computing (topic);
}

static gboolean
has_points (gpointer topic)
{
  return dlm_topic_count_points (topic, NULL) > 0;
}

static DlmPlotView *
plot_of (const char *id)
{
  return dlm_topic_page_get_plot_view (show_topic (id));
}

/* Every plot is an image with the topic's title as its name and the
 * figure in words, with its headline number, as its description; the
 * description follows the data. */
static void
test_plot_roles_and_descriptions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      DlmPlotView *view = plot_of (topics[i].id);
      GtkWidget *widget = GTK_WIDGET (view);
      DlmTopic *topic = dlm_plot_view_get_topic (view);
      g_autofree char *label = accessible_text (widget, GTK_ACCESSIBLE_PROPERTY_LABEL);
      g_autofree char *before = accessible_text (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      g_autofree char *after = NULL, *expected = NULL, *defaults = NULL;
      g_autoptr(GError) error = NULL;

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_IMG);
      g_assert_cmpstr (label, ==, dlm_topic_get_title (topic));
      g_assert_nonnull (before);
      if (strstr (before, topics[i].headline) == NULL)
        g_error ("%s: “%s” does not say “%s”", topics[i].id, before, topics[i].headline);

      defaults = dlm_topic_get_param_text (topic, topics[i].key);
      g_assert_true (dlm_topic_set_param (topic, topics[i].key, topics[i].value, &error));
      g_assert_no_error (error);
      /* topics with heavy work describe the new result when it is there */
      g_assert_true (wait_for (not_computing, topic));
      settle ();
      after = accessible_text (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      expected = dlm_topic_describe (topic);
      g_assert_cmpstr (after, !=, before);
      g_assert_cmpstr (after, ==, expected);
      g_assert_true (dlm_topic_set_param (topic, topics[i].key, defaults, NULL));
      g_assert_true (wait_for (not_computing, topic));
      settle ();
    }
}

static char *
point_text (DlmPlotView *view,
            guint        index)
{
  DlmProbe point = { 0 };

  g_assert_true (dlm_topic_get_point (dlm_plot_view_get_topic (view), index, &point));
  return g_steal_pointer (&point.text);
}

static void
activate (DlmPlotView *view,
          const char  *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), action, NULL));
  settle ();
}

static void
assert_reads (DlmPlotView *view,
              int          index)
{
  g_autofree char *description = accessible_text (GTK_WIDGET (view),
                                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_autofree char *expected = point_text (view, index);

  g_assert_cmpint (dlm_plot_view_get_cursor (view), ==, index);
  g_assert_cmpstr (description, ==, expected);
}

/* On every plot the cursor actions (the arrow keys, Home, End) walk
 * through the points, each read out as the description; Escape puts the
 * whole figure back. */
static void
test_cursor_every_plot (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      DlmPlotView *view = plot_of (topics[i].id);
      DlmTopic *topic = dlm_plot_view_get_topic (view);
      g_autofree char *whole = NULL, *restored = NULL;
      guint row = 1, n;

      gtk_widget_grab_focus (GTK_WIDGET (view));
      settle ();
      g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
      whole = accessible_text (GTK_WIDGET (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      /* the points are where the last frame drew them */
      if (!wait_for (has_points, topic))
        g_error ("%s: no points on the plot", topics[i].id);
      n = dlm_topic_count_points (topic, &row);
      g_assert_cmpint (dlm_plot_view_get_cursor (view), ==, -1);

      activate (view, "plot.next-point");
      assert_reads (view, 0);
      activate (view, "plot.previous-point");
      assert_reads (view, 0);
      if (n > 1)
        {
          activate (view, "plot.next-point");
          assert_reads (view, 1);
        }
      activate (view, "plot.last-point");
      assert_reads (view, n - 1);
      activate (view, "plot.first-point");
      assert_reads (view, 0);
      activate (view, "plot.next-row");
      assert_reads (view, row < n ? row : 0);
      activate (view, "plot.previous-row");
      assert_reads (view, 0);

      activate (view, "plot.hide-cursor");
      g_assert_cmpint (dlm_plot_view_get_cursor (view), ==, -1);
      restored = accessible_text (GTK_WIDGET (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      g_assert_cmpstr (restored, ==, whole);
      /* with no cursor Escape is not the plot's: its shortcut declines, so
       * the key goes on to the window (e.g. to leave presentation mode) */
      {
        g_autoptr(GtkShortcutAction) escape = gtk_named_action_new ("plot.hide-cursor");

        g_assert_false (gtk_shortcut_action_activate (escape, 0, GTK_WIDGET (view), NULL));
        activate (view, "plot.next-point");
        g_assert_true (gtk_shortcut_action_activate (escape, 0, GTK_WIDGET (view), NULL));
        g_assert_cmpint (dlm_plot_view_get_cursor (view), ==, -1);
      }
    }
}

static gboolean
cursor_on_second (gpointer data)
{
  return dlm_plot_view_get_cursor (data) == 1;
}

/* The cursor reads the new value when the data changes, and stays on a
 * point when there are fewer. */
static void
test_cursor_follows_data (void)
{
  DlmPlotView *view = plot_of ("softmax");
  DlmTopic *topic = dlm_plot_view_get_topic (view);
  g_autofree char *third = NULL, *changed = NULL;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  settle ();
  activate (view, "plot.last-point");
  third = accessible_text (GTK_WIDGET (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_assert_nonnull (strstr (third, "0.665"));
  g_assert_nonnull (strstr (third, "point 3 of 3"));

  g_assert_true (dlm_topic_set_param (topic, "logits", "1, 2", NULL));
  /* the next frame puts the cursor on a point of the new figure */
  g_assert_true (wait_for (cursor_on_second, view));
  g_assert_cmpint (dlm_plot_view_get_cursor (view), ==, 1);
  changed = accessible_text (GTK_WIDGET (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  g_assert_nonnull (strstr (changed, "point 2 of 2"));
  g_assert_nonnull (strstr (changed, "0.731"));

  activate (view, "plot.hide-cursor");
  g_assert_true (dlm_topic_set_param (topic, "logits", "1, 2, 3", NULL));
  settle ();
}

/* ---- every control has a name -------------------------------------------- */

static void
test_every_control_named (void)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      DlmTopic *topic = dlm_topic_page_get_topic (show_topic (topics[i].id));
      g_autoptr(DlmParamInfo) view = topic_view_param (topic);
      g_auto(GStrv) choices = g_strsplit (view != NULL ? view->accepted : "", "|", -1);

      /* the whole window (header bar, sidebar, this page) in each view, as
       * some controls show only in some views */
      for (guint c = 0; choices[c] != NULL; c++)
        {
          g_autoptr(GString) found = g_string_new (NULL);

          if (view != NULL)
            g_assert_true (dlm_topic_set_param (topic, view->name, choices[c], NULL));
          g_assert_true (wait_for (not_computing, topic));
          settle ();
          collect_unnamed (GTK_WIDGET (window), found);
          if (found->len > 0)
            g_string_append_printf (unnamed, "\n%s %s:%s", topics[i].id, choices[c], found->str);
        }
      if (view != NULL)
        g_assert_true (dlm_topic_set_param (topic, view->name, view->default_value, NULL));
      settle ();
    }
  if (unnamed->len > 0)
    g_error ("controls without an accessible name:%s", unnamed->str);
}

/* Tab reaches the plot, and the plot shows that it has the focus. */
static void
test_plot_takes_focus (void)
{
  DlmPlotView *view = plot_of ("softmax");

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  settle ();
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  /* moving the cursor is keyboard use: the focus ring shows */
  activate (view, "plot.next-point");
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_get_state_flags (GTK_WIDGET (view)) & GTK_STATE_FLAG_FOCUS_VISIBLE);
  activate (view, "plot.hide-cursor");
}

/* ---- keyboard only ---------------------------------------------------------- */

static gboolean
is_inside (GtkWidget *widget,
           GType      type)
{
  return widget != NULL && gtk_widget_get_ancestor (widget, type) != NULL;
}

/* Tab (and Shift+Tab) from the sidebar on reaches the sidebar's topics, the
 * header bar, the plot, the formula card and the controls. (Moving the
 * focus through the sidebar selects the topics on the way, so the page can
 * change as it goes: what counts is the page shown.) */
static void
test_tab_reaches_everything (void)
{
  show_topic ("softmax");

  for (int backwards = 0; backwards < 2; backwards++)
    {
      GtkDirectionType direction = backwards ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;
      gboolean sidebar = FALSE, header = FALSE, plot = FALSE, card = FALSE, control = FALSE;

      gtk_widget_grab_focus (GTK_WIDGET (dlm_window_get_sidebar (window)));
      for (guint step = 0; step < 300; step++)
        {
          DlmTopicPage *page = dlm_window_get_page (window);
          GtkWidget *focus;

          /* at the end of the chain the focus wraps around */
          if (!gtk_widget_child_focus (GTK_WIDGET (window), direction))
            gtk_widget_child_focus (GTK_WIDGET (window), direction);
          focus = gtk_root_get_focus (GTK_ROOT (window));
          g_assert_nonnull (focus);
          /* nothing hidden takes the focus */
          g_assert_true (gtk_widget_get_mapped (focus));
          sidebar |= gtk_widget_is_ancestor (focus, GTK_WIDGET (dlm_window_get_sidebar (window)));
          header |= is_inside (focus, GTK_TYPE_HEADER_BAR) || is_inside (focus, ADW_TYPE_HEADER_BAR);
          plot |= focus == GTK_WIDGET (dlm_topic_page_get_plot_view (page));
          card |= is_inside (focus, DLM_TYPE_FORMULA_CARD);
          control |= gtk_widget_is_ancestor (focus, GTK_WIDGET (dlm_topic_page_get_panel (page)));
        }
      g_assert_true (sidebar);
      g_assert_true (header);
      g_assert_true (plot);
      g_assert_true (card);
      g_assert_true (control);
    }
  show_topic ("softmax");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/a11y/plot-roles-and-descriptions", test_plot_roles_and_descriptions);
  g_test_add_func ("/a11y/cursor-every-plot", test_cursor_every_plot);
  g_test_add_func ("/a11y/cursor-follows-data", test_cursor_follows_data);
  g_test_add_func ("/a11y/plot-takes-focus", test_plot_takes_focus);
  g_test_add_func ("/a11y/every-control-named", test_every_control_named);
  g_test_add_func ("/a11y/tab-reaches-everything", test_tab_reaches_everything);

  return ui_test_run ();
}
