/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-presenter-private.h"
#include "dlm-registry.h"
#include "dlm-settings.h"
#include "dlm-slide-list.h"
#include "dlm-stage-window.h"
#include "dlm-timeline.h"
#include "dlm-window-private.h"

/* A teacher runs a lesson from the keyboard or a presenter remote: F5
 * fills the screen with the figure, PageDown/PageUp step through every
 * topic's views, Ctrl+plus/minus scale the type, Ctrl+Shift+P switches to
 * the projector colours and back.
 *
 * Presenting uses the projector colours and a zoom for the room (at least
 * 150 % of the window's, then whatever the teacher chose for a display of
 * that size). With one monitor the window itself becomes the slide; with a
 * second one (a projector) the bare figure goes full screen there, in a
 * DlmStageWindow, while the window keeps its controls and lists the
 * slides. On the slide, the pointer, its read-out and the data cursor go
 * after IDLE_MS without input. */
struct _DlmPresenter
{
  GObject          parent_instance;

  DlmWindow       *window;         /* owns us */
  GSettings       *settings;
  GtkWidget       *header_bar;
  GtkWidget       *welcome_card;   /* hidden while presenting */
  GtkStack        *stack;
  AdwToastOverlay *toast_overlay;
  AdwToast        *toast;          /* the zoom or slide notice on screen */

  char            *theme_before_projector;

  gboolean         presenting;
  gboolean         show_controls;
  gboolean         blank;
  gboolean         spotlight;

  /* two screens: the figure on the projector, the slides in the sidebar */
  DlmStageWindow  *stage;
  GdkMonitor      *stage_monitor;
  gulong           invalidate_handler;
  GtkWidget       *slide_list;
  guint            relayout_source;

  /* the zoom while presenting, and the display size it is kept for */
  double           presentation_zoom;
  char            *display_key;

  /* the pointer and the read-outs go when nothing happens for a while */
  guint            idle_ms;
  guint            idle_source;
  gint64           last_input;
  gboolean         idle;
  double           last_x;
  double           last_y;

  /* how the window was before presentation mode, to restore it exactly */
  gboolean         was_fullscreen;
  gboolean         was_maximized;
  gboolean         had_sidebar;
  gboolean         had_controls;
  char            *theme_before;
  gboolean         owns_theme;     /* switched to projector colours */
  int              width;
  int              height;
};

G_DEFINE_FINAL_TYPE (DlmPresenter, dlm_presenter, G_TYPE_OBJECT)

/* Zoom steps, as in GNOME's document viewers; the schema's range is
 * the first to the last. */
static const double zoom_steps[] = { DLM_SETTINGS_MIN_ZOOM, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5,
                                     1.75, 2.0, 2.5, DLM_SETTINGS_MAX_ZOOM };

/* The header bar comes back when the pointer is this close to the top
 * edge in presentation mode, and goes again beyond its height plus this. */
#define EDGE_PX   6
#define SLACK_PX  48

/* The pointer and the read-outs leave the slide after this long without
 * input; the room's zoom is at least this much of the window's. */
#define IDLE_MS            2000
#define PRESENTATION_ZOOM  1.5

static void
on_toast_dismissed (DlmPresenter *self)
{
  g_clear_object (&self->toast);
}

/* One notice at a time: a new zoom step retitles the notice on screen
 * rather than queueing another behind it. */
static void
dlm_presenter_notify (DlmPresenter *self,
                      const char   *text)
{
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, text);
      return;
    }

  self->toast = adw_toast_new (text);
  adw_toast_set_timeout (self->toast, 2);
  g_signal_connect_object (self->toast, "dismissed",
                           G_CALLBACK (on_toast_dismissed), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
}

static void
set_action_state (DlmPresenter *self,
                  const char   *name,
                  gboolean      state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->window), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (state));
}

static gboolean
get_show_sidebar (DlmPresenter *self)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (self->window),
                                                               "show-sidebar");

  return state != NULL && g_variant_get_boolean (state);
}

static void
set_show_sidebar (DlmPresenter *self,
                  gboolean      show)
{
  g_action_group_change_action_state (G_ACTION_GROUP (self->window), "show-sidebar",
                                      g_variant_new_boolean (show));
}

/* ---- slides: where the lesson is --------------------------------------- */

static const char *
topic_id_at (guint index)
{
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);
  g_autoptr(GTypeClass) klass = g_type_class_ref (registry[index].model_type ());

  /* Class data lives as long as the type, after the unref too. */
  return DLM_TOPIC_CLASS (klass)->id;
}

