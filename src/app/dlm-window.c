/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-animation.h"
#include "dlm-animation-dialog.h"
#include "dlm-export-dialog.h"
#include "dlm-lesson-dialog.h"
#include "dlm-presenter.h"
#include "dlm-quiz.h"
#include "dlm-quiz-window.h"
#include "dlm-registry.h"
#include "dlm-settings.h"
#include "dlm-welcome-card.h"
#include "dlm-window-private.h"

struct _DlmWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GPtrArray            *topics;       /* DlmTopic, in registry order */
  gboolean              show_sidebar;
  gboolean              compact;
  guint                 compact_source;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *sidebar_separator;
  GtkListBox           *sidebar_list;
  GtkWidget            *content;
  AdwWindowTitle       *title_widget;
  GtkSpinButton        *seed_spin;
  GtkStack             *stack;
  AdwFlap              *flap;
  GtkStack             *panel_stack;
  GtkWidget            *controls_column;
  GtkWidget            *seed_box;
  GtkWidget            *content_header;
  DlmWelcomeCard       *welcome_card;
  DlmPresenter         *presenter;
  DlmQuizWindow        *quiz_window;  /* weak: open while shown */
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmWindow, dlm_window, ADW_TYPE_APPLICATION_WINDOW)

DlmWindow *
dlm_window_new (DlmApplication *application)
{
  g_return_val_if_fail (DLM_IS_APPLICATION (application), NULL);

  return g_object_new (DLM_TYPE_WINDOW,
                       "application", application,
                       "settings", dlm_application_get_settings (application),
                       NULL);
}

static DlmTopic *
dlm_window_get_current_topic (DlmWindow *self)
{
  DlmTopicPage *page = dlm_window_get_page (self);

  return page ? dlm_topic_page_get_topic (page) : NULL;
}

/* The plot's theme: the projector theme when chosen, else the light or
 * dark look that the app shows (which follows the system unless forced). */
static DlmThemeKind
dlm_window_get_plot_theme (DlmWindow *self)
{
  g_autofree char *theme = dlm_settings_get_theme (self->settings);

  if (g_strcmp0 (theme, "projector") == 0)
    return DLM_THEME_PROJECTOR;

  return adw_style_manager_get_dark (adw_style_manager_get_default ())
         ? DLM_THEME_DARK : DLM_THEME_LIGHT;
}

static void
dlm_window_update_theme (DlmWindow *self)
{
  DlmThemeKind kind = dlm_window_get_plot_theme (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    dlm_topic_page_set_theme_kind (DLM_TOPIC_PAGE (child), kind);

  if (kind == DLM_THEME_PROJECTOR)
    gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "projector");
}

static void
dlm_window_apply_seed (DlmWindow *self)
{
  guint seed = g_settings_get_uint (self->settings, "seed");

  if ((guint) gtk_spin_button_get_value (self->seed_spin) != seed)
    gtk_spin_button_set_value (self->seed_spin, seed);

  for (guint i = 0; i < self->topics->len; i++)
    dlm_topic_set_seed (g_ptr_array_index (self->topics, i), seed);
}

static void
on_seed_spin_value_changed (DlmWindow *self)
{
  guint seed = (guint) gtk_spin_button_get_value (self->seed_spin);

  /* The template sets the spin button up before the settings exist. */
  if (self->settings == NULL)
    return;

  if (g_settings_get_uint (self->settings, "seed") != seed)
    g_settings_set_uint (self->settings, "seed", seed);
}

static void
dlm_window_apply_sidebar (DlmWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->sidebar, folded || self->show_sidebar);
  gtk_widget_set_visible (self->sidebar_separator, folded || self->show_sidebar);

  if (folded)
    adw_leaflet_set_visible_child (self->leaflet,
                                   self->show_sidebar ? self->sidebar : self->content);
}

static void
dlm_window_set_show_sidebar (DlmWindow *self,
                             gboolean   show)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-sidebar");

  self->show_sidebar = show;
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (show));
  dlm_window_apply_sidebar (self);
}

