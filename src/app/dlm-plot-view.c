/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dlm-plot.h"
#include "dlm-layout.h"
#include "dlm-plot-view.h"

struct _DlmPlotView
{
  GtkWidget     parent_instance;

  DlmTopic     *topic;
  DlmThemeKind  theme_kind;
  double        zoom;
  char         *description;

  double        pointer_x;
  double        pointer_y;
  guint         pointer_inside : 1;

  /* The keyboard cursor: the index of the data point it is on (see
   * dlm_topic_get_point()), or -1 when it is hidden; and what it read out
   * last, so the accessible description changes only when that does. */
  int           cursor;
  char         *cursor_text;

  /* What is drawn over the figure for the people watching it, never into
   * an export (which renders the topic alone): while idle, neither the
   * read-out nor the data cursor; the spotlight around the pointer; and a
   * caption (the slide counter) that fades out CAPTION_MS after it shows. */
  guint         idle : 1;
  guint         spotlight : 1;
  char         *caption;
  double        caption_opacity;
  guint         caption_source;
  AdwAnimation *caption_fade;
};

/* How long the caption stays before it fades, and how long the fade takes. */
#define CAPTION_MS       2000
#define CAPTION_FADE_MS  400

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_THEME_KIND,
  PROP_ZOOM,
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

/* The plot's accessible description is the whole figure in words, or,
 * while the keyboard cursor is on a point, that point in words. The
 * description, not the label, carries the point: the label stays the
 * figure's name, so the plot keeps its identity for assistive technology,
 * and Orca speaks a change of the focused object's description (its
 * object:property-change:accessible-description handler), which is how a
 * moving cursor is read out without gtk_accessible_announce (GTK 4.10). */
static void
update_accessible_description (DlmPlotView *self)
{
  const char *text = self->cursor_text != NULL ? self->cursor_text : self->description;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
}

/* Clamps the cursor to the points of the last render and reads its point
 * again (the values, or the number of points, may have changed). */