static int
current_view (DlmTopic *topic)
{
  const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
  g_auto(GStrv) slides = dlm_topic_list_slides (topic);
  g_autofree char *value = NULL;

  if (param == NULL)
    return -1;

  value = dlm_topic_get_param_text (topic, param);
  for (int i = 0; slides[i] != NULL; i++)
    if (g_strcmp0 (slides[i], value) == 0)
      return i;

  return -1;
}

static DlmTopic *
current_topic (DlmPresenter *self)
{
  DlmTopicPage *page = dlm_window_get_page (self->window);

  return page != NULL ? dlm_topic_page_get_topic (page) : NULL;
}

/* The view the room sees: the stage's, or the window's own. */
static DlmPlotView *
slide_view (DlmPresenter *self)
{
  DlmTopicPage *page = dlm_window_get_page (self->window);

  if (self->stage != NULL)
    return dlm_stage_window_get_plot_view (self->stage);
  return page != NULL ? dlm_topic_page_get_plot_view (page) : NULL;
}

/* ---- pages: zoom, the controls column and what is drawn over figures -- */

/* The window's zoom as the zoom buttons could have set it. */
static double
window_zoom (DlmPresenter *self)
{
  return dlm_settings_get_double_in_range (self->settings, "zoom",
                                           DLM_SETTINGS_MIN_ZOOM, DLM_SETTINGS_MAX_ZOOM);
}

/* The zoom the pages show: the room's while the window is the slide. */
static double
page_zoom (DlmPresenter *self)
{
  if (self->presenting && self->stage == NULL)
    return self->presentation_zoom;
  return window_zoom (self);
}

static void
dlm_presenter_apply_page (DlmPresenter *self,
                          DlmTopicPage *page)
{
  DlmPlotView *view = dlm_topic_page_get_plot_view (page);

  dlm_topic_page_set_zoom (page, page_zoom (self));
  dlm_topic_page_set_show_controls (page, self->show_controls);
  dlm_plot_view_set_spotlight (view, self->spotlight);
  dlm_plot_view_set_idle (view, self->idle && self->stage == NULL);
}

/* Pages are built on first visit: each one gets the settings when shown,
 * and all built ones (and the stage) when a setting changes. */
static void
dlm_presenter_apply_all (DlmPresenter *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    dlm_presenter_apply_page (self, DLM_TOPIC_PAGE (child));

  if (self->stage != NULL)
    {
      DlmPlotView *view = dlm_stage_window_get_plot_view (self->stage);

      dlm_plot_view_set_zoom (view, self->presentation_zoom);
      dlm_plot_view_set_spotlight (view, self->spotlight);
      dlm_plot_view_set_idle (view, self->idle);
    }
}

/* A new slide while presenting: the stage and the slide list follow, and
 * the counter (“Softmax · 2 / 3”) shows on the slide for a moment. */
static void
dlm_presenter_slide_changed (DlmPresenter *self)
{
  DlmTopic *topic = current_topic (self);
  g_autofree char *caption = NULL;
  int view;

  if (!self->presenting || topic == NULL)
    return;

  view = MAX (current_view (topic), 0);
  if (self->stage != NULL)
    dlm_plot_view_set_topic (dlm_stage_window_get_plot_view (self->stage), topic);
  if (self->slide_list != NULL)
    dlm_slide_list_select (DLM_SLIDE_LIST (self->slide_list), dlm_topic_get_id (topic), view);

  caption = dlm_slide_caption (topic, view);
  dlm_plot_view_show_caption (slide_view (self), caption);
}

static void
on_visible_child_changed (DlmPresenter *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  if (page != NULL)
    dlm_presenter_apply_page (self, DLM_TOPIC_PAGE (page));
  dlm_presenter_slide_changed (self);
}

/* Any topic's view may change (the next slide sets it before showing its
 * topic); only the one on screen is a new slide. */
static void
on_topic_view_changed (DlmTopic     *topic,
                       GParamSpec   *pspec,
                       DlmPresenter *self)
{
  if (topic == current_topic (self))
    dlm_presenter_slide_changed (self);
}

static void
dlm_presenter_set_show_controls (DlmPresenter *self,
                                 gboolean      show)
{
  self->show_controls = show;
  set_action_state (self, "show-controls", show);
  dlm_presenter_apply_all (self);
}

/* ---- the pointer: hidden on the slide after a while without input ----- */

static GtkWidget *
slide_window (DlmPresenter *self)
{
  return self->stage != NULL ? GTK_WIDGET (self->stage) : GTK_WIDGET (self->window);
}

static void
dlm_presenter_set_idle (DlmPresenter *self,
                        gboolean      idle)
{
  g_autoptr(GdkCursor) none = NULL;

  if (self->idle == idle)
    return;

  self->idle = idle;
  if (idle)
    none = gdk_cursor_new_from_name ("none", NULL);
  gtk_widget_set_cursor (slide_window (self), none);
  dlm_presenter_apply_all (self);
}

