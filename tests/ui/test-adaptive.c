/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test-ui"

#include "config.h"

#include <string.h>

#include "dlm-registry.h"
#include "dlm-timeline.h"
#include "ui-test.h"

/* The window from a small laptop (800 × 600) to the common student laptop
 * (1366 × 768): what folds, how much room the figure keeps, and which
 * controls show with which topic and view. */

#define MIN_PLOT_HEIGHT 360
#define MIN_FORMULA_SCALE 0.6

typedef struct {
  int width;
  int height;
} Size;

static GtkWidget *
plot_widget (void)
{
  return GTK_WIDGET (dlm_topic_page_get_plot_view (dlm_window_get_page (window)));
}

static gboolean
plot_has_size (gpointer data)
{
  const Size *size = data;

  return gtk_widget_get_width (plot_widget ()) == size->width
         && gtk_widget_get_height (plot_widget ()) == size->height;
}

static gboolean
not_computing (gpointer data)
{
  return !dlm_topic_get_computing (data);
}

static const char *
topic_id_at (guint index)
{
  guint n;
  const DlmRegistration *registry = dlm_registry_get (&n);

  g_assert_cmpuint (index, <, n);
  return DLM_TOPIC_CLASS (g_type_class_peek (registry[index].model_type ()))->id;
}

static guint
n_topics (void)
{
  guint n;

  dlm_registry_get (&n);
  return n;
}

/* ---- sizes ---------------------------------------------------------------- */

/* 1366 × 768: the sidebar, the figure and the controls side by side, the
 * figure the widest of the three and the controls column of one width. */
static void
test_laptop_nothing_folds (void)
{
  GtkWidget *plot;

  resize_window (1366, 768);
  show_topic ("softmax");
  plot = plot_widget ();

  g_assert_false (adw_leaflet_get_folded (dlm_window_get_leaflet (window)));
  g_assert_false (adw_flap_get_folded (dlm_window_get_flap (window)));
  g_assert_true (adw_flap_get_reveal_flap (dlm_window_get_flap (window)));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (dlm_window_get_sidebar (window))));
  g_assert_true (gtk_widget_is_visible (dlm_window_get_controls_column (window)));

  g_assert_cmpint (gtk_widget_get_height (plot), >=, MIN_PLOT_HEIGHT);
  g_assert_cmpint (gtk_widget_get_width (plot), >=, 640);
  g_assert_cmpint (gtk_widget_get_width (plot), >, gtk_widget_get_width (dlm_window_get_controls_column (window)));
  g_assert_cmpint (gtk_widget_get_width (dlm_window_get_controls_column (window)), ==, 340);
}

/* One split for all topics: the figure has the same size on every page. */
static void
test_topics_keep_figure_size (void)
{
  Size size;

  resize_window (1366, 768);
  show_topic (topic_id_at (0));
  g_assert_true (wait_for (window_is_drawn, NULL));
  size.width = gtk_widget_get_width (plot_widget ());
  size.height = gtk_widget_get_height (plot_widget ());
  g_assert_cmpint (size.width, >, 0);

  for (guint i = 1; i < n_topics (); i++)
    {
      show_topic (topic_id_at (i));
      if (!wait_for (plot_has_size, &size))
        g_error ("the figure of %s is %d × %d (formula card %d), not %d × %d as on %s", topic_id_at (i),
                 gtk_widget_get_width (plot_widget ()), gtk_widget_get_height (plot_widget ()),
                 gtk_widget_get_height (GTK_WIDGET (dlm_topic_page_get_formula_card (dlm_window_get_page (window)))),
                 size.width, size.height, topic_id_at (0));
    }
}

/* The innermost widget at least @limit wide: what makes a panel wide. */
static GtkWidget *
find_wide (GtkWidget *root,
           int        limit)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      int minimum;

      gtk_widget_measure (w, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (gtk_widget_get_visible (w) && minimum >= limit)
        {
          GtkWidget *inner = find_wide (w, limit);

          return inner != NULL ? inner : w;
        }
    }
  return NULL;
}