static void
sync_cursor (DlmPlotView *self)
{
  g_autofree char *text = NULL;
  guint count = self->topic != NULL ? dlm_topic_count_points (self->topic, NULL) : 0;

  if (self->cursor >= (int) count)
    self->cursor = (int) count - 1;
  if (self->cursor >= 0)
    {
      DlmProbe point = { 0 };

      if (dlm_topic_get_point (self->topic, self->cursor, &point))
        text = g_steal_pointer (&point.text);
      dlm_probe_clear (&point);
    }
  else
    self->cursor = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plot.hide-cursor", self->cursor >= 0);

  if (g_strcmp0 (text, self->cursor_text) == 0)
    return;
  g_free (self->cursor_text);
  self->cursor_text = g_steal_pointer (&text);
  update_accessible_description (self);
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

  update_accessible_description (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/* The cursor keeps its place: the points are the new render's, and the
 * draw puts the cursor back on one of them and reads it out. */
static void
on_topic_changed (DlmPlotView *self)
{
  dlm_plot_view_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

/* A marker on a point and its read-out in a bubble beside it: what the
 * pointer is over, or where the keyboard cursor is. */
static void
draw_readout (cairo_t        *cr,
              const DlmTheme *theme,
              const DlmProbe *probe,
              double          width,
              double          height)
{
  g_autofree char *markup = g_markup_escape_text (probe->text ? probe->text : "", -1);
  double gap = dlm_theme_px (theme, 10);
  double box = 2 * dlm_theme_px (theme, 6);   /* dlm_text_draw_boxed's padding */
  gboolean below = probe->y < height * 0.2;
  double tw, x = probe->x + gap;
  DlmAnchor anchor;

  draw_probe_marker (cr, theme, probe->x, probe->y);

  /* beside the marker on the side with room for the whole bubble, or, for
   * long read-outs, over it, kept inside the figure */
  dlm_text_size (cr, theme, DLM_TEXT_BODY, markup, &tw, NULL);
  tw += box;
  if (probe->x + gap + tw > width)
    x = probe->x - gap - tw >= 0 ? probe->x - gap - tw : CLAMP (probe->x - tw / 2, 0, MAX (width - tw, 0));
  anchor = below ? DLM_ANCHOR_NORTH_WEST : DLM_ANCHOR_SOUTH_WEST;
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_BODY, x, probe->y + (below ? gap : -gap), anchor, width,
                       markup);
}

/* The keyboard cursor's point in the figure just drawn; returns FALSE when
 * there is no cursor to show. */
static gboolean
dlm_plot_view_draw_cursor (DlmPlotView    *self,
                           cairo_t        *cr,
                           const DlmTheme *theme,
                           double          width,
                           double          height)
{
  DlmProbe point = { 0 };

  if (self->cursor < 0 || !gtk_widget_has_focus (GTK_WIDGET (self)))
    return FALSE;
  /* the render may have changed the points: keep the cursor on one */
  sync_cursor (self);
  if (self->cursor < 0 || !dlm_topic_get_point (self->topic, self->cursor, &point))
    return FALSE;
  draw_readout (cr, theme, &point, width, height);
  dlm_probe_clear (&point);
  return TRUE;
}

static void
dlm_plot_view_draw_probe (DlmPlotView    *self,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmProbe probe = { 0 };

  if (!dlm_topic_probe (self->topic, self->pointer_x, self->pointer_y, &probe))
    return;

  draw_readout (cr, theme, &probe, width, height);
  dlm_probe_clear (&probe);
}

/* The room's pointer: a large ring around the pointer, a dark band under
 * a bright one, so that it stands out on light, dark and projector
 * figures alike, over a faint disc that lets the data show through. */
static void
draw_spotlight (cairo_t        *cr,
                const DlmTheme *theme,
                double          x,
                double          y,
                double          width,
                double          height)
{
  static const DlmColor bright = { 1.0, 0.84, 0.0, 1.0 };
  static const DlmColor dark = { 0.0, 0.0, 0.0, 0.75 };
  double r = MAX (dlm_theme_px (theme, 56), 0.07 * MIN (width, height));

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, bright.red, bright.green, bright.blue, 0.22);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &dark);
  cairo_set_line_width (cr, dlm_theme_px (theme, 11));
  cairo_stroke_preserve (cr);
  dlm_theme_set_color (cr, &bright);
  cairo_set_line_width (cr, dlm_theme_px (theme, 5));
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* How much of the figure's text a box at (x, y) would cover, from the
 * layout log of the frame under it. */
static double
text_under (DlmLayoutLog *log,
            double        x,
            double        y,
            double        w,
            double        h)
{
  double covered = 0;

  for (guint i = 0; log != NULL && i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);
      double ox = MIN (x + w, item->box.x + item->box.width) - MAX (x, item->box.x);
      double oy = MIN (y + h, item->box.y + item->box.height) - MAX (y, item->box.y);

      if (item->kind != DLM_LAYOUT_MARKER && ox > 0 && oy > 0)
        covered += ox * oy;
    }
  return covered;
}

/* Where on the figure's edge a w × h box covers the least of its text:
 * the corners first (top right, beside a title set at the left), then
 * the middles of the edges; the first that covers nothing wins. */
static void
caption_place (DlmLayoutLog *log,
               double        width,
               double        height,
               double        margin,
               double        w,
               double        h,
               double       *x,
               double       *y)
{
  const double right = width - margin - w, bottom = height - margin - h;
  const double places[][2] = {
    { right, margin }, { right, bottom }, { margin, bottom }, { margin, margin },
    { (width - w) / 2, margin }, { (width - w) / 2, bottom },
    { right, (height - h) / 2 }, { margin, (height - h) / 2 },
  };
  double least = G_MAXDOUBLE;

  for (guint i = 0; i < G_N_ELEMENTS (places) && least > 0; i++)
    {
      double covered = text_under (log, places[i][0], places[i][1], w, h);

      if (covered < least)
        {
          least = covered;
          *x = places[i][0];
          *y = places[i][1];
        }
    }
}