static gboolean
on_idle_timeout (gpointer data)
{
  DlmPresenter *self = data;
  gint64 left = self->last_input + (gint64) self->idle_ms * 1000 - g_get_monotonic_time ();

  /* input came since the timer started: wait for the rest */
  if (left > 0)
    {
      self->idle_source = g_timeout_add ((guint) (left / 1000) + 1, on_idle_timeout, self);
      return G_SOURCE_REMOVE;
    }

  self->idle_source = 0;
  dlm_presenter_set_idle (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Input while presenting: the pointer and the read-outs come back, and
 * go again IDLE_MS after the last input. */
static void
dlm_presenter_wake (DlmPresenter *self)
{
  if (!self->presenting)
    return;

  self->last_input = g_get_monotonic_time ();
  dlm_presenter_set_idle (self, FALSE);
  if (self->idle_source == 0)
    self->idle_source = g_timeout_add (self->idle_ms, on_idle_timeout, self);
}

/* GDK repeats the last position when what is under the pointer changes;
 * only a real move counts as input. */
static gboolean
pointer_moved (DlmPresenter *self,
               double        x,
               double        y)
{
  gboolean moved = x != self->last_x || y != self->last_y;

  self->last_x = x;
  self->last_y = y;
  return moved;
}

/* ---- the room's zoom, remembered per display size ---------------------- */

static double
clamp_zoom (double zoom)
{
  return CLAMP (zoom, DLM_SETTINGS_MIN_ZOOM, DLM_SETTINGS_MAX_ZOOM);
}

/* An entry of the presentation-zoom dictionary that the zoom buttons
 * could have made. */
static gboolean
zoom_entry_is_valid (const char *key,
                     GVariant   *value)
{
  double zoom = g_variant_get_double (value);

  return zoom >= DLM_SETTINGS_MIN_ZOOM && zoom <= DLM_SETTINGS_MAX_ZOOM;
}

/* What the teacher chose last time on a display of this size, else half
 * as large again as the window's zoom. */
static double
remembered_zoom (DlmPresenter *self)
{
  g_autoptr(GVariant) zooms = NULL;
  double zoom;

  zooms = dlm_settings_get_dictionary (self->settings, "presentation-zoom", zoom_entry_is_valid);
  if (self->display_key != NULL && g_variant_lookup (zooms, self->display_key, "d", &zoom))
    return zoom;

  return clamp_zoom (PRESENTATION_ZOOM * window_zoom (self));
}

static void
remember_zoom (DlmPresenter *self,
               double        zoom)
{
  dlm_settings_set_dictionary_entry (self->settings, "presentation-zoom", zoom_entry_is_valid,
                                     self->display_key, g_variant_new_double (zoom));
}

/* ---- projector colours ------------------------------------------------- */

static gboolean
theme_is_projector (DlmPresenter *self)
{
  g_autofree char *theme = dlm_settings_get_theme (self->settings);

  return g_strcmp0 (theme, "projector") == 0;
}

static void
on_theme_changed (DlmPresenter *self)
{
  set_action_state (self, "projector", theme_is_projector (self));
}

/* On: remembers the theme it replaces; off: brings that one back. */
static void
dlm_presenter_set_projector (DlmPresenter *self,
                             gboolean      projector)
{
  if (projector == theme_is_projector (self))
    return;

  if (projector)
    {
      g_free (self->theme_before_projector);
      self->theme_before_projector = dlm_settings_get_theme (self->settings);
      g_settings_set_string (self->settings, "theme", "projector");
    }
  else
    g_settings_set_string (self->settings, "theme",
                           self->theme_before_projector ? self->theme_before_projector : "system");
}

static void
projector_change_state (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       data)
{
  dlm_presenter_set_projector (data, g_variant_get_boolean (state));
}

/* ---- presentation mode ------------------------------------------------- */

static void
dlm_presenter_set_blank (DlmPresenter *self,
                         gboolean      blank)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self->window));

  self->blank = blank;
  if (self->stage != NULL)
    {
      dlm_stage_window_set_blank (self->stage, blank);
      return;
    }

  gtk_widget_set_opacity (content, blank ? 0.0 : 1.0);
  if (blank)
    gtk_widget_add_css_class (GTK_WIDGET (self->window), "blank");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->window), "blank");
}

static GdkMonitor *
monitor_at (GListModel *monitors,
            guint       i)
{
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

  /* the list holds it */
  return monitor;
}