static void
on_leaflet_folded_changed (DlmWindow *self)
{
  /* A narrow window shows the content; the sidebar is one step back,
   * and fills the window when shown. */
  dlm_window_set_show_sidebar (self, !adw_leaflet_get_folded (self->leaflet));
  dlm_welcome_card_set_wide (self->welcome_card, adw_leaflet_get_folded (self->leaflet));
}

static void
on_leaflet_visible_child_changed (DlmWindow *self)
{
  gboolean on_sidebar;

  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  on_sidebar = adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
  if (on_sidebar != self->show_sidebar)
    dlm_window_set_show_sidebar (self, on_sidebar);
}

/* The controls column follows the page on screen (presentation mode and
 * F8 set every page's show-controls). */
static void
dlm_window_apply_controls (DlmWindow *self)
{
  DlmTopicPage *page = dlm_window_get_page (self);

  if (page != NULL)
    adw_flap_set_reveal_flap (self->flap, dlm_topic_page_get_show_controls (page));
}

/* A folded flap would cover the figure: it opens only when asked for
 * (F8, the header button) and closes on folding; unfolding brings the
 * column back, except while presenting, which keeps the figure alone. */
static void
on_flap_folded_changed (DlmWindow *self)
{
  gboolean show = !adw_flap_get_folded (self->flap);

  if (self->presenter != NULL && dlm_presenter_get_presenting (self->presenter))
    show = FALSE;
  g_action_group_change_action_state (G_ACTION_GROUP (self), "show-controls",
                                      g_variant_new_boolean (show));
}

/* A swipe or a click on the dimmed figure closes a folded flap: the
 * action's state says so too. */
static void
on_flap_reveal_changed (DlmWindow *self)
{
  gboolean revealed = adw_flap_get_reveal_flap (self->flap);
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self), "show-controls");

  if (state != NULL && g_variant_get_boolean (state) != revealed)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "show-controls",
                                        g_variant_new_boolean (revealed));
}

/* The seed control shows while the topic on screen draws random numbers
 * (in some topics, only one view or one start does). */
static void
dlm_window_update_seed_box (DlmWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  if (DLM_IS_TOPIC_PAGE (page))
    gtk_widget_set_visible (self->seed_box,
                            dlm_topic_uses_seed (dlm_topic_page_get_topic (DLM_TOPIC_PAGE (page))));
}

/* Animated GIF and WebM are offered while the view on screen animates. */
static void
dlm_window_update_animation_action (DlmWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "export-animation");
  DlmAnimation animation;

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               DLM_IS_TOPIC_PAGE (page) &&
                               dlm_topic_get_animation (dlm_topic_page_get_topic (DLM_TOPIC_PAGE (page)),
                                                        &animation));
}