/* Every topic's controls fit the one column without widening it. */
static void
test_panels_fit_column (void)
{
  int column = 340;

  for (guint i = 0; i < n_topics (); i++)
    {
      DlmTopicPage *page = show_topic (topic_id_at (i));
      int minimum;

      gtk_widget_measure (GTK_WIDGET (dlm_topic_page_get_panel (page)), GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, NULL, NULL, NULL);
      if (minimum > column)
        {
          GtkWidget *wide = find_wide (GTK_WIDGET (dlm_topic_page_get_panel (page)), minimum - 40);

          g_error ("the controls of %s need %d px, the column has %d (%s %s)", topic_id_at (i), minimum, column,
                   G_OBJECT_TYPE_NAME (wide), GTK_IS_LABEL (wide) ? gtk_label_get_text (GTK_LABEL (wide)) : "");
        }
    }
}

static gboolean
sidebar_shown (gpointer data)
{
  AdwLeaflet *leaflet = dlm_window_get_leaflet (window);

  return adw_leaflet_get_visible_child (leaflet) == gtk_widget_get_ancestor (GTK_WIDGET (dlm_window_get_sidebar (window)),
                                                                              GTK_TYPE_BOX);
}

static gboolean
content_shown (gpointer data)
{
  return !sidebar_shown (data);
}

/* 800 × 600: the sidebar and the controls fold away, the figure keeps a
 * usable height, and the header's buttons reach both. */
static void
test_small_window_folds (void)
{
  AdwFlap *flap = dlm_window_get_flap (window);
  AdwLeaflet *leaflet = dlm_window_get_leaflet (window);
  GtkListBox *list = dlm_window_get_sidebar (window);

  resize_window (800, 600);
  show_topic ("sampling");

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (content_shown (NULL));
  g_assert_cmpint (gtk_widget_get_height (plot_widget ()), >=, MIN_PLOT_HEIGHT);
  g_assert_cmpint (gtk_widget_get_width (plot_widget ()), >=, 560);

  /* F8 lays the controls over the figure, and takes them away again */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-controls", NULL);
  settle ();
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-controls", NULL);
  settle ();
  g_assert_false (adw_flap_get_reveal_flap (flap));

  /* F9 (the header's first button) goes to the topics; picking one comes back */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sidebar", NULL);
  g_assert_true (wait_for (sidebar_shown, NULL));
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 3)));
  g_assert_true (wait_for (content_shown, NULL));
  g_assert_cmpstr (dlm_window_get_topic_id (window), ==, topic_id_at (3));
  g_assert_cmpint (gtk_widget_get_height (plot_widget ()), >=, MIN_PLOT_HEIGHT);

  /* back to a laptop's width: everything unfolds and shows again */
  resize_window (1366, 768);
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (list)));
}

/* Large type shrinks the formula onto its one line rather than wrapping
 * it, and never at the figure's expense. */
static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* Waits for the window's next frame, so that a change has been laid out
 * (settle() may return while the frame clock waits for its next tick). */
static void
wait_for_frame (void)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);

  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (wait_for (flag_set, &painted));
  g_signal_handler_disconnect (clock, id);
  settle ();
}

static gboolean
fits_small_window (gpointer data)
{
  int width = gtk_widget_get_width (data);

  return width > 0 && width < 800;
}

static void
test_formula_scales_to_fit (void)
{
  GSettings *settings = dlm_application_get_settings (app);
  DlmFormulaCard *card;
  gboolean shrunk = FALSE;
  double scale;

  resize_window (800, 600);
  card = dlm_topic_page_get_formula_card (show_topic ("complex"));
  g_assert_true (wait_for (fits_small_window, card));
  /* until the folding and resizing have settled */
  for (int width = -1; width != gtk_widget_get_width (GTK_WIDGET (card)); )
    {
      width = gtk_widget_get_width (GTK_WIDGET (card));
      wait_for_frame ();
      wait_for_frame ();
    }

  scale = dlm_formula_card_get_formula_scale (card);
  g_assert_cmpfloat (scale, >, 0.0);

  /* larger type first shrinks the line (never below legible), then
   * leaves the explanation alone, and the figure keeps its height */
  for (double zoom = 1.0; zoom <= 3.0; zoom += 0.1)
    {
      double smaller;

      g_settings_set_double (settings, "zoom", zoom);
      wait_for_frame ();
      smaller = dlm_formula_card_get_formula_scale (card);
      g_assert_cmpint (gtk_widget_get_height (plot_widget ()), >=, MIN_PLOT_HEIGHT);
      g_assert_true (smaller == 0.0 || smaller >= MIN_FORMULA_SCALE);
      g_assert_cmpfloat (smaller, <=, scale);
      if (smaller > 0.0 && smaller < 1.0)
        shrunk = TRUE;
      scale = smaller;
    }
  g_assert_true (shrunk);
  g_assert_cmpfloat (scale, ==, 0.0);

  g_settings_reset (settings, "zoom");
  wait_for_frame ();
  g_assert_cmpfloat (dlm_formula_card_get_formula_scale (card), >, 0.0);
  resize_window (1366, 768);
}