/* The monitor the window is on (the laptop's, when presenting starts). */
static GdkMonitor *
window_monitor (DlmPresenter *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self->window));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self->window));
  GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  return monitor != NULL ? monitor : monitor_at (gdk_display_get_monitors (display), 0);
}

/* The projector: a monitor besides the window's; NULL with one monitor. */
static GdkMonitor *
find_stage_monitor (DlmPresenter *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self->window)));
  GdkMonitor *own = window_monitor (self);

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      GdkMonitor *monitor = monitor_at (monitors, i);

      if (monitor != own && gdk_monitor_is_valid (monitor))
        return monitor;
    }

  return NULL;
}

static void
set_display (DlmPresenter *self,
             GdkMonitor   *monitor)
{
  GdkRectangle geometry = { 0, 0, 0, 0 };

  if (monitor != NULL)
    gdk_monitor_get_geometry (monitor, &geometry);
  g_free (self->display_key);
  self->display_key = g_strdup_printf ("%dx%d", geometry.width, geometry.height);
  self->presentation_zoom = remembered_zoom (self);
}

static void
on_stage_motion (GtkEventControllerMotion *motion,
                 double                    x,
                 double                    y,
                 DlmPresenter             *self)
{
  if (pointer_moved (self, x, y))
    dlm_presenter_wake (self);
}

/* One screen: the window becomes the slide. */
static void
layout_one_screen (DlmPresenter *self)
{
  GtkWindow *window = GTK_WINDOW (self->window);

  set_display (self, window_monitor (self));
  self->owns_theme = TRUE;
  dlm_presenter_set_projector (self, TRUE);

  gtk_widget_add_css_class (GTK_WIDGET (window), "presenting");
  gtk_widget_set_visible (self->header_bar, FALSE);
  gtk_widget_set_visible (self->welcome_card, FALSE);
  set_show_sidebar (self, FALSE);
  dlm_presenter_set_show_controls (self, FALSE);
  gtk_window_fullscreen (window);
}

static void dlm_presenter_add_slide_controllers (DlmPresenter *self,
                                                 GtkWidget    *widget);
static void dlm_presenter_schedule_relayout     (DlmPresenter *self);

static gboolean
on_stage_close_request (DlmPresenter *self)
{
  g_action_group_change_action_state (G_ACTION_GROUP (self->window), "presentation",
                                      g_variant_new_boolean (FALSE));
  return TRUE;
}

/* The sidebar lists the slides instead of the topics. */
static void
show_slide_list (DlmPresenter *self,
                 gboolean      show)
{
  GtkWidget *topics = gtk_widget_get_ancestor (GTK_WIDGET (dlm_window_get_sidebar (self->window)),
                                               GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *parent = topics != NULL ? gtk_widget_get_parent (topics) : NULL;

  if (!GTK_IS_BOX (parent))
    return;

  if (show && self->slide_list == NULL)
    {
      self->slide_list = dlm_slide_list_new (self->window);
      gtk_box_insert_child_after (GTK_BOX (parent), self->slide_list, topics);
    }
  else if (!show && self->slide_list != NULL)
    gtk_box_remove (GTK_BOX (parent), g_steal_pointer (&self->slide_list));
  gtk_widget_set_visible (topics, !show);
}

/* Two screens: the bare figure full screen on the projector; the window
 * keeps its controls and formula card and lists the slides. */
static void
layout_two_screens (DlmPresenter *self,
                    GdkMonitor   *monitor)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self->window));
  GtkEventController *motion;

  set_display (self, monitor);
  self->stage = dlm_stage_window_new (app, G_ACTION_GROUP (self->window));
  dlm_presenter_add_slide_controllers (self, GTK_WIDGET (self->stage));
  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_stage_motion), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->stage), motion);
  g_signal_connect_object (self->stage, "close-request",
                           G_CALLBACK (on_stage_close_request), self, G_CONNECT_SWAPPED);
  self->stage_monitor = g_object_ref (monitor);
  self->invalidate_handler = g_signal_connect_swapped (monitor, "invalidate",
                                                       G_CALLBACK (dlm_presenter_schedule_relayout), self);

  dlm_plot_view_set_topic (dlm_stage_window_get_plot_view (self->stage), current_topic (self));
  dlm_stage_window_present_on (self->stage, monitor);
  gtk_widget_set_visible (self->welcome_card, FALSE);
  show_slide_list (self, TRUE);
  /* folded, the sidebar would take the figure's place on the laptop */
  if (!adw_leaflet_get_folded (dlm_window_get_leaflet (self->window)))
    set_show_sidebar (self, TRUE);
  /* the keyboard stays with the teacher's window */
  gtk_window_present (GTK_WINDOW (self->window));
}

