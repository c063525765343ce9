/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-dot-private.h"
#include "dlm-format.h"

/* The geometry view: p and q as arrows in the plane, the angle between
 * them, the projection of p on q, and the facts beside the plane. */

/* ---- geometry mode -------------------------------------------------------- */

void
dlm_dot_vec2 (GArray *array,
              double  out[2])
{
  out[0] = dlm_dot_value_at (array, 0);
  out[1] = dlm_dot_value_at (array, 1);
}

static void
draw_arrow (cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *g,
            const double           from[2],
            const double           to[2],
            const DlmColor        *color,
            double                 width)
{
  double x0 = dlm_geometry_x_to_px (g, from[0]), y0 = dlm_geometry_y_to_px (g, from[1]);
  double x1 = dlm_geometry_x_to_px (g, to[0]), y1 = dlm_geometry_y_to_px (g, to[1]);
  double len = hypot (x1 - x0, y1 - y0), head = dlm_theme_px (theme, 6 + 2.5 * width);
  double ux, uy;

  if (len < 1)
    return;
  ux = (x1 - x0) / len;
  uy = (y1 - y0) / len;
  head = MIN (head, len * 0.6);
  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, dlm_theme_px (theme, width));
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1 - ux * head * 0.7, y1 - uy * head * 0.7);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - ux * head - uy * head * 0.42, y1 - uy * head + ux * head * 0.42);
  cairo_line_to (cr, x1 - ux * head + uy * head * 0.42, y1 - uy * head - ux * head * 0.42);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The arc of the angle θ between p and q, at the origin. */
static void
draw_angle_arc (cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                const double           p[2],
                const double           q[2],
                const DlmDotFacts     *f)
{
  double ox = dlm_geometry_x_to_px (g, 0), oy = dlm_geometry_y_to_px (g, 0);
  double a1 = atan2 (-p[1], p[0]), a2 = atan2 (-q[1], q[0]), r = dlm_theme_px (theme, 34);
  double mid, d = remainder (a2 - a1, 2 * M_PI);

  if (isnan (f->angle))
    return;
  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  if (dlm_dot_is_orthogonal (f))
    {
      double s = r * 0.45, ux = cos (a1), uy = sin (a1), vx = cos (a1 + d), vy = sin (a1 + d);
      cairo_move_to (cr, ox + ux * s, oy + uy * s);
      cairo_line_to (cr, ox + (ux + vx) * s, oy + (uy + vy) * s);
      cairo_line_to (cr, ox + vx * s, oy + vy * s);
    }
  else if (d > 0)
    cairo_arc (cr, ox, oy, r, a1, a1 + d);
  else
    cairo_arc_negative (cr, ox, oy, r, a1, a1 + d);
  cairo_stroke (cr);
  cairo_restore (cr);
  /* only the name inside the wedge, where a number would run into the
   * arrows at a narrow angle; the facts beside the plane give its value */
  mid = a1 + d / 2;
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->highlight, ox + cos (mid) * r * 1.5,
                 oy + sin (mid) * r * 1.5, DLM_ANCHOR_CENTER, "θ");
}

/* The projection of p onto q's line: the line itself (faint, across the
 * plane), the dropped perpendicular (dashed), its foot, and the projected
 * vector drawn alongside q's line, shifted to the side away from p, so it
 * never covers q. */
static void
draw_projection (DlmAxes           *axes,
                 cairo_t           *cr,
                 const DlmTheme    *theme,
                 const double       p[2],
                 const double       q[2],
                 const DlmDotFacts *f)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double k = f->dot / (f->norm_y * f->norm_y), reach = g.x.max / MAX (fabs (q[0]), fabs (q[1]));
  double foot[2] = { k * q[0], k * q[1] };
  double xs[] = { p[0], foot[0] }, ys[] = { p[1], foot[1] };
  double lx[] = { -q[0] * reach, q[0] * reach }, ly[] = { -q[1] * reach, q[1] * reach };
  /* a unit normal of q (in data units, y up), turned away from p */
  double nx = -q[1] / f->norm_y, ny = q[0] / f->norm_y;
  double side = nx * p[0] + ny * p[1] > 0 ? -1 : 1;
  double shift = (g.x.max - g.x.min) / g.plot.width * dlm_theme_px (theme, 9) * side;
  double from[2] = { nx * shift, ny * shift }, to[2] = { foot[0] + nx * shift, foot[1] + ny * shift };
  DlmStroke drop = { &theme->muted, 1.2, TRUE }, line = { &theme->grid, 1, FALSE };

  dlm_axes_line (axes, lx, ly, 2, &line);
  dlm_axes_line (axes, xs, ys, 2, &drop);
  draw_arrow (cr, theme, &g, from, to, &theme->series[2], 2.5);
  dlm_axes_points (axes, &foot[0], &foot[1], 1, &theme->series[2], 4);
}

/* An arrow's name just beyond its tip, in its colour's shade that reads
 * as text. */
static void
draw_tip_label (cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                const double           tip[2],
                const DlmColor        *color,
                const char            *markup)
{
  double len = hypot (tip[0], tip[1]), off = dlm_theme_px (theme, 18);
  double ux = len > 0 ? tip[0] / len : 1, uy = len > 0 ? tip[1] / len : 0;
  DlmColor text = dlm_theme_text_color (theme, color);

  dlm_text_draw (cr, theme, DLM_TEXT_BODY, &text, dlm_geometry_x_to_px (g, tip[0]) + ux * off,
                 dlm_geometry_y_to_px (g, tip[1]) - uy * off, DLM_ANCHOR_CENTER, markup);
}

