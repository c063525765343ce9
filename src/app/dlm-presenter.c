/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-presenter.h"
#include "dlm-registry.h"
#include "dlm-timeline.h"
#include "dlm-window-private.h"

/* A teacher runs a lesson from the keyboard or a presenter remote: F5
 * fills the screen with the figure, PageDown/PageUp step through every
 * topic's views, Ctrl+plus/minus scale the type, Ctrl+Shift+P switches to
 * the projector colours and back. */
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

  /* how the window was before presentation mode, to restore it exactly */
  gboolean         was_fullscreen;
  gboolean         was_maximized;
  gboolean         had_sidebar;
  gboolean         had_controls;
  int              width;
  int              height;
};

G_DEFINE_FINAL_TYPE (DlmPresenter, dlm_presenter, G_TYPE_OBJECT)

/* Zoom steps, as in GNOME's document viewers; the schema's range is
 * the first to the last. */
static const double zoom_steps[] = { 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

/* The header bar comes back when the pointer is this close to the top
 * edge in presentation mode, and goes again beyond its height plus this. */
#define EDGE_PX   6
#define SLACK_PX  48

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

/* ---- pages: zoom and the controls column ------------------------------- */

static void
dlm_presenter_apply_page (DlmPresenter *self,
                          DlmTopicPage *page)
{
  dlm_topic_page_set_zoom (page, g_settings_get_double (self->settings, "zoom"));
  dlm_topic_page_set_show_controls (page, self->show_controls);
}

/* Pages are built on first visit: each one gets the settings when shown,
 * and all built ones when a setting changes. */
static void
dlm_presenter_apply_all (DlmPresenter *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    dlm_presenter_apply_page (self, DLM_TOPIC_PAGE (child));
}

static void
on_visible_child_changed (DlmPresenter *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->stack);

  if (page != NULL)
    dlm_presenter_apply_page (self, DLM_TOPIC_PAGE (page));
}

static void
dlm_presenter_set_show_controls (DlmPresenter *self,
                                 gboolean      show)
{
  self->show_controls = show;
  set_action_state (self, "show-controls", show);
  dlm_presenter_apply_all (self);
}

/* ---- presentation mode ------------------------------------------------- */

static void
dlm_presenter_set_blank (DlmPresenter *self,
                         gboolean      blank)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self->window));

  self->blank = blank;
  gtk_widget_set_opacity (content, blank ? 0.0 : 1.0);
  if (blank)
    gtk_widget_add_css_class (GTK_WIDGET (self->window), "blank");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->window), "blank");
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

  self->presenting = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (window), "presenting");
  gtk_widget_set_visible (self->header_bar, FALSE);
  gtk_widget_set_visible (self->welcome_card, FALSE);
  set_show_sidebar (self, FALSE);
  dlm_presenter_set_show_controls (self, FALSE);
  gtk_window_fullscreen (window);
}

static void
dlm_presenter_leave (DlmPresenter *self)
{
  GtkWindow *window = GTK_WINDOW (self->window);

  self->presenting = FALSE;
  dlm_presenter_set_blank (self, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (window), "presenting");
  gtk_widget_set_visible (self->header_bar, TRUE);
  gtk_widget_set_visible (self->welcome_card, TRUE);
  set_show_sidebar (self, self->had_sidebar);
  dlm_presenter_set_show_controls (self, self->had_controls);

  if (!self->was_fullscreen)
    gtk_window_unfullscreen (window);
  if (self->was_maximized)
    gtk_window_maximize (window);
  gtk_window_set_default_size (window, self->width, self->height);
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

  if (!shown && y <= EDGE_PX)
    gtk_widget_set_visible (self->header_bar, TRUE);
  else if (shown && y > gtk_widget_get_height (self->header_bar) + SLACK_PX)
    gtk_widget_set_visible (self->header_bar, FALSE);
}

/* ---- zoom -------------------------------------------------------------- */

static void
dlm_presenter_set_zoom (DlmPresenter *self,
                        double        zoom)
{
  g_autofree char *text = NULL;

  zoom = CLAMP (zoom, zoom_steps[0], zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  g_settings_set_double (self->settings, "zoom", zoom);

  /* Translators: the figure's zoom, e.g. “Zoom 150 %” */
  text = g_strdup_printf (_("Zoom %d %%"), (int) round (zoom * 100));
  dlm_presenter_notify (self, text);
}

static void
zoom_step (DlmPresenter *self,
           int           direction)
{
  double zoom = g_settings_get_double (self->settings, "zoom");
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

static void
zoom_reset_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  dlm_presenter_set_zoom (data, 1.0);
}

/* ---- projector colours ------------------------------------------------- */

static gboolean
theme_is_projector (DlmPresenter *self)
{
  g_autofree char *theme = g_settings_get_string (self->settings, "theme");

  return g_strcmp0 (theme, "projector") == 0;
}

static void
on_theme_changed (DlmPresenter *self)
{
  set_action_state (self, "projector", theme_is_projector (self));
}

/* On: remembers the theme it replaces; off: brings that one back. */
static void
projector_change_state (GSimpleAction *action,
                        GVariant      *state,
                        gpointer       data)
{
  DlmPresenter *self = data;
  gboolean projector = g_variant_get_boolean (state);

  if (projector == theme_is_projector (self))
    return;

  if (projector)
    {
      g_free (self->theme_before_projector);
      self->theme_before_projector = g_settings_get_string (self->settings, "theme");
      g_settings_set_string (self->settings, "theme", "projector");
    }
  else
    g_settings_set_string (self->settings, "theme",
                           self->theme_before_projector ? self->theme_before_projector : "system");
}

/* ---- slides ------------------------------------------------------------ */

static const char *
topic_id_at (guint index)
{
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);
  g_autoptr(GTypeClass) klass = g_type_class_ref (registry[index].model_type ());

  /* Class data lives as long as the type, after the unref too. */
  return DLM_TOPIC_CLASS (klass)->id;
}

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
      GtkWidget *found = find_timeline (child);
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
};

static void
dlm_presenter_add_controllers (DlmPresenter *self)
{
  GtkEventController *capture = gtk_event_controller_key_new ();
  GtkEventController *bubble = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_event_controller_set_propagation_phase (capture, GTK_PHASE_CAPTURE);
  g_signal_connect_object (capture, "key-pressed", G_CALLBACK (on_key_captured), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->window), capture);

  g_signal_connect_object (bubble, "key-pressed", G_CALLBACK (on_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->window), bubble);

  gtk_event_controller_set_propagation_phase (motion, GTK_PHASE_CAPTURE);
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_pointer_motion), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->window), motion);
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

  g_clear_object (&self->toast);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->theme_before_projector, g_free);

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
}