static void
dlm_presenter_layout (DlmPresenter *self)
{
  GdkMonitor *monitor = find_stage_monitor (self);

  if (monitor != NULL)
    layout_two_screens (self, monitor);
  else
    layout_one_screen (self);
  dlm_presenter_apply_all (self);
}

/* Back to the window as it was before presenting. */
static void
dlm_presenter_unlayout (DlmPresenter *self)
{
  GtkWindow *window = GTK_WINDOW (self->window);

  dlm_presenter_set_idle (self, FALSE);
  dlm_presenter_set_blank (self, FALSE);
  if (self->stage != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->stage, self);
      gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->stage)));
    }
  if (self->stage_monitor != NULL)
    g_clear_signal_handler (&self->invalidate_handler, self->stage_monitor);
  g_clear_object (&self->stage_monitor);
  show_slide_list (self, FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (window), "presenting");
  gtk_widget_set_visible (self->header_bar, TRUE);
  gtk_widget_set_visible (self->welcome_card, TRUE);
  set_show_sidebar (self, self->had_sidebar);
  dlm_presenter_set_show_controls (self, self->had_controls);
  if (self->owns_theme)
    g_settings_set_string (self->settings, "theme", self->theme_before);
  self->owns_theme = FALSE;

  if (!self->was_fullscreen)
    gtk_window_unfullscreen (window);
  if (self->was_maximized)
    gtk_window_maximize (window);
  gtk_window_set_default_size (window, self->width, self->height);
}

/* Monitors come and go (a projector plugged in or out): the slide moves
 * to the screens there are, once the display has settled. */
static gboolean
relayout (gpointer data)
{
  DlmPresenter *self = data;
  GdkMonitor *monitor;

  self->relayout_source = 0;
  if (!self->presenting)
    return G_SOURCE_REMOVE;

  monitor = find_stage_monitor (self);
  if (self->stage != NULL ? monitor == dlm_stage_window_get_monitor (self->stage) : monitor == NULL)
    return G_SOURCE_REMOVE;

  dlm_presenter_unlayout (self);
  dlm_presenter_layout (self);
  dlm_presenter_wake (self);
  dlm_presenter_slide_changed (self);
  return G_SOURCE_REMOVE;
}

static void
dlm_presenter_schedule_relayout (DlmPresenter *self)
{
  if (self->presenting && self->relayout_source == 0)
    self->relayout_source = g_idle_add (relayout, self);
}

static void
dlm_presenter_enter (DlmPresenter *self)
{
  GtkWindow *window = GTK_WINDOW (self->window);

  self->was_fullscreen = gtk_window_is_fullscreen (window);
  self->was_maximized = gtk_window_is_maximized (window);
  gtk_window_get_default_size (window, &self->width, &self->height);
  self->had_sidebar = get_show_sidebar (self);
  self->had_controls = self->show_controls;
  g_free (self->theme_before);
  self->theme_before = dlm_settings_get_theme (self->settings);

  self->presenting = TRUE;
  dlm_presenter_layout (self);
  dlm_presenter_wake (self);
  dlm_presenter_slide_changed (self);
}

static void
dlm_presenter_leave (DlmPresenter *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->relayout_source, g_source_remove);
  dlm_presenter_unlayout (self);
  self->presenting = FALSE;
  dlm_presenter_apply_all (self);
}

static void
presentation_change_state (GSimpleAction *action,
                           GVariant      *state,
                           gpointer       data)
{
  DlmPresenter *self = data;
  gboolean present = g_variant_get_boolean (state);

  if (present == self->presenting)
    return;

  if (present)
    dlm_presenter_enter (self);
  else
    dlm_presenter_leave (self);
  g_simple_action_set_state (action, state);
}

static void
show_controls_change_state (GSimpleAction *action,
                            GVariant      *state,
                            gpointer       data)
{
  dlm_presenter_set_show_controls (data, g_variant_get_boolean (state));
}

/* Like GNOME's apps in fullscreen: the header bar shows while the pointer
 * is at the top edge, so a mouse can reach the menu and leave. */
static void
on_pointer_motion (GtkEventControllerMotion *motion,
                   double                    x,
                   double                    y,
                   DlmPresenter             *self)
{
  gboolean shown = gtk_widget_get_visible (self->header_bar);

  if (!self->presenting)
    return;

  if (pointer_moved (self, x, y))
    dlm_presenter_wake (self);
  if (self->stage != NULL)
    return;

  if (!shown && y <= EDGE_PX)
    gtk_widget_set_visible (self->header_bar, TRUE);
  else if (shown && y > gtk_widget_get_height (self->header_bar) + SLACK_PX)
    gtk_widget_set_visible (self->header_bar, FALSE);
}

