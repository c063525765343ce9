/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-complex-private.h"
#include "dlm-format.h"
#include "dlm-layout.h"

#define DEG (G_PI / 180.0)
#define CHUNK 1024     /* points per stroke of a long curve */

/* The Lorenz view: the two trajectories, in x–z or turned in 3-D, and the
 * distance between them over time. */

/* A point of the attractor on the screen plane: x–z as it is, or turned
 * by yaw about the vertical z axis and tilted by pitch about the screen's
 * horizontal, around the middle of the attractor's height. */
static void
project (DlmComplexTopic *self,
         const double    *p,
         double           z_mid,
         double          *sx,
         double          *sy)
{
  double cy, sy_, cp, sp, x1, y1, z;

  if (self->projection == DLM_COMPLEX_PROJECTION_XZ)
    {
      *sx = p[0];
      *sy = p[2];
      return;
    }
  cy = cos (self->yaw * DEG), sy_ = sin (self->yaw * DEG);
  cp = cos (self->pitch * DEG), sp = sin (self->pitch * DEG);
  x1 = p[0] * cy - p[1] * sy_;
  y1 = p[0] * sy_ + p[1] * cy;
  z = p[2] - z_mid;
  *sx = x1;
  *sy = z * cp - y1 * sp;
}

typedef struct {
  double *ax, *ay, *bx, *by;
  double  lo_x, hi_x, lo_y, hi_y;
} Projected;

static void
projected_clear (Projected *p)
{
  g_free (p->ax);
  g_free (p->ay);
  g_free (p->bx);
  g_free (p->by);
}

static Projected
project_run (DlmComplexTopic    *self,
             const DlmLorenzRun *run)
{
  Projected p = { g_new (double, run->n), g_new (double, run->n), g_new (double, run->n),
                  g_new (double, run->n), G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE };
  double z_lo = G_MAXDOUBLE, z_hi = -G_MAXDOUBLE;

  for (guint i = 0; i < run->n; i++)
    {
      z_lo = MIN (z_lo, MIN (run->a[3 * i + 2], run->b[3 * i + 2]));
      z_hi = MAX (z_hi, MAX (run->a[3 * i + 2], run->b[3 * i + 2]));
    }
  for (guint i = 0; i < run->n; i++)
    {
      project (self, run->a + 3 * i, (z_lo + z_hi) / 2, &p.ax[i], &p.ay[i]);
      project (self, run->b + 3 * i, (z_lo + z_hi) / 2, &p.bx[i], &p.by[i]);
      p.lo_x = MIN (p.lo_x, MIN (p.ax[i], p.bx[i]));
      p.hi_x = MAX (p.hi_x, MAX (p.ax[i], p.bx[i]));
      p.lo_y = MIN (p.lo_y, MIN (p.ay[i], p.by[i]));
      p.hi_y = MAX (p.hi_y, MAX (p.ay[i], p.by[i]));
    }
  return p;
}

/* Which way x, y and z point, in the lower left corner of the 3-D view. */
static void
draw_triad (DlmComplexTopic       *self,
            cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *g)
{
  double len = dlm_theme_px (theme, 28), ox = g->plot.x + len * 1.6, oy = g->plot.y + g->plot.height - len * 1.6;
  const char *names[] = { "x", "y", "z" };

  cairo_save (cr);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  dlm_theme_set_color (cr, &theme->muted);
  for (guint i = 0; i < 3; i++)
    {
      double unit[3] = { i == 0, i == 1, i == 2 }, sx, sy;

      project (self, unit, 0, &sx, &sy);
      cairo_move_to (cr, ox, oy);
      cairo_line_to (cr, ox + sx * len, oy - sy * len);
      cairo_stroke (cr);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, ox + sx * len * 1.3, oy - sy * len * 1.3,
                     DLM_ANCHOR_CENTER, names[i]);
    }
  cairo_restore (cr);
}

/* Draws the first @n points of a curve as the plot kit's dense lines
 * look (bevelled joins, fast antialiasing), leaving out points less than
 * half a pixel from the last one kept, and stroked in pieces of CHUNK
 * points: cairo turns a stroke into one polygon, and a curve of 20 000
 * points that crosses itself thousands of times costs many times more in
 * one piece than in short ones. The colour is opaque, so no seams show. */