static GtkWidget *
dlm_window_ensure_page (DlmWindow *self,
                        guint      index)
{
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);
  DlmTopic *topic = g_ptr_array_index (self->topics, index);
  const char *id = dlm_topic_get_id (topic);
  GtkWidget *page;

  /* Pages are built on first visit, so start-up costs one page, not all. */
  if ((page = gtk_stack_get_child_by_name (self->stack, id)))
    return page;

  page = dlm_topic_page_new (topic, registry[index].panel_type ());
  dlm_topic_page_set_theme_kind (DLM_TOPIC_PAGE (page), dlm_window_get_plot_theme (self));
  dlm_code_card_set_settings (dlm_topic_page_get_code_card (DLM_TOPIC_PAGE (page)), self->settings);
  gtk_stack_add_named (self->stack, page, id);
  gtk_stack_add_named (self->panel_stack,
                       GTK_WIDGET (dlm_topic_page_get_panel (DLM_TOPIC_PAGE (page))), id);
  g_signal_connect_object (page, "notify::show-controls",
                           G_CALLBACK (dlm_window_apply_controls), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (topic, "changed",
                           G_CALLBACK (dlm_window_update_seed_box), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (topic, "changed",
                           G_CALLBACK (dlm_window_update_animation_action), self, G_CONNECT_SWAPPED);

  return page;
}

static void
dlm_window_show_topic (DlmWindow *self,
                       guint      index)
{
  DlmTopic *topic = g_ptr_array_index (self->topics, index);
  const char *title = _(dlm_topic_get_title (topic));
  GtkWidget *page = dlm_window_ensure_page (self, index);
  GtkWidget *old_page = gtk_stack_get_visible_child (self->stack);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  gtk_stack_set_visible_child (self->stack, page);
  gtk_stack_set_visible_child_name (self->panel_stack, dlm_topic_get_id (topic));
  dlm_window_update_seed_box (self);
  dlm_window_update_animation_action (self);
  dlm_window_apply_controls (self);
  /* The sidebar's keyboard cursor must follow the selection: focus that
   * returns to the list (or falls back to it when the page it was in is
   * hidden) lands on the cursor row and selects it, which would bring the
   * old topic back. So the new topic's row takes the focus whenever the
   * focus was nowhere, in the list, or in the page (or its controls)
   * going away. */
  if (focus == NULL ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar_list)) ||
      (old_page != NULL && old_page != page &&
       (gtk_widget_is_ancestor (focus, old_page) ||
        gtk_widget_is_ancestor (focus, GTK_WIDGET (dlm_topic_page_get_panel (DLM_TOPIC_PAGE (old_page)))))))
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->sidebar_list, index)));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->title_widget, title);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "quiz-topic")),
                               dlm_quiz_has_topic (dlm_topic_get_id (topic)));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "export-code")),
                               dlm_topic_has_code (topic));
  g_settings_set_string (self->settings, "last-topic", dlm_topic_get_id (topic));
}

static void
on_sidebar_row_selected (DlmWindow     *self,
                         GtkListBoxRow *row)
{
  if (row != NULL)
    dlm_window_show_topic (self, gtk_list_box_row_get_index (row));
}

static void
on_sidebar_row_activated (DlmWindow     *self,
                          GtkListBoxRow *row)
{
  if (adw_leaflet_get_folded (self->leaflet))
    dlm_window_set_show_sidebar (self, FALSE);
}

static GtkWidget *
create_sidebar_row (DlmTopic *topic)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (_(dlm_topic_get_title (topic)));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_set_tooltip_text (row, _(dlm_topic_get_title (topic)));
  /* screen readers name the row by its visible label */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);

  return row;
}

static void
dlm_window_load_topics (DlmWindow *self)
{
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);

  for (guint i = 0; i < n_topics; i++)
    {
      DlmTopic *topic = g_object_new (registry[i].model_type (), NULL);

      g_ptr_array_add (self->topics, topic);
      gtk_list_box_append (self->sidebar_list, create_sidebar_row (topic));
    }
}

static int
dlm_window_find_topic (DlmWindow  *self,
                       const char *id)
{
  for (guint i = 0; i < self->topics->len; i++)
    if (g_strcmp0 (dlm_topic_get_id (g_ptr_array_index (self->topics, i)), id) == 0)
      return i;

  return -1;
}

gboolean
dlm_window_select_topic (DlmWindow  *self,
                         const char *id)
{
  int index;

  g_return_val_if_fail (DLM_IS_WINDOW (self), FALSE);

  if (id == NULL || (index = dlm_window_find_topic (self, id)) < 0)
    return FALSE;

  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, index));
  /* selecting the row that is already selected emits nothing: show the
   * page in any case, so the sidebar and the page cannot disagree */
  dlm_window_show_topic (self, index);
  return TRUE;
}

const char *
dlm_window_get_topic_id (DlmWindow *self)
{
  DlmTopic *topic;

  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  topic = dlm_window_get_current_topic (self);
  return topic ? dlm_topic_get_id (topic) : NULL;
}