/* ---- spotlight --------------------------------------------------------- */

static void
spotlight_change_state (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       data)
{
  DlmPresenter *self = data;

  self->spotlight = g_variant_get_boolean (state);
  g_simple_action_set_state (action, state);
  dlm_presenter_apply_all (self);
}

/* ---- zoom -------------------------------------------------------------- */

static double
current_zoom (DlmPresenter *self)
{
  return self->presenting ? self->presentation_zoom : window_zoom (self);
}

/* While presenting, the zoom is the room's: kept for the display's size. */
static void
dlm_presenter_set_zoom (DlmPresenter *self,
                        double        zoom)
{
  g_autofree char *text = NULL;

  zoom = clamp_zoom (zoom);
  if (self->presenting)
    {
      self->presentation_zoom = zoom;
      remember_zoom (self, zoom);
      dlm_presenter_apply_all (self);
    }
  else
    g_settings_set_double (self->settings, "zoom", zoom);

  /* Translators: the figure's zoom, e.g. “Zoom 150 %” */
  text = g_strdup_printf (_("Zoom %d %%"), (int) round (zoom * 100));
  dlm_presenter_notify (self, text);
}

static void
zoom_step (DlmPresenter *self,
           int           direction)
{
  double zoom = current_zoom (self);
  guint n = G_N_ELEMENTS (zoom_steps);

  for (guint i = 0; i < n; i++)
    {
      double step = direction > 0 ? zoom_steps[i] : zoom_steps[n - 1 - i];

      if (direction > 0 ? step > zoom + 1e-6 : step < zoom - 1e-6)
        {
          dlm_presenter_set_zoom (self, step);
          return;
        }
    }
  dlm_presenter_set_zoom (self, zoom);
}

static void
zoom_in_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  zoom_step (data, +1);
}

static void
zoom_out_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       data)
{
  zoom_step (data, -1);
}

/* Ctrl+0: the window's own zoom, or while presenting the room's default. */
static void
zoom_reset_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  DlmPresenter *self = data;

  dlm_presenter_set_zoom (self, self->presenting
                                ? PRESENTATION_ZOOM * window_zoom (self)
                                : 1.0);
}

/* ---- going from slide to slide ---------------------------------------- */

/* Shows slide @from of @topic, or the nearest one after it in @direction
 * that the topic accepts (a view may need other data, e.g. dummy coding
 * two categories); FROM_END starts at the end that @direction enters. */
#define FROM_END G_MAXINT

static gboolean
show_view (DlmTopic *topic,
           int       from,
           int       direction)
{
  const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
  g_auto(GStrv) slides = dlm_topic_list_slides (topic);
  int n = g_strv_length (slides);

  if (from == FROM_END)
    from = direction > 0 ? 0 : n - 1;

  for (int i = from; i >= 0 && i < n; i += direction)
    if (dlm_topic_set_param (topic, param, slides[i], NULL))
      return TRUE;

  return FALSE;
}

/* The next slide: the topic's next view, else the first (or, going
 * back, the last) view of the neighbouring topic in the sidebar. */
static gboolean
dlm_presenter_step (DlmPresenter *self,
                    int           direction)
{
  guint n_topics;
  const char *id = dlm_window_get_topic_id (self->window);
  DlmTopic *topic = dlm_window_get_topic (self->window, id);
  int index = -1;

  dlm_registry_get (&n_topics);
  for (guint i = 0; i < n_topics && index < 0; i++)
    if (g_strcmp0 (topic_id_at (i), id) == 0)
      index = i;

  if (topic != NULL && current_view (topic) >= 0 &&
      show_view (topic, current_view (topic) + direction, direction))
    return TRUE;

  for (int t = index + direction; t >= 0 && t < (int) n_topics; t += direction)
    {
      DlmTopic *next = dlm_window_get_topic (self->window, topic_id_at (t));

      if (DLM_TOPIC_GET_CLASS (next)->slides_param == NULL || show_view (next, FROM_END, direction))
        return dlm_window_select_topic (self->window, topic_id_at (t));
    }

  dlm_presenter_notify (self, direction > 0 ? _("This is the last slide") : _("This is the first slide"));
  return FALSE;
}

gboolean
dlm_presenter_next_slide (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), FALSE);

  return dlm_presenter_step (self, +1);
}

gboolean
dlm_presenter_previous_slide (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), FALSE);

  return dlm_presenter_step (self, -1);
}

static void
next_slide_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  dlm_presenter_step (data, +1);
}

static void
previous_slide_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       data)
{
  dlm_presenter_step (data, -1);
}

