/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-plot.h"
#include "dlm-plot-view.h"

struct _DlmPlotView
{
  GtkWidget     parent_instance;

  DlmTopic     *topic;
  DlmThemeKind  theme_kind;
  char         *description;

  double        pointer_x;
  double        pointer_y;
  guint         pointer_inside : 1;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_THEME_KIND,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmPlotView, dlm_plot_view, GTK_TYPE_WIDGET)

GtkWidget *
dlm_plot_view_new (void)
{
  return g_object_new (DLM_TYPE_PLOT_VIEW, NULL);
}

static void
dlm_plot_view_update_description (DlmPlotView *self)
{
  g_autofree char *text = NULL;

  if (self->topic != NULL)
    text = dlm_topic_describe (self->topic);

  if (g_strcmp0 (text, self->description) == 0)
    return;

  g_free (self->description);
  self->description = g_steal_pointer (&text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description ? self->description : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

static void
on_topic_changed (DlmPlotView *self)
{
  dlm_plot_view_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Keeps the label on the side of the marker that has room for it. */
static DlmAnchor
probe_label_anchor (double x,
                    double y,
                    double width,
                    double height)
{
  gboolean left = x > width * 0.66;
  gboolean below = y < height * 0.2;

  if (below)
    return left ? DLM_ANCHOR_NORTH_EAST : DLM_ANCHOR_NORTH_WEST;

  return left ? DLM_ANCHOR_SOUTH_EAST : DLM_ANCHOR_SOUTH_WEST;
}

static void
draw_probe_marker (cairo_t        *cr,
                   const DlmTheme *theme,
                   double          x,
                   double          y)
{
  double r = dlm_theme_px (theme, 5);
  double arm = dlm_theme_px (theme, 12);

  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1));
  cairo_move_to (cr, x - arm, y);
  cairo_line_to (cr, x - r, y);
  cairo_move_to (cr, x + r, y);
  cairo_line_to (cr, x + arm, y);
  cairo_move_to (cr, x, y - arm);
  cairo_line_to (cr, x, y - r);
  cairo_move_to (cr, x, y + r);
  cairo_line_to (cr, x, y + arm);
  cairo_stroke (cr);

  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  dlm_theme_set_color (cr, &theme->background);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_set_line_width (cr, dlm_theme_px (theme, 2));
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
dlm_plot_view_draw_probe (DlmPlotView    *self,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmProbe probe = { 0 };
  g_autofree char *markup = NULL;
  double gap = dlm_theme_px (theme, 10);
  DlmAnchor anchor;
  double dx, dy;

  if (!dlm_topic_probe (self->topic, self->pointer_x, self->pointer_y, &probe))
    return;

  draw_probe_marker (cr, theme, probe.x, probe.y);

  anchor = probe_label_anchor (probe.x, probe.y, width, height);
  dx = (anchor == DLM_ANCHOR_NORTH_EAST || anchor == DLM_ANCHOR_SOUTH_EAST) ? -gap : gap;
  dy = (anchor == DLM_ANCHOR_NORTH_EAST || anchor == DLM_ANCHOR_NORTH_WEST) ? gap : -gap;
  markup = g_markup_escape_text (probe.text ? probe.text : "", -1);
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_BODY, probe.x + dx, probe.y + dy, anchor, 0, markup);

  dlm_probe_clear (&probe);
}

/* With DLM_FRAME_LOG=path, every painted frame appends a line "frame time
 * (µs, from the frame clock) and time spent drawing the figure (µs)": what
 * the animation benchmarks measure. */
static void
log_frame (GtkWidget *widget,
           gint64     draw_us)
{
  static FILE *log;
  static gsize opened;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (g_once_init_enter (&opened))
    {
      const char *path = g_getenv ("DLM_FRAME_LOG");
      log = path != NULL ? fopen (path, "w") : NULL;
      g_once_init_leave (&opened, 1);
    }
  if (log == NULL || clock == NULL)
    return;
  fprintf (log, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
           gdk_frame_clock_get_frame_time (clock), draw_us);
  fflush (log);
}

static void
dlm_plot_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DlmPlotView *self = DLM_PLOT_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DlmTheme theme;
  cairo_t *cr;
  gint64 start;

  if (self->topic == NULL || width <= 0 || height <= 0)
    return;

  dlm_theme_init (&theme, self->theme_kind, dlm_theme_auto_scale (width, height));

  start = g_get_monotonic_time ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  dlm_topic_render (self->topic, cr, &theme, width, height);
  log_frame (widget, g_get_monotonic_time () - start);

  if (self->pointer_inside)
    dlm_plot_view_draw_probe (self, cr, &theme, width, height);

  cairo_destroy (cr);
}