static void
export_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       data)
{
  DlmWindow *self = data;
  DlmTopicPage *page = dlm_window_get_page (self);
  g_autofree char *name = g_strdup_printf ("x.%s", g_variant_get_string (param, NULL));
  g_autoptr(DlmExportDialog) dialog = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view;
  DlmFormat format;

  if (page == NULL || !dlm_format_from_path (name, &format, &error))
    {
      g_warning ("Cannot export: %s", error ? error->message : "no topic");
      return;
    }

  view = GTK_WIDGET (dlm_topic_page_get_plot_view (page));
  dialog = dlm_export_dialog_new (GTK_WINDOW (self), self->toast_overlay,
                                  dlm_topic_page_get_topic (page), format,
                                  gtk_widget_get_width (view), gtk_widget_get_height (view),
                                  dlm_window_get_plot_theme (self));
  dlm_export_dialog_present (dialog);
}

static void
export_animation_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  DlmWindow *self = data;
  DlmTopicPage *page = dlm_window_get_page (self);
  DlmVideoFormat format = DLM_VIDEO_GIF;
  g_autofree char *name = g_strdup_printf ("x.%s", g_variant_get_string (param, NULL));
  GtkWidget *view;
  GtkWidget *dialog;

  if (page == NULL || !dlm_video_format_from_path (name, &format))
    return;

  view = GTK_WIDGET (dlm_topic_page_get_plot_view (page));
  dialog = dlm_animation_dialog_new (GTK_WINDOW (self), self->toast_overlay,
                                     dlm_topic_page_get_topic (page), format,
                                     gtk_widget_get_width (view), gtk_widget_get_height (view),
                                     dlm_window_get_plot_theme (self));
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* The whole lesson as a deck or a handout, with the window's seed. */
static void
export_lesson_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       data)
{
  DlmWindow *self = data;
  GtkWidget *dialog = dlm_lesson_dialog_new (GTK_WINDOW (self), self->toast_overlay,
                                             g_settings_get_uint (self->settings, "seed"));

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_figure_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  DlmWindow *self = data;
  DlmTopicPage *page = dlm_window_get_page (self);
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *view;

  if (page == NULL)
    return;

  view = GTK_WIDGET (dlm_topic_page_get_plot_view (page));
  texture = dlm_export_topic_to_texture (dlm_topic_page_get_topic (page),
                                         MAX (gtk_widget_get_width (view), 16),
                                         MAX (gtk_widget_get_height (view), 16),
                                         gtk_widget_get_scale_factor (view),
                                         dlm_window_get_plot_theme (self));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Figure copied")));
}

static void
open_file_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  DlmWindow *self = data;
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (display);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (g_variant_get_string (param, NULL),
                                          G_APP_LAUNCH_CONTEXT (context), &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
new_seed_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       data)
{
  DlmWindow *self = data;

  g_settings_set_uint (self->settings, "seed", g_random_int ());
}

static void
select_topic_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  DlmWindow *self = data;
  guint position = g_variant_get_uint32 (param);

  /* Positions count from 1, as the Ctrl+1…9 shortcuts do. */
  if (position >= 1 && position <= self->topics->len)
    dlm_window_select_topic (self, dlm_topic_get_id (g_ptr_array_index (self->topics, position - 1)));
}

/* The topic's quiz, or with "" the overview of all quizzes; one quiz
 * window at a time, over this window. */
static void
quiz_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  DlmWindow *self = data;
  const char *topic_id = g_variant_get_string (param, NULL);

  if (self->quiz_window == NULL)
    g_set_weak_pointer (&self->quiz_window, dlm_quiz_window_new (GTK_WINDOW (self), self->settings));

  if (*topic_id == '\0' || !dlm_quiz_window_start (self->quiz_window, topic_id))
    dlm_quiz_window_show_overview (self->quiz_window);
  gtk_window_present (GTK_WINDOW (self->quiz_window));
}