/* A slide picked from the list: ("softmax", "classifier"). */
static void
go_to_slide_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  DlmPresenter *self = data;
  g_autoptr(GError) error = NULL;
  const char *id, *view;
  DlmTopic *topic;

  g_variant_get (param, "(&s&s)", &id, &view);
  topic = dlm_window_get_topic (self->window, id);
  if (topic == NULL || DLM_TOPIC_GET_CLASS (topic)->slides_param == NULL)
    return;

  if (!dlm_topic_set_param (topic, DLM_TOPIC_GET_CLASS (topic)->slides_param, view, &error))
    {
      dlm_presenter_notify (self, error->message);
      return;
    }
  dlm_window_select_topic (self->window, id);
}

static void
blank_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  DlmPresenter *self = data;

  dlm_presenter_set_blank (self, !self->blank);
}

/* ---- keys -------------------------------------------------------------- */

static GtkWidget *
find_timeline (GtkWidget *widget)
{
  if (DLM_IS_TIMELINE (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      /* a panel with a timeline per view hides the other views' ones */
      GtkWidget *found = gtk_widget_get_visible (child) ? find_timeline (child) : NULL;
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* With the controls hidden, Space still plays or pauses the figure's
 * animation (the transpose flip, the matrix product's steps, …). */
static gboolean
dlm_presenter_toggle_animation (DlmPresenter *self)
{
  DlmTopicPage *page = dlm_window_get_page (self->window);
  GtkWidget *timeline = page ? find_timeline (GTK_WIDGET (dlm_topic_page_get_panel (page))) : NULL;

  if (timeline == NULL || !gtk_widget_get_sensitive (timeline))
    return FALSE;

  return gtk_widget_activate_action (timeline, "timeline.play", NULL);
}

/* Presenter remotes send PageDown/PageUp (and “b” or “.” to blank the
 * screen). In presentation mode they go to the slides before any widget
 * sees them; a blank screen comes back on any key. */
static gboolean
on_key_captured (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 DlmPresenter          *self)
{
  /* a key brings the data cursor back to the slide */
  dlm_presenter_wake (self);
  if (!self->presenting || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (self->blank)
    {
      if (keyval == GDK_KEY_Shift_L || keyval == GDK_KEY_Shift_R)
        return FALSE;
      dlm_presenter_set_blank (self, FALSE);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      dlm_presenter_step (self, +1);
      return TRUE;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      dlm_presenter_step (self, -1);
      return TRUE;

    default:
      return FALSE;
    }
}

/* Escape, Space and the blanking keys reach the window only when nothing
 * took them first: an open menu or popover closes on Escape, a focused
 * button takes Space, a text field keeps its full stop. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DlmPresenter          *self)
{
  if (!self->presenting || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      g_action_group_change_action_state (G_ACTION_GROUP (self->window), "presentation",
                                          g_variant_new_boolean (FALSE));
      return TRUE;

    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      dlm_presenter_set_blank (self, TRUE);
      return TRUE;

    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      return dlm_presenter_toggle_animation (self);

    case GDK_KEY_s:
    case GDK_KEY_S:
      g_action_group_change_action_state (G_ACTION_GROUP (self->window), "spotlight",
                                          g_variant_new_boolean (!self->spotlight));
      return TRUE;

    default:
      return FALSE;
    }
}

static const GActionEntry presenter_actions[] = {
  { "presentation", NULL, NULL, "false", presentation_change_state },
  { "show-controls", NULL, NULL, "true", show_controls_change_state },
  { "zoom-in", zoom_in_action },
  { "zoom-out", zoom_out_action },
  { "zoom-reset", zoom_reset_action },
  { "projector", NULL, NULL, "false", projector_change_state },
  { "next-slide", next_slide_action },
  { "previous-slide", previous_slide_action },
  { "blank", blank_action },
  { "spotlight", NULL, NULL, "false", spotlight_change_state },
  { "go-to-slide", go_to_slide_action, "(ss)" },
};

/* The slide keys, on the window and on the stage alike. */
static void
dlm_presenter_add_slide_controllers (DlmPresenter *self,
                                     GtkWidget    *widget)
{
  GtkEventController *capture = gtk_event_controller_key_new ();
  GtkEventController *bubble = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (capture, GTK_PHASE_CAPTURE);
  g_signal_connect_object (capture, "key-pressed", G_CALLBACK (on_key_captured), self, 0);
  gtk_widget_add_controller (widget, capture);

  g_signal_connect_object (bubble, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (widget, bubble);
}

static void
dlm_presenter_add_controllers (DlmPresenter *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  dlm_presenter_add_slide_controllers (self, GTK_WIDGET (self->window));

  gtk_event_controller_set_propagation_phase (motion, GTK_PHASE_CAPTURE);
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_pointer_motion), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->window), motion);
}

/* Closing the window while presenting (Ctrl+Q ends the lesson) first
 * leaves presentation mode, so that the theme and the window's size it
 * saves are its own, not the slide's. Runs before the window saves them. */
static gboolean
on_window_close_request (DlmPresenter *self)
{
  if (self->presenting)
    g_action_group_change_action_state (G_ACTION_GROUP (self->window), "presentation",
                                        g_variant_new_boolean (FALSE));
  return FALSE;
}

/* Each topic's view is a slide: a change of the one on screen is a new
 * slide. */
static void
dlm_presenter_watch_topics (DlmPresenter *self)
{
  guint n_topics;

  dlm_registry_get (&n_topics);
  for (guint i = 0; i < n_topics; i++)
    {
      DlmTopic *topic = dlm_window_get_topic (self->window, topic_id_at (i));
      const char *param = topic ? DLM_TOPIC_GET_CLASS (topic)->slides_param : NULL;
      g_autofree char *signal = param ? g_strconcat ("notify::", param, NULL) : NULL;

      if (signal != NULL)
        g_signal_connect_object (topic, signal, G_CALLBACK (on_topic_view_changed), self, 0);
    }
}

DlmPresenter *
dlm_presenter_new (DlmWindow       *window,
                   GSettings       *settings,
                   GtkWidget       *header_bar,
                   GtkWidget       *welcome_card,
                   GtkStack        *stack,
                   AdwToastOverlay *toast_overlay)
{
  DlmPresenter *self;

  g_return_val_if_fail (DLM_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DLM_TYPE_PRESENTER, NULL);
  self->window = window;
  self->settings = g_object_ref (settings);
  self->header_bar = header_bar;
  self->welcome_card = welcome_card;
  self->stack = stack;
  self->toast_overlay = toast_overlay;

  g_action_map_add_action_entries (G_ACTION_MAP (window), presenter_actions,
                                   G_N_ELEMENTS (presenter_actions), self);
  dlm_presenter_add_controllers (self);
  dlm_presenter_watch_topics (self);
  g_signal_connect_object (window, "close-request",
                           G_CALLBACK (on_window_close_request), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window))),
                           "items-changed",
                           G_CALLBACK (dlm_presenter_schedule_relayout), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (stack, "notify::visible-child",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::zoom",
                           G_CALLBACK (dlm_presenter_apply_all), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::theme",
                           G_CALLBACK (on_theme_changed), self, G_CONNECT_SWAPPED);
  on_theme_changed (self);
  dlm_presenter_apply_all (self);

  return self;
}

gboolean
dlm_presenter_get_presenting (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), FALSE);

  return self->presenting;
}