/* ---- controls --------------------------------------------------------------- */

/* The seed control shows with the topics that draw random numbers alone,
 * and in the complicated-vs-complex topic only while the Game of Life
 * starts at random. */
static void
test_seed_control_follows_topic (void)
{
  const char *random_topics[] = { "matmul", "sampling", "seeding", NULL };
  GtkWidget *seed_box = dlm_window_get_seed_box (window);
  DlmTopicPage *page;
  DlmTopic *complex;

  for (guint i = 0; i < n_topics (); i++)
    {
      DlmTopic *topic = dlm_topic_page_get_topic (show_topic (topic_id_at (i)));
      gboolean random = g_strv_contains (random_topics, topic_id_at (i));

      g_assert_cmpint (dlm_topic_uses_seed (topic), ==, random);
      g_assert_cmpint (gtk_widget_get_visible (seed_box), ==, random);
    }

  page = show_topic ("complex");
  complex = dlm_topic_page_get_topic (page);
  g_assert_false (gtk_widget_get_visible (seed_box));
  g_assert_true (dlm_topic_apply (complex, (const char *[]) { "view=life", NULL }, NULL));
  settle ();
  g_assert_true (gtk_widget_get_visible (seed_box));
  g_assert_true (dlm_topic_apply (complex, (const char *[]) { "pattern=glider", NULL }, NULL));
  settle ();
  g_assert_false (gtk_widget_get_visible (seed_box));
  dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (page));
}

/* A topic that says it draws no random numbers gives the same numbers
 * for any seed, in every view. */
static void
test_seedless_topics_ignore_seed (void)
{
  for (guint i = 0; i < n_topics (); i++)
    {
      DlmTopic *topic = dlm_window_get_topic (window, topic_id_at (i));
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);
      guint seed = dlm_topic_get_seed (topic);

      for (guint v = 0; views[v] != NULL; v++)
        {
          g_autofree char *first = NULL;
          g_autofree char *second = NULL;

          if (!dlm_topic_set_param (topic, param, views[v], NULL) || dlm_topic_uses_seed (topic))
            continue;
          dlm_topic_set_seed (topic, 1);
          g_assert_true (wait_for (not_computing, topic));
          first = dlm_topic_to_summary (topic);
          dlm_topic_set_seed (topic, 2);
          g_assert_true (wait_for (not_computing, topic));
          second = dlm_topic_to_summary (topic);
          if (g_strcmp0 (first, second) != 0)
            g_error ("%s (%s) changes with the seed but does not say it uses one",
                     topic_id_at (i), views[v]);
        }
      dlm_topic_set_seed (topic, seed);
      dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (show_topic (topic_id_at (i))));
      g_assert_true (wait_for (not_computing, topic));
    }
  settle ();
}

/* The app's seed setting and the CLI (a topic without --seed) start
 * from the same seed. */
static void
test_default_seed_shared (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) schema_default = NULL;
  g_autoptr(DlmTopic) topic = NULL;
  GParamSpec *pspec;
  guint n;
  const DlmRegistration *registry = dlm_registry_get (&n);

  g_object_get (dlm_application_get_settings (app), "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "seed");
  schema_default = g_settings_schema_key_get_default_value (key);
  g_assert_cmpuint (g_variant_get_uint32 (schema_default), ==, DLM_DEFAULT_SEED);

  topic = g_object_new (registry[0].model_type (), NULL);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), "seed");
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->default_value, ==, DLM_DEFAULT_SEED);
  g_assert_cmpuint (dlm_topic_get_seed (topic), ==, DLM_DEFAULT_SEED);

  /* the window's topics use the setting, here its default */
  g_assert_cmpuint (dlm_topic_get_seed (dlm_window_get_topic (window, "sampling")), ==, DLM_DEFAULT_SEED);
}

static GtkWidget *
first_group (DlmTopicPanel *panel)
{
  return find_descendant (GTK_WIDGET (panel), ADW_TYPE_PREFERENCES_GROUP, 0);
}