/* The caption takes the place on the figure's edge where it covers the
 * least of its text (@log: what the frame under it drew): light on dark (or dark on
 * light) on an opaque plate, like GNOME's on-screen displays, so that
 * whatever it covers for a moment never shows through its text. It
 * shrinks to at most a third of the width. */
static void
draw_caption (cairo_t        *cr,
              const DlmTheme *theme,
              const char     *caption,
              double          opacity,
              double          width,
              double          height,
              DlmLayoutLog   *log)
{
  g_autofree char *markup = g_markup_escape_text (caption, -1);
  DlmTheme fitted = *theme;
  double margin = dlm_theme_px (theme, 12);
  double pad, w, h, x = 0, y = 0;

  /* smaller type rather than a scaled drawing: hinted text keeps to the
   * size it was measured at */
  dlm_text_size (cr, &fitted, DLM_TEXT_BODY, markup, &w, &h);
  w += 2 * dlm_theme_px (&fitted, 8);
  if (w > width / 3)
    {
      fitted.scale *= width / 3 / w;
      dlm_text_size (cr, &fitted, DLM_TEXT_BODY, markup, &w, &h);
      w += 2 * dlm_theme_px (&fitted, 8);
    }
  pad = dlm_theme_px (&fitted, 8);
  h += 2 * pad;

  caption_place (log, width, height, margin, w, h, &x, &y);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  /* the group (for the fade) only as big as the caption: a group the size
   * of the figure costs a whole-figure fill and blend every frame */
  cairo_rectangle (cr, 0, 0, ceil (w), ceil (h));
  cairo_clip (cr);
  cairo_push_group (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, w - pad, pad, pad, -G_PI / 2, 0);
  cairo_arc (cr, w - pad, h - pad, pad, 0, G_PI / 2);
  cairo_arc (cr, pad, h - pad, pad, G_PI / 2, G_PI);
  cairo_arc (cr, pad, pad, pad, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  dlm_theme_set_color (cr, &fitted.foreground);
  cairo_fill (cr);
  dlm_text_draw (cr, &fitted, DLM_TEXT_BODY, &fitted.background, pad, pad, DLM_ANCHOR_NORTH_WEST, markup);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, opacity);
  cairo_restore (cr);
}