gboolean
dlm_presenter_get_blank (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), FALSE);

  return self->blank;
}

static void
dlm_presenter_finalize (GObject *object)
{
  DlmPresenter *self = (DlmPresenter *)object;

  /* the actions' data is this object: they go with it */
  for (guint i = 0; i < G_N_ELEMENTS (presenter_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self->window), presenter_actions[i].name);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->relayout_source, g_source_remove);
  if (self->stage != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&self->stage)));
  if (self->stage_monitor != NULL)
    g_clear_signal_handler (&self->invalidate_handler, self->stage_monitor);
  g_clear_object (&self->stage_monitor);
  g_clear_object (&self->toast);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->theme_before_projector, g_free);
  g_clear_pointer (&self->theme_before, g_free);
  g_clear_pointer (&self->display_key, g_free);

  G_OBJECT_CLASS (dlm_presenter_parent_class)->finalize (object);
}

static void
dlm_presenter_class_init (DlmPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlm_presenter_finalize;
}

static void
dlm_presenter_init (DlmPresenter *self)
{
  self->show_controls = TRUE;
  self->idle_ms = IDLE_MS;
  self->presentation_zoom = PRESENTATION_ZOOM;
}

/* ---- for the tests ------------------------------------------------------ */

void
dlm_presenter_set_idle_timeout (DlmPresenter *self,
                                guint         ms)
{
  g_return_if_fail (DLM_IS_PRESENTER (self));

  self->idle_ms = ms;
}

gboolean
dlm_presenter_get_idle (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), FALSE);

  return self->idle;
}

double
dlm_presenter_get_presentation_zoom (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), 1.0);

  return self->presentation_zoom;
}

DlmStageWindow *
dlm_presenter_get_stage (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), NULL);

  return self->stage;
}

GtkWidget *
dlm_presenter_get_slide_list (DlmPresenter *self)
{
  g_return_val_if_fail (DLM_IS_PRESENTER (self), NULL);

  return self->slide_list;
}