static gboolean
group_chooses (GtkWidget  *group,
               const char *action_name)
{
  for (guint i = 0; ; i++)
    {
      GtkWidget *check = find_descendant (group, GTK_TYPE_CHECK_BUTTON, i);

      if (check == NULL)
        return FALSE;
      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (check)), action_name) == 0)
        return TRUE;
    }
}

/* The choice of view comes first on every topic. */
static void
test_view_choice_first (void)
{
  for (guint i = 0; i < n_topics (); i++)
    {
      DlmTopicPage *page = show_topic (topic_id_at (i));
      const char *param = DLM_TOPIC_GET_CLASS (dlm_topic_page_get_topic (page))->slides_param;
      g_autofree char *action_name = g_strdup_printf ("param.%s", param);

      g_assert_nonnull (param);
      if (!group_chooses (first_group (dlm_topic_page_get_panel (page)), action_name))
        g_error ("the first group of %s's controls does not choose its %s", topic_id_at (i), param);
    }
}

/* Controls are hidden, never greyed out, when their view is not showing. */
static void
collect_insensitive (GtkWidget *root,
                     GString   *out)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (!gtk_widget_get_visible (w))
        continue;
      if ((ADW_IS_PREFERENCES_GROUP (w) || ADW_IS_PREFERENCES_ROW (w)) && !gtk_widget_get_sensitive (w))
        g_string_append_printf (out, " %s", G_OBJECT_TYPE_NAME (w));
      collect_insensitive (w, out);
    }
}

static void
test_view_controls_hide (void)
{
  DlmTopicPage *page = show_topic ("complex");
  DlmTopic *topic = dlm_topic_page_get_topic (page);
  g_autoptr(GString) greyed = g_string_new (NULL);
  GtkWidget *panel = GTK_WIDGET (dlm_topic_page_get_panel (page));
  GtkWidget *timeline = find_descendant (panel, DLM_TYPE_TIMELINE, 0);
  GtkWidget *lorenz_group = gtk_widget_get_ancestor (timeline, ADW_TYPE_PREFERENCES_GROUP);

  g_assert_true (dlm_topic_set_param (topic, "view", "spectral", NULL));
  settle ();
  g_assert_false (gtk_widget_get_visible (lorenz_group));
  g_assert_true (dlm_topic_set_param (topic, "view", "lorenz", NULL));
  g_assert_true (wait_for (not_computing, topic));
  settle ();
  g_assert_true (gtk_widget_get_visible (lorenz_group));
  dlm_topic_panel_restore_defaults (DLM_TOPIC_PANEL (panel));
  g_assert_true (wait_for (not_computing, topic));

  /* the transpose's flip plays in the flip and vector views only */
  page = show_topic ("transpose");
  topic = dlm_topic_page_get_topic (page);
  panel = GTK_WIDGET (dlm_topic_page_get_panel (page));
  timeline = find_descendant (panel, DLM_TYPE_TIMELINE, 0);
  g_assert_true (dlm_topic_set_param (topic, "view", "rules", NULL));
  settle ();
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (timeline, ADW_TYPE_PREFERENCES_GROUP)));
  g_assert_true (dlm_topic_set_param (topic, "view", "vector", NULL));
  settle ();
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (timeline, ADW_TYPE_PREFERENCES_GROUP)));
  dlm_topic_panel_restore_defaults (DLM_TOPIC_PANEL (panel));
  settle ();

  /* and nothing anywhere stays greyed out in its stead */
  for (guint i = 0; i < n_topics (); i++)
    {
      DlmTopicPage *p = show_topic (topic_id_at (i));
      DlmTopic *t = dlm_topic_page_get_topic (p);
      const char *param = DLM_TOPIC_GET_CLASS (t)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (t);

      for (guint v = 0; views[v] != NULL; v++)
        {
          if (!dlm_topic_set_param (t, param, views[v], NULL))
            continue;
          g_assert_true (wait_for (not_computing, t));
          settle ();
          collect_insensitive (GTK_WIDGET (dlm_topic_page_get_panel (p)), greyed);
          if (greyed->len > 0)
            g_error ("%s (%s) greys out:%s", topic_id_at (i), views[v], greyed->str);
        }
      dlm_topic_panel_restore_defaults (dlm_topic_page_get_panel (p));
      g_assert_true (wait_for (not_computing, t));
    }
}