static void
quiz_topic_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  DlmWindow *self = data;
  DlmTopic *topic = dlm_window_get_current_topic (self);

  g_action_group_activate_action (G_ACTION_GROUP (self), "quiz",
                                  g_variant_new_string (topic ? dlm_topic_get_id (topic) : ""));
}

static void
show_sidebar_change_state (GSimpleAction *action,
                           GVariant      *state,
                           gpointer       data)
{
  dlm_window_set_show_sidebar (data, g_variant_get_boolean (state));
}

/* The shortcuts window is built when first asked for rather than by
 * GtkApplication with every window: building it (and its classes) is a
 * measurable part of the start-up. */
GtkShortcutsWindow *
dlm_window_get_shortcuts_window (DlmWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);

  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/dlmath/Explorer/ui/help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  return gtk_application_window_get_help_overlay (window);
}

static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       data)
{
  gtk_window_present (GTK_WINDOW (dlm_window_get_shortcuts_window (data)));
}

static const GActionEntry win_actions[] = {
  { "export", export_action, "s" },
  /* the code behind the figure: enabled for a topic that has it */
  { "export-code", export_action, "s" },
  { "export-lesson", export_lesson_action },
  /* enabled while the view on screen animates */
  { "export-animation", export_animation_action, "s" },
  { "copy-figure", copy_figure_action },
  { "open-file", open_file_action, "s" },
  { "new-seed", new_seed_action },
  { "select-topic", select_topic_action, "u" },
  { "quiz", quiz_action, "s" },
  { "quiz-topic", quiz_topic_action },
  { "show-sidebar", NULL, NULL, "true", show_sidebar_change_state },
  { "show-help-overlay", show_help_overlay_action },
};

/* The largest screen there is, or G_MAXINT on both sides without one. */
static void
dlm_window_get_largest_monitor (DlmWindow *self,
                                int       *width,
                                int       *height)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  guint n = g_list_model_get_n_items (monitors);

  *width = *height = n > 0 ? 0 : G_MAXINT;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      *width = MAX (*width, geometry.width);
      *height = MAX (*height, geometry.height);
    }
}

/* A size saved on a larger screen (or edited by hand) never makes the
 * window larger than a screen there is now, nor smaller than it can be. */