static void
draw_thinned (cairo_t               *cr,
              const DlmTheme        *theme,
              const DlmAxesGeometry *g,
              const double          *x,
              const double          *y,
              guint                  from,
              guint                  n,
              const DlmStroke       *stroke)
{
  double last_px = 0, last_py = 0;
  guint in_piece = 0;

  cairo_save (cr);
  cairo_rectangle (cr, floor (g->plot.x), floor (g->plot.y), ceil (g->plot.width) + 1, ceil (g->plot.height) + 1);
  cairo_clip (cr);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width) * stroke->width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  dlm_theme_set_color (cr, stroke->color);
  for (guint i = from; i < n; i++)
    {
      double px = dlm_geometry_x_to_px (g, x[i]), py = dlm_geometry_y_to_px (g, y[i]);

      if (i > from && i + 1 < n && fabs (px - last_px) < 0.5 && fabs (py - last_py) < 0.5)
        continue;
      if (in_piece == CHUNK)
        {
          cairo_stroke (cr);
          cairo_move_to (cr, last_px, last_py);
          in_piece = 1;
        }
      if (in_piece == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
      in_piece++;
      last_px = px;
      last_py = py;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Whether the figure's pixels can be cached as an image: a uniform scale
 * (and any shift), on a surface that is not a vector format. */
static gboolean
trail_scale (cairo_t *cr,
             double  *scale)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_type_t type = cairo_surface_get_type (target);
  cairo_matrix_t m;
  double sx, sy;

  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_SVG || type == CAIRO_SURFACE_TYPE_PS ||
      m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.xx != m.yy || sx != sy)
    return FALSE;
  *scale = m.xx * sx;
  return TRUE;
}

/* The two trajectories up to point @m. In the window an animation frame
 * adds a few points to the last one, so they are drawn onto a cached
 * image of the plot area, adding only the new points, and the image is
 * painted; it is drawn afresh when anything else changed or the animation
 * went back. A 20 000-point trail then costs one image paint per frame,
 * not 40 000 stroked segments. Elsewhere (a still, an exported frame) it
 * is drawn afresh every time: segments added later blend a hair
 * differently where they join, and a frame must be its still, pixel for
 * pixel. Vector output draws the curves directly. */