static double
plane_extent (const double p[2],
              const double q[2])
{
  double m = MAX (MAX (fabs (p[0]), fabs (p[1])), MAX (fabs (q[0]), fabs (q[1])));

  return MAX (4, ceil (m * 1.25));
}

static DlmAxesGeometry
draw_plane (DlmDotTopic    *self,
            cairo_t        *cr,
            const DlmTheme *theme,
            DlmRect         rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  double p[2], q[2], origin[2] = { 0, 0 }, e;
  DlmDotFacts f;
  DlmStroke axis = { &theme->muted, 0.8, FALSE };
  DlmAxesGeometry g;

  dlm_dot_vec2 (self->p, p);
  dlm_dot_vec2 (self->q, q);
  f = dlm_dot_facts (p, q, 2);
  e = plane_extent (p, q);
  if (self->drag_arrow >= 0 && self->drag_geometry.valid)
    e = MAX (e, self->drag_geometry.x.max);
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, -e, e);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, -e, e);
  dlm_axes_set_equal (axes, TRUE);
  dlm_axes_set_labels (axes, "x", "y");
  dlm_axes_draw_frame (axes);
  dlm_axes_hline (axes, 0, &axis);
  dlm_axes_vline (axes, 0, &axis);
  g = dlm_axes_get_geometry (axes);
  if (f.norm_y > 0)
    draw_projection (axes, cr, theme, p, q, &f);
  draw_angle_arc (cr, theme, &g, p, q, &f);
  draw_arrow (cr, theme, &g, origin, q, &theme->series[1], 2.5);
  draw_arrow (cr, theme, &g, origin, p, &theme->series[0], 2.5);
  draw_tip_label (cr, theme, &g, p, &theme->series[0], "<b>p</b>");
  draw_tip_label (cr, theme, &g, q, &theme->series[1], "<b>q</b>");
  return g;
}

const char *
dlm_dot_sign_words (const DlmDotFacts *f)
{
  if (isnan (f->angle))
    return _("no angle: a zero vector has no direction");
  if (dlm_dot_is_orthogonal (f))
    return _("orthogonal (90°): p · q = 0");
  return f->dot > 0 ? _("acute (below 90°): p · q > 0") : _("obtuse (above 90°): p · q < 0");
}

static char **
geometry_lines (DlmDotTopic *self)
{
  double p[2], q[2];
  DlmDotFacts f;
  g_autofree char *terms = NULL, *dot = NULL, *np = NULL, *nq = NULL, *c = NULL, *a = NULL;
  g_autofree char *pp = NULL, *proj = NULL, *cf = NULL;
  GPtrArray *lines = g_ptr_array_new ();

  dlm_dot_vec2 (self->p, p);
  dlm_dot_vec2 (self->q, q);
  f = dlm_dot_facts (p, q, 2);
  terms = dlm_dot_terms_text (p, q, 2);
  dot = dlm_dot_label (f.dot);
  np = dlm_dot_label (f.norm_x);
  nq = dlm_dot_label (f.norm_y);
  c = dlm_dot_label (f.cosine);
  a = dlm_dot_label (f.angle);
  pp = dlm_dot_label (dlm_dot_of (p, p, 2));
  cf = dlm_dot_factor_text (f.cosine);
  g_ptr_array_add (lines, g_strdup_printf ("p · q = %s = <b>%s</b>", terms, dot));
  if (!isnan (f.angle))
    g_ptr_array_add (lines, g_strdup_printf ("|p| |q| cos θ = %s × %s × %s = %s", np, nq, cf, dot));
  g_ptr_array_add (lines, g_markup_escape_text (dlm_dot_sign_words (&f), -1));
  if (!isnan (f.angle))
    g_ptr_array_add (lines, g_strdup_printf (_("cosine similarity cos θ = %s, θ = %s°"), c, a));
  if (f.norm_y > 0)
    {
      proj = dlm_dot_label (f.dot / f.norm_y);
      g_ptr_array_add (lines, g_strdup_printf (_("projection of p on q: p · q / |q| = %s"), proj));
    }
  g_ptr_array_add (lines, g_strdup_printf ("p · p = |p|² = %s", pp));
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static void
draw_geometry_facts (DlmDotTopic    *self,
                     cairo_t        *cr,
                     const DlmTheme *theme,
                     DlmRect         rect)
{
  g_auto(GStrv) lines = geometry_lines (self);
  double h, y = rect.y;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; lines[i] != NULL && y + h <= rect.y + rect.height; i++)
    {
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, i == 2 ? &theme->highlight : NULL, rect.x, y,
                            DLM_ANCHOR_NORTH_WEST, rect.width, lines[i]);
      y += h * 1.7;
    }
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, rect.x, y + h * 0.5,
                        DLM_ANCHOR_NORTH_WEST, rect.width,
                        _("The arrow alongside q is p projected onto q."));
}

void
dlm_dot_render_geometry (DlmDotTopic    *self,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         DlmRect         area)
{
  double gap = dlm_theme_px (theme, 32);
  DlmRect left = area, right;

  left.width = area.width * 0.5;
  self->plane = draw_plane (self, cr, theme, left);
  right = (DlmRect) { self->plane.plot.x + self->plane.plot.width + gap, area.y + area.height * 0.12, 0,
                      area.height * 0.88 };
  right.width = area.x + area.width - right.x;
  draw_geometry_facts (self, cr, theme, right);
}