void
dlm_plot_view_pointer_at (DlmPlotView *self,
                          double       x,
                          double       y)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           DlmPlotView              *self)
{
  dlm_plot_view_pointer_at (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *motion,
          DlmPlotView              *self)
{
  self->pointer_inside = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Dragging on the plot goes to the topic (DlmTopicClass.drag); a press on
 * nothing draggable is left to other handlers. */
static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               DlmPlotView    *self)
{
  if (self->topic == NULL || !dlm_topic_drag (self->topic, DLM_DRAG_BEGIN, x, y, NULL))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
drag_to (GtkGestureDrag *gesture,
         double          dx,
         double          dy,
         DlmPlotView    *self,
         DlmDragPhase    phase)
{
  g_autoptr(GError) error = NULL;
  double x0, y0;

  if (self->topic == NULL || !gtk_gesture_drag_get_start_point (gesture, &x0, &y0))
    return;
  if (!dlm_topic_drag (self->topic, phase, x0 + dx, y0 + dy, &error) && error != NULL)
    g_debug ("drag refused: %s", error->message);
  dlm_plot_view_pointer_at (self, x0 + dx, y0 + dy);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                DlmPlotView    *self)
{
  drag_to (gesture, dx, dy, self, DLM_DRAG_UPDATE);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             DlmPlotView    *self)
{
  drag_to (gesture, dx, dy, self, DLM_DRAG_END);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

DlmTopic *
dlm_plot_view_get_topic (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), NULL);

  return self->topic;
}

void
dlm_plot_view_set_topic (DlmPlotView *self,
                         DlmTopic    *topic)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));
  g_return_if_fail (!topic || DLM_IS_TOPIC (topic));

  if (self->topic == topic)
    return;

  if (self->topic != NULL)
    g_signal_handlers_disconnect_by_func (self->topic, on_topic_changed, self);

  g_set_object (&self->topic, topic);

  if (topic != NULL)
    {
      g_signal_connect_object (topic, "changed", G_CALLBACK (on_topic_changed),
                               self, G_CONNECT_SWAPPED);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(dlm_topic_get_title (topic)),
                                      -1);
    }

  on_topic_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC]);
}

DlmThemeKind
dlm_plot_view_get_theme_kind (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), DLM_THEME_LIGHT);

  return self->theme_kind;
}

void
dlm_plot_view_set_theme_kind (DlmPlotView  *self,
                              DlmThemeKind  kind)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));
  g_return_if_fail (kind <= DLM_THEME_PROJECTOR);

  if (self->theme_kind == kind)
    return;

  self->theme_kind = kind;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME_KIND]);
}

const char *
dlm_plot_view_get_description (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), NULL);

  return self->description;
}

static void
dlm_plot_view_dispose (GObject *object)
{
  DlmPlotView *self = (DlmPlotView *)object;

  g_clear_object (&self->topic);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (dlm_plot_view_parent_class)->dispose (object);
}

static void
dlm_plot_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlmPlotView *self = DLM_PLOT_VIEW (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;

    case PROP_THEME_KIND:
      g_value_set_uint (value, self->theme_kind);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_plot_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DlmPlotView *self = DLM_PLOT_VIEW (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      dlm_plot_view_set_topic (self, g_value_get_object (value));
      break;

    case PROP_THEME_KIND:
      dlm_plot_view_set_theme_kind (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_plot_view_class_init (DlmPlotViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_plot_view_dispose;
  object_class->get_property = dlm_plot_view_get_property;
  object_class->set_property = dlm_plot_view_set_property;

  widget_class->snapshot = dlm_plot_view_snapshot;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A DlmThemeKind: light, dark or projector. */
  properties[PROP_THEME_KIND] =
    g_param_spec_uint ("theme-kind", NULL, NULL,
                       DLM_THEME_LIGHT, DLM_THEME_PROJECTOR, DLM_THEME_LIGHT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "plotview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dlm_plot_view_init (DlmPlotView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *drag;

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 180);
}