static void
draw_trail (DlmComplexTopic       *self,
            cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *geometry,
            const Projected       *p,
            const DlmLorenzRun    *run,
            guint                  m,
            double                 wide,
            double                 thin)
{
  /* the first wider, under the second: both show while they coincide */
  DlmStroke sa = { &theme->series[0], wide, FALSE }, sb = { &theme->series[1], thin, FALSE };
  TrailKey key;
  const DlmRect *r = &key.geometry.plot;
  double ox, oy;
  guint from;
  cairo_t *tc;

  /* zeroed first: the key is compared byte by byte, padding included */
  memset (&key, 0, sizeof key);
  key.run = run;
  key.geometry = *geometry;
  key.theme = *theme;
  key.projection = self->projection;
  key.yaw = self->yaw;
  key.pitch = self->pitch;
  if (!trail_scale (cr, &key.scale))
    {
      draw_thinned (cr, theme, &key.geometry, p->ax, p->ay, 0, m + 1, &sa);
      draw_thinned (cr, theme, &key.geometry, p->bx, p->by, 0, m + 1, &sb);
      return;
    }
  /* whole device pixels, so that the image lands on the pixel grid */
  ox = floor (r->x * key.scale) / key.scale;
  oy = floor (r->y * key.scale) / key.scale;
  if (self->trail == NULL || memcmp (&key, &self->trail_key, sizeof key) != 0 || m < self->trail_drawn ||
      !dlm_topic_get_compute_in_background (DLM_TOPIC (self)))
    {
      g_clear_pointer (&self->trail, cairo_surface_destroy);
      self->trail = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil ((r->width + 2) * key.scale) + 2,
                                                ceil ((r->height + 2) * key.scale) + 2);
      self->trail_key = key;
      self->trail_drawn = 0;
    }
  from = self->trail_drawn;
  tc = cairo_create (self->trail);
  cairo_scale (tc, key.scale, key.scale);
  cairo_translate (tc, -ox, -oy);
  draw_thinned (tc, theme, &key.geometry, p->ax, p->ay, from, m + 1, &sa);
  draw_thinned (tc, theme, &key.geometry, p->bx, p->by, from, m + 1, &sb);
  cairo_destroy (tc);
  self->trail_drawn = m;

  cairo_save (cr);
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, 1 / key.scale, 1 / key.scale);
  cairo_set_source_surface (cr, self->trail, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* Line widths (px) of the two curves that keep the attractor a readable
 * trajectory: a long run crosses its own path thousands of times, so a
 * width fixed by the theme (a projector's thick strokes) fills the plot
 * into a solid blob. The wide curve is sized so that its ink covers about
 * a third of the plot, never more than the theme's own width; the thin
 * one inside it is half as wide. */
static void
trail_widths (const DlmTheme        *theme,
              const DlmAxesGeometry *g,
              const Projected       *p,
              guint                  n,
              double                *wide,
              double                *thin)
{
  double length = 0, area = g->plot.width * g->plot.height;
  double most = dlm_theme_px (theme, theme->line_width) * 1.6, least = dlm_theme_px (theme, 1.8);

  for (guint i = 1; i < n; i++)
    length += hypot (dlm_geometry_x_to_px (g, p->ax[i]) - dlm_geometry_x_to_px (g, p->ax[i - 1]),
                     dlm_geometry_y_to_px (g, p->ay[i]) - dlm_geometry_y_to_px (g, p->ay[i - 1]));
  *wide = CLAMP (area / 3 / MAX (length, 1), least, most);
  *thin = MAX (*wide * 0.45, dlm_theme_px (theme, 0.7));
}

/* The 3-D view has no meaningful coordinates on the screen plane (they
 * change as it turns), so it gets no ticks and no axes, only a box with
 * equal units both ways for the curves and the triad of x, y and z. */
static DlmAxesGeometry
turned_geometry (DlmRect          rect,
                 const Projected *p)
{
  double pad_x = (p->hi_x - p->lo_x) * 0.04 + 1e-9, pad_y = (p->hi_y - p->lo_y) * 0.04 + 1e-9;
  double w = p->hi_x - p->lo_x + 2 * pad_x, h = p->hi_y - p->lo_y + 2 * pad_y;
  double unit = MIN (rect.width / w, rect.height / h);
  DlmAxesGeometry g = { { 0 }, { DLM_SCALE_LINEAR, p->lo_x - pad_x, p->hi_x + pad_x, 10 },
                        { DLM_SCALE_LINEAR, p->lo_y - pad_y, p->hi_y + pad_y, 10 }, TRUE };

  g.plot.width = w * unit;
  g.plot.height = h * unit;
  /* at the left, as the flat view's plot: the distance plot takes the
   * width it leaves */
  g.plot.x = rect.x;
  g.plot.y = rect.y + (rect.height - g.plot.height) / 2;
  return g;
}

/* Where the two runs are now, as the plot kit's markers look: a disc with
 * a ring of the background colour. */
static void
draw_now_markers (cairo_t               *cr,
                  const DlmTheme        *theme,
                  const DlmAxesGeometry *g,
                  const Projected       *p,
                  guint                  m)
{
  const double x[] = { p->ax[m], p->bx[m] }, y[] = { p->ay[m], p->by[m] }, radius[] = { 6, 4 };

  cairo_save (cr);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  for (guint i = 0; i < 2; i++)
    {
      double px = dlm_geometry_x_to_px (g, x[i]), py = dlm_geometry_y_to_px (g, y[i]);

      cairo_new_path (cr);
      cairo_arc (cr, px, py, dlm_theme_px (theme, radius[i]), 0, 2 * G_PI);
      dlm_layout_note_marker (cr, px, py, dlm_theme_px (theme, radius[i]));
      dlm_theme_set_color (cr, &theme->series[i]);
      cairo_fill_preserve (cr);
      dlm_theme_set_color (cr, &theme->background);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Draws the two runs in @g and returns nothing: the trail, the markers of
 * where they are now, and in 3-D the triad. */
static void
draw_runs (DlmComplexTopic       *self,
           cairo_t               *cr,
           const DlmTheme        *theme,
           const DlmAxesGeometry *g,
           const Projected       *p,
           const DlmLorenzRun    *run,
           guint                  m)
{
  double wide, thin, unit = dlm_theme_px (theme, theme->line_width);

  trail_widths (theme, g, p, run->n, &wide, &thin);
  self->widths[0] = wide;
  self->widths[1] = thin;
  draw_trail (self, cr, theme, g, p, run, m, wide / unit, thin / unit);
  draw_now_markers (cr, theme, g, p, m);
  self->panels[0] = *g;
  if (self->projection != DLM_COMPLEX_PROJECTION_XZ)
    draw_triad (self, cr, theme, g);
}

static void
draw_trajectories (DlmComplexTopic    *self,
                   cairo_t            *cr,
                   const DlmTheme     *theme,
                   DlmRect             rect,
                   const DlmLorenzRun *run,
                   guint               m)
{
  Projected p = project_run (self, run);

  if (self->projection == DLM_COMPLEX_PROJECTION_XZ)
    {
      g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
      double pad_x = (p.hi_x - p.lo_x) * 0.05 + 1e-9, pad_y = (p.hi_y - p.lo_y) * 0.05 + 1e-9;
      DlmAxesGeometry g;

      dlm_axes_set_x (axes, DLM_SCALE_LINEAR, p.lo_x - pad_x, p.hi_x + pad_x);
      /* z stays positive on the attractor: start the axis at 0 rather
       * than draw a zero line just above it */
      dlm_axes_set_y (axes, DLM_SCALE_LINEAR, p.lo_y >= 0 ? MAX (p.lo_y - pad_y, 0) : p.lo_y - pad_y,
                      p.hi_y + pad_y);
      dlm_axes_set_equal (axes, TRUE);
      dlm_axes_set_labels (axes, "x", "z");
      dlm_axes_set_title (axes, _("The two paths, seen along the y axis"));
      dlm_axes_draw_frame (axes);
      g = dlm_axes_get_geometry (axes);
      draw_runs (self, cr, theme, &g, &p, run, m);
    }
  else
    {
      g_autofree char *yaw = dlm_format_short (self->yaw, -1);
      g_autofree char *pitch = dlm_format_short (self->pitch, -1);
      g_autofree char *title = g_strdup_printf (_("The two paths in 3-D, turned %s°, tilted %s°"), yaw, pitch);
      double title_w, title_h, gap = dlm_theme_px (theme, 8);
      DlmAxesGeometry g;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, title, &title_w, &title_h);
      g = turned_geometry ((DlmRect) { rect.x, rect.y + title_h + gap, rect.width,
                                       rect.height - title_h - gap }, &p);
      /* over the plot, or as far right as the whole title needs */
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL,
                            rect.x + MAX (g.plot.width, MIN (title_w, rect.width)) / 2, g.plot.y - gap,
                            DLM_ANCHOR_SOUTH, rect.width, title);
      draw_runs (self, cr, theme, &g, &p, run, m);
    }
  projected_clear (&p);
}

static void
draw_distance (DlmComplexTopic    *self,
               cairo_t            *cr,
               const DlmTheme     *theme,
               DlmRect             rect,
               const DlmLorenzRun *run,
               guint               m)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke stroke = { &theme->series[2], 1.2, FALSE };
  double lo = G_MAXDOUBLE, hi = 0, x = run->t[m], y;
  g_autofree double *d = g_new (double, run->n);

  for (guint i = 0; i < run->n; i++)
    {
      /* two starts that met exactly have distance 0: not on a log axis */
      d[i] = MAX (run->distance[i], 1e-300);
      lo = MIN (lo, d[i]);
      hi = MAX (hi, d[i]);
    }
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, run->t[run->n - 1]);
  dlm_axes_set_y (axes, DLM_SCALE_LOG, MAX (lo, hi * 1e-30) / 3, hi * 3);
  dlm_axes_set_labels (axes, _("time t"), _("distance (log scale)"));
  dlm_axes_set_title (axes, _("How far apart the two are"));
  dlm_axes_draw_frame (axes);
  {
    DlmAxesGeometry g = dlm_axes_get_geometry (axes);
    draw_thinned (cr, theme, &g, run->t, d, 0, m + 1, &stroke);
  }
  y = d[m];
  dlm_axes_points (axes, &x, &y, 1, &theme->highlight, 5);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

/* The legend of the two curves: where each starts. */
static char *
start_label (DlmComplexTopic *self,
             guint            which)
{
  g_autofree char *x = dlm_format_short (self->start_xyz[0], -1);
  g_autofree char *y = dlm_format_short (self->start_xyz[1], -1);
  g_autofree char *z = dlm_format_short (self->start_xyz[2], -1);

  if (which == 0)
    return g_strdup_printf (_("wide line: from (%s, %s, %s)"), x, y, z);
  return g_strdup_printf (_("thin line: from (%s + ε, %s, %s)"), x, y, z);
}

/* A figure with nothing to draw says why, in the body text at the top
 * of its area, under the title. */
void
dlm_complex_draw_note (cairo_t        *cr,
                       const DlmTheme *theme,
                       DlmRect         area,
                       const char     *text)
{
  dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, area.x, area.y, MIN (area.width, dlm_theme_px (theme, 640)),
                         text);
}