/* ---- header bar and presentation ----------------------------------------- */

static void
collect_buttons (GtkWidget *root,
                 GPtrArray *out)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_WINDOW_CONTROLS (w))
        continue;
      if ((GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w)) && gtk_widget_get_mapped (w))
        g_ptr_array_add (out, w);
      else
        collect_buttons (w, out);
    }
}

/* The primary menu is the header bar's last button, as in GNOME's apps. */
static void
test_primary_menu_last (void)
{
  GtkWidget *header = dlm_window_get_content_header (window);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *primary = NULL;
  graphene_rect_t bounds;
  float primary_x = 0, max_x = 0;

  resize_window (1366, 768);
  collect_buttons (header, buttons);
  g_assert_cmpuint (buttons->len, >=, 5);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      g_assert_true (gtk_widget_compute_bounds (button, header, &bounds));
      max_x = MAX (max_x, bounds.origin.x);
      if (GTK_IS_MENU_BUTTON (button) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)))
        {
          primary = button;
          primary_x = bounds.origin.x;
        }
    }
  g_assert_nonnull (primary);
  g_assert_cmpfloat (primary_x, ==, max_x);
}

/* Presenting leaves the figure alone, leaving brings the column back. */
static void
test_presentation_hides_column (void)
{
  AdwFlap *flap = dlm_window_get_flap (window);

  resize_window (1366, 768);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation", g_variant_new_boolean (TRUE));
  wait_for_frame ();
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation", g_variant_new_boolean (FALSE));
  resize_window (1366, 768);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_false (adw_flap_get_folded (flap));
}

/* ---- first-run hint ------------------------------------------------------ */

static void
collect_keycaps (GtkWidget *root,
                 GPtrArray *out)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "keycap"))
        g_ptr_array_add (out, (gpointer) gtk_label_get_text (GTK_LABEL (w)));
      collect_keycaps (w, out);
    }
}

/* Keycaps read like GNOME's ("Page Down", "Ctrl"), and the hint sits in
 * the sidebar, not above the figure. */
static void
test_welcome_keycaps (void)
{
  DlmWelcomeCard *card = dlm_window_get_welcome_card (window);
  g_autoptr(GPtrArray) keycaps = g_ptr_array_new ();
  gboolean page_down = FALSE, ctrl = FALSE;

  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (card),
                                         gtk_widget_get_ancestor (GTK_WIDGET (dlm_window_get_sidebar (window)),
                                                                  GTK_TYPE_BOX)));
  collect_keycaps (GTK_WIDGET (card), keycaps);
  g_assert_cmpuint (keycaps->len, >=, 4);
  for (guint i = 0; i < keycaps->len; i++)
    {
      const char *text = g_ptr_array_index (keycaps, i);

      g_assert_null (strchr (text, '_'));
      g_assert_false (g_str_has_suffix (text, "+") && strlen (text) > 1);
      page_down |= g_str_equal (text, "Page Down");
      ctrl |= g_str_equal (text, "Ctrl");
    }
  g_assert_true (page_down);
  g_assert_true (ctrl);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);
  g_assert_true (wait_for (window_is_drawn, NULL));

  g_test_add_func ("/adaptive/laptop", test_laptop_nothing_folds);
  g_test_add_func ("/adaptive/figure-size", test_topics_keep_figure_size);
  g_test_add_func ("/adaptive/panels-fit", test_panels_fit_column);
  g_test_add_func ("/adaptive/small-window", test_small_window_folds);
  g_test_add_func ("/adaptive/formula-scales", test_formula_scales_to_fit);
  g_test_add_func ("/adaptive/seed-control", test_seed_control_follows_topic);
  g_test_add_func ("/adaptive/seedless-topics", test_seedless_topics_ignore_seed);
  g_test_add_func ("/adaptive/default-seed", test_default_seed_shared);
  g_test_add_func ("/adaptive/view-first", test_view_choice_first);
  g_test_add_func ("/adaptive/view-controls-hide", test_view_controls_hide);
  g_test_add_func ("/adaptive/keycaps", test_welcome_keycaps);
  g_test_add_func ("/adaptive/primary-menu-last", test_primary_menu_last);
  g_test_add_func ("/adaptive/presentation", test_presentation_hides_column);

  return ui_test_run ();
}