/* Everything the view draws over the figure, in the order it stacks. */
static void
dlm_plot_view_draw_overlays (DlmPlotView    *self,
                             cairo_t        *cr,
                             const DlmTheme *theme,
                             double          width,
                             double          height,
                             DlmLayoutLog   *log)
{
  /* the keyboard cursor, when it is out, wins over the pointer */
  if (!self->idle && !dlm_plot_view_draw_cursor (self, cr, theme, width, height) && self->pointer_inside)
    dlm_plot_view_draw_probe (self, cr, theme, width, height);

  if (self->spotlight && self->pointer_inside)
    draw_spotlight (cr, theme, self->pointer_x, self->pointer_y, width, height);

  if (self->caption != NULL && self->caption_opacity > 0)
    draw_caption (cr, theme, self->caption, self->caption_opacity, width, height, log);
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
  g_autoptr(DlmLayoutLog) log = NULL;
  DlmTheme theme;
  cairo_t *cr;
  gint64 start;

  if (self->topic == NULL || width <= 0 || height <= 0)
    return;

  dlm_theme_init (&theme, self->theme_kind, dlm_plot_view_get_scale (self));

  start = g_get_monotonic_time ();
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* while the slide counter shows, the frame notes where its text went,
   * so the counter can keep off it */
  if (self->caption != NULL)
    {
      log = dlm_layout_log_new (width, height);
      dlm_layout_log_attach (log, cr);
    }
  dlm_topic_render (self->topic, cr, &theme, width, height);
  log_frame (widget, g_get_monotonic_time () - start);
  /* the cursor reads out its point of this render, focused or not */
  if (self->cursor >= 0)
    sync_cursor (self);

  dlm_plot_view_draw_overlays (self, cr, &theme, width, height, log);

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
  /* a click on the plot gives it the keyboard, for the cursor keys */
  gtk_widget_grab_focus (GTK_WIDGET (self));
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

/* ---- the keyboard cursor -------------------------------------------------- */

/* Puts the cursor on point @index of the last render (clamped), reads it
 * out and draws it. */
static void
move_cursor_to (DlmPlotView *self,
                int          index)
{
  guint count = self->topic != NULL ? dlm_topic_count_points (self->topic, NULL) : 0;

  if (count == 0)
    return;
  self->cursor = CLAMP (index, 0, (int) count - 1);
  sync_cursor (self);
  /* the plot is used from the keyboard now: show its focus ring */
  if (GTK_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    gtk_window_set_focus_visible (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Moves by @step points, or by @rows rows; the first move shows the first
 * point (or the last, moving back). */
static void
move_cursor_by (DlmPlotView *self,
                int          step,
                int          rows)
{
  guint row_length = 1;
  guint count = self->topic != NULL ? dlm_topic_count_points (self->topic, &row_length) : 0;
  int target;

  if (self->cursor < 0)
    target = step < 0 || rows < 0 ? (int) count - 1 : 0;
  else
    target = self->cursor + step + rows * (int) row_length;
  /* a row move past the last row stays where it is */
  if (rows != 0 && self->cursor >= 0 && (target < 0 || target >= (int) count))
    target = self->cursor;
  move_cursor_to (self, target);
}

static void
plot_move_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DlmPlotView *self = DLM_PLOT_VIEW (widget);

  if (g_str_equal (action_name, "plot.next-point"))
    move_cursor_by (self, 1, 0);
  else if (g_str_equal (action_name, "plot.previous-point"))
    move_cursor_by (self, -1, 0);
  else if (g_str_equal (action_name, "plot.next-row"))
    move_cursor_by (self, 0, 1);
  else if (g_str_equal (action_name, "plot.previous-row"))
    move_cursor_by (self, 0, -1);
  else if (g_str_equal (action_name, "plot.first-point"))
    move_cursor_to (self, 0);
  else if (g_str_equal (action_name, "plot.last-point"))
    move_cursor_to (self, G_MAXINT);
}

/* Escape: the cursor goes, and the description is the whole figure again.
 * Disabled while there is no cursor, so Escape reaches the window then. */
static void
plot_hide_cursor_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DlmPlotView *self = DLM_PLOT_VIEW (widget);

  self->cursor = -1;
  sync_cursor (self);
  gtk_widget_queue_draw (widget);
}

/* The index of the point the keyboard cursor is on, or -1. */
int
dlm_plot_view_get_cursor (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), -1);

  return self->cursor;
}

static void
on_focus_change (DlmPlotView *self)
{
  /* the cursor is drawn only while the plot has the focus */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
add_cursor_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *action;
    guint       keys[2];
  } moves[] = {
    { "plot.next-point",     { GDK_KEY_Right, GDK_KEY_KP_Right } },
    { "plot.previous-point", { GDK_KEY_Left,  GDK_KEY_KP_Left } },
    { "plot.next-row",       { GDK_KEY_Down,  GDK_KEY_KP_Down } },
    { "plot.previous-row",   { GDK_KEY_Up,    GDK_KEY_KP_Up } },
    { "plot.first-point",    { GDK_KEY_Home,  GDK_KEY_KP_Home } },
    { "plot.last-point",     { GDK_KEY_End,   GDK_KEY_KP_End } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      gtk_widget_class_install_action (widget_class, moves[i].action, NULL, plot_move_action);
      for (guint k = 0; k < 2; k++)
        gtk_widget_class_add_binding_action (widget_class, moves[i].keys[k], 0, moves[i].action, NULL);
    }
  gtk_widget_class_install_action (widget_class, "plot.hide-cursor", NULL, plot_hide_cursor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "plot.hide-cursor", NULL);
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
  /* another topic's points are not this one's */
  self->cursor = -1;

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

double
dlm_plot_view_get_zoom (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), 1.0);

  return self->zoom;
}

/* The zoom of presentation mode and Ctrl+plus/minus: it multiplies the
 * type sizes and line widths the view's size alone would give. */