/* One legend row under a panel: a swatch (a line @width px wide, or a
 * disc when @width is 0) in @color, then @text in the text colour, which
 * keeps its contrast whatever the series colour. */
void
dlm_complex_draw_key (cairo_t        *cr,
                      const DlmTheme *theme,
                      double          x,
                      double          y,
                      double          room,
                      const DlmColor *color,
                      double          width,
                      const char     *text)
{
  double swatch = dlm_theme_px (theme, 28), gap = dlm_theme_px (theme, 8);

  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  if (width > 0)
    {
      cairo_set_line_width (cr, width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to (cr, x + width / 2, y);
      cairo_line_to (cr, x + swatch - width / 2, y);
      cairo_stroke (cr);
    }
  else
    {
      cairo_arc (cr, x + swatch / 2, y, dlm_theme_px (theme, 5), 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, NULL, x + swatch + gap, y, DLM_ANCHOR_WEST,
                        room - swatch - gap, text);
}

void
dlm_complex_render_lorenz (DlmComplexTopic *self,
                           cairo_t         *cr,
                           const DlmTheme  *theme,
                           DlmRect          area)
{
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);
  double gap = dlm_theme_px (theme, 24);
  DlmRect left = { area.x, area.y, area.width * 0.55, area.height };
  DlmRect right = { area.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  guint m;
  double line, wide, thin;
  g_autofree char *t = NULL, *d = NULL, *facts = NULL;

  if (run == NULL)
    {
      g_autofree char *note = dlm_complex_topic_failure_note (self);

      if (note == NULL)
        note = g_strdup (_("Integrating the trajectories…"));

      dlm_complex_draw_note (cr, theme, area, note);
      return;
    }
  m = dlm_complex_topic_shown_index (self, run);
  t = dlm_complex_format (run->t[m]);
  d = dlm_complex_format_distance (run->distance[m]);
  facts = g_strdup_printf (_("now: t = %s, distance = %s"), t, d);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Xg", NULL, &line);
  line *= 1.5;
  /* the key of the two curves under their own panel, the key of the
   * marker under the distance plot */
  draw_trajectories (self, cr, theme, (DlmRect) { left.x, left.y, left.width, left.height - 2 * line },
                     run, m);
  /* the attractor keeps equal units both ways, so it is often narrower
   * than its half: the distance plot gets what it leaves */
  right.x = MAX (self->panels[0].plot.x + self->panels[0].plot.width + gap * 1.5, area.x + area.width * 0.35);
  right.width = area.x + area.width - right.x;
  draw_distance (self, cr, theme, (DlmRect) { right.x, right.y, right.width, right.height - 2 * line },
                 run, m);
  wide = self->widths[0];
  thin = self->widths[1];
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *label = start_label (self, i);

      dlm_complex_draw_key (cr, theme, left.x, left.y + left.height - line * (1.5 - i), right.x - gap - left.x,
                            &theme->series[i], i == 0 ? wide : thin, label);
    }
  dlm_complex_draw_key (cr, theme, right.x, right.y + right.height - line * 1.5, right.width,
                        &theme->highlight, 0, facts);
}