static void
dlm_window_restore_size (DlmWindow *self)
{
  int width = dlm_settings_get_int_in_range (self->settings, "window-width",
                                             DLM_SETTINGS_MIN_WIDTH, DLM_SETTINGS_MAX_SIDE);
  int height = dlm_settings_get_int_in_range (self->settings, "window-height",
                                              DLM_SETTINGS_MIN_HEIGHT, DLM_SETTINGS_MAX_SIDE);
  int screen_width, screen_height;

  dlm_window_get_largest_monitor (self, &screen_width, &screen_height);
  width = MAX (MIN (width, screen_width), DLM_SETTINGS_MIN_WIDTH);
  height = MAX (MIN (height, screen_height), DLM_SETTINGS_MIN_HEIGHT);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
dlm_window_apply_compact (gpointer data)
{
  DlmWindow *self = data;

  self->compact_source = 0;
  if (self->compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");

  return G_SOURCE_REMOVE;
}

/* Short windows (a 720p projector, a laptop) get smaller formula type so
 * that the plot keeps most of the height. The style changes after the
 * allocation, never during it. */
static void
dlm_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  DlmWindow *self = DLM_WINDOW (widget);
  gboolean compact = height < 900;

  GTK_WIDGET_CLASS (dlm_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (compact != self->compact)
    {
      self->compact = compact;
      if (self->compact_source == 0)
        self->compact_source = g_idle_add (dlm_window_apply_compact, self);
    }
}

static gboolean
dlm_window_close_request (GtkWindow *window)
{
  DlmWindow *self = DLM_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (dlm_window_parent_class)->close_request (window);
}

/* The topic open when the app was last closed, if it is one of ours. */
static char *
dlm_window_get_last_topic (DlmWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;

  for (guint i = 0; i < self->topics->len; i++)
    g_strv_builder_add (builder, dlm_topic_get_id (g_ptr_array_index (self->topics, i)));
  ids = g_strv_builder_end (builder);

  return dlm_settings_get_choice (self->settings, "last-topic", (const char * const *) ids);
}

static void
dlm_window_constructed (GObject *object)
{
  DlmWindow *self = (DlmWindow *)object;
  g_autofree char *last_topic = NULL;

  G_OBJECT_CLASS (dlm_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  g_signal_connect_object (self->settings, "changed::seed",
                           G_CALLBACK (dlm_window_apply_seed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::theme",
                           G_CALLBACK (dlm_window_update_theme), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dlm_window_update_theme), self, G_CONNECT_SWAPPED);

  dlm_window_load_topics (self);
  dlm_window_apply_seed (self);
  dlm_window_update_theme (self);
  dlm_window_restore_size (self);
  self->presenter = dlm_presenter_new (self, self->settings, self->content_header,
                                       GTK_WIDGET (self->welcome_card), self->stack,
                                       self->toast_overlay);
  /* the presenter's show-controls state starts from what fits */
  on_flap_folded_changed (self);
  dlm_welcome_card_set_settings (self->welcome_card, self->settings);

  last_topic = dlm_window_get_last_topic (self);
  if (!dlm_window_select_topic (self, last_topic))
    dlm_window_select_topic (self, dlm_topic_get_id (g_ptr_array_index (self->topics, 0)));
}

GtkListBox *
dlm_window_get_sidebar (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->sidebar_list;
}

GtkSpinButton *
dlm_window_get_seed_spin (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->seed_spin;
}

DlmTopicPage *
dlm_window_get_page (DlmWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  child = gtk_stack_get_visible_child (self->stack);
  return child ? DLM_TOPIC_PAGE (child) : NULL;
}

DlmTopic *
dlm_window_get_topic (DlmWindow  *self,
                      const char *id)
{
  int index;

  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  index = dlm_window_find_topic (self, id);
  return index < 0 ? NULL : g_ptr_array_index (self->topics, index);
}

DlmPresenter *
dlm_window_get_presenter (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->presenter;
}

DlmWelcomeCard *
dlm_window_get_welcome_card (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->welcome_card;
}

AdwFlap *
dlm_window_get_flap (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->flap;
}

GtkWidget *
dlm_window_get_controls_column (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->controls_column;
}

GtkWidget *
dlm_window_get_seed_box (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->seed_box;
}

GtkWidget *
dlm_window_get_content_header (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->content_header;
}

AdwLeaflet *
dlm_window_get_leaflet (DlmWindow *self)
{
  g_return_val_if_fail (DLM_IS_WINDOW (self), NULL);

  return self->leaflet;
}

static void
dlm_window_dispose (GObject *object)
{
  DlmWindow *self = (DlmWindow *)object;

  g_clear_handle_id (&self->compact_source, g_source_remove);
  g_clear_weak_pointer (&self->quiz_window);
  g_clear_object (&self->presenter);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_WINDOW);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dlm_window_parent_class)->dispose (object);
}

static void
dlm_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlmWindow *self = DLM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DlmWindow *self = DLM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_window_class_init (DlmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = dlm_window_constructed;
  object_class->dispose = dlm_window_dispose;
  object_class->get_property = dlm_window_get_property;
  object_class->set_property = dlm_window_set_property;
  widget_class->size_allocate = dlm_window_size_allocate;
  window_class->close_request = dlm_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, content);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, title_widget);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, seed_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, controls_column);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, seed_box);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, DlmWindow, welcome_card);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_seed_spin_value_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_reveal_changed);

  g_type_ensure (DLM_TYPE_TOPIC_PAGE);
  g_type_ensure (DLM_TYPE_WELCOME_CARD);
}

static void
dlm_window_init (DlmWindow *self)
{
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->show_sidebar = TRUE;

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  gtk_widget_init_template (GTK_WIDGET (self));
}