void
dlm_plot_view_set_zoom (DlmPlotView *self,
                        double       zoom)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));
  g_return_if_fail (zoom > 0);

  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* The smallest canvas, in units of the unscaled figure, that the figures
 * are laid out for: zooming in stops where the figure would have less
 * room than this, so that large type never crowds out the data. */
#define MIN_CANVAS_WIDTH   800.0
#define MIN_CANVAS_HEIGHT  450.0

/* The theme scale the figure is drawn with, for the current size. */
double
dlm_plot_view_get_scale (DlmPlotView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double fitted = dlm_theme_auto_scale (width, height);
  double largest = MAX (fitted, MIN (width / MIN_CANVAS_WIDTH, height / MIN_CANVAS_HEIGHT));

  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), 1.0);

  return MIN (self->zoom * fitted, largest);
}

/* Presentation mode sets the view idle after a while without input: the
 * read-out and the data cursor go until the pointer moves or a key is
 * pressed (the cursor stays where it was, and its description too). */
void
dlm_plot_view_set_idle (DlmPlotView *self,
                        gboolean     idle)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));

  if (self->idle == !!idle)
    return;
  self->idle = !!idle;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
dlm_plot_view_get_idle (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), FALSE);

  return self->idle;
}

void
dlm_plot_view_set_spotlight (DlmPlotView *self,
                             gboolean     spotlight)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));

  if (self->spotlight == !!spotlight)
    return;
  self->spotlight = !!spotlight;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
dlm_plot_view_get_spotlight (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), FALSE);

  return self->spotlight;
}

static void
set_caption_opacity (double   value,
                     gpointer data)
{
  DlmPlotView *self = data;

  self->caption_opacity = value;
  if (value <= 0)
    g_clear_pointer (&self->caption, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Fades the caption out; with animations off (reduced motion) the
 * animation skips to its end, so the caption just goes. */
static gboolean
fade_caption (gpointer data)
{
  DlmPlotView *self = data;

  self->caption_source = 0;
  adw_timed_animation_set_value_from (ADW_TIMED_ANIMATION (self->caption_fade), self->caption_opacity);
  adw_animation_play (self->caption_fade);

  return G_SOURCE_REMOVE;
}

/* Shows @caption over the figure (the slide counter), which fades out
 * after about two seconds; a new caption replaces the one on screen. */
void
dlm_plot_view_show_caption (DlmPlotView *self,
                            const char  *caption)
{
  g_return_if_fail (DLM_IS_PLOT_VIEW (self));
  g_return_if_fail (caption != NULL);

  if (self->caption_fade == NULL)
    {
      AdwAnimationTarget *target = adw_callback_animation_target_new (set_caption_opacity, self, NULL);

      self->caption_fade = adw_timed_animation_new (GTK_WIDGET (self), 1.0, 0.0, CAPTION_FADE_MS, target);
    }
  adw_animation_reset (self->caption_fade);
  g_clear_handle_id (&self->caption_source, g_source_remove);

  g_free (self->caption);
  self->caption = g_strdup (caption);
  self->caption_opacity = 1.0;
  self->caption_source = g_timeout_add (CAPTION_MS, fade_caption, self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The caption on screen, or NULL once it has faded. */
const char *
dlm_plot_view_get_caption (DlmPlotView *self)
{
  g_return_val_if_fail (DLM_IS_PLOT_VIEW (self), NULL);

  return self->caption;
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

  g_clear_handle_id (&self->caption_source, g_source_remove);
  /* a playing animation holds itself: stop it before letting go */
  if (self->caption_fade != NULL)
    adw_animation_reset (self->caption_fade);
  g_clear_object (&self->caption_fade);
  g_clear_pointer (&self->caption, g_free);
  g_clear_object (&self->topic);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->cursor_text, g_free);

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

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
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

    case PROP_ZOOM:
      dlm_plot_view_set_zoom (self, g_value_get_double (value));
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

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.1, 10.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  add_cursor_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "plotview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dlm_plot_view_init (DlmPlotView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *focus;
  GtkGesture *drag;

  self->zoom = 1.0;
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  self->cursor = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plot.hide-cursor", FALSE);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_change), self);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_change), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 180);
}
