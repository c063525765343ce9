/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-format.h"
#include "dlm-meanvar-private.h"

/* The dot view: each point and its deviation from the mean, the ±σ band,
 * and beside them the squared deviations as real squares, whose total
 * area divided by n − 1 (or n) is the variance. */

typedef struct {
  double lo, hi;
} Span;

/* The values, and x̄ ± σ, with a margin. */
static Span
natural_span (GArray           *values,
              const DlmMeanVar *stats)
{
  Span s = { stats->mean - stats->sd, stats->mean + stats->sd };
  double pad;

  s.lo = MIN (s.lo, gsl_stats_min (dlm_meanvar_values_of (values), 1, values->len));
  s.hi = MAX (s.hi, gsl_stats_max (dlm_meanvar_values_of (values), 1, values->len));
  pad = s.hi > s.lo ? (s.hi - s.lo) * 0.1 : 1;
  s.lo -= pad;
  s.hi += pad;
  return s;
}

/* With a comparison set both panels get the same height in data units, each
 * around its own values, so equal spreads look equal. */
static void
dot_spans (DlmMeanvarTopic *self,
           Span            *data_span,
           Span            *compare_span)
{
  double width, mid;

  *data_span = natural_span (self->data, &self->stats);
  if (self->drag_index >= 0 && self->drag_geometry.valid)
    {
      data_span->lo = MIN (data_span->lo, self->drag_geometry.y.min);
      data_span->hi = MAX (data_span->hi, self->drag_geometry.y.max);
    }
  if (!self->compare_valid)
    return;
  *compare_span = natural_span (self->compare, &self->compare_stats);
  width = MAX (data_span->hi - data_span->lo, compare_span->hi - compare_span->lo);
  mid = (data_span->lo + data_span->hi) / 2;
  *data_span = (Span) { mid - width / 2, mid + width / 2 };
  mid = (compare_span->lo + compare_span->hi) / 2;
  *compare_span = (Span) { mid - width / 2, mid + width / 2 };
}

static const DlmColor *
sign_color (const DlmTheme *theme,
            double          deviation)
{
  if (deviation == 0)
    return &theme->muted;
  return deviation > 0 ? &theme->series[0] : &theme->series[1];
}


/* The ±σ band behind the dots. */
static DlmColor
band_color (const DlmTheme *theme)
{
  return dlm_color_with_alpha (&theme->series[2], 0.16);
}

/* A series colour for words that may sit on the band: the shade that reads
 * at 4.5:1 on the band, which is further from the text colour than the
 * background is. */
static DlmColor
band_text_color (const DlmTheme *theme,
                 const DlmColor *color)
{
  DlmColor band = band_color (theme);
  DlmTheme on_band = *theme;

  on_band.background = dlm_color_mix (&band, &theme->background, band.alpha);
  return dlm_theme_text_color (&on_band, color);
}

/* A deviation's value beside its segment, if it fits before the next one. */
static void
label_deviation (DlmAxes          *axes,
                 cairo_t          *cr,
                 const DlmTheme   *theme,
                 guint             i,
                 double            d,
                 double            d_before,
                 const DlmMeanVar *stats)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double unit = g.plot.width / (g.x.max - g.x.min), room = 0.75 * unit, w, w_before = 0;
  g_autofree char *t = dlm_meanvar_signed_label (d);
  gboolean right;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, t, &w, NULL);
  if (w > room)
    return;
  /* right of its segment, unless that runs past the plot (the last one):
   * then left of it, if the label right of the segment before leaves room */
  right = dlm_geometry_x_to_px (&g, i + 0.18) + w <= g.plot.x + g.plot.width;
  if (!right && i > 0 && d_before != 0)
    {
      g_autofree char *before = dlm_meanvar_signed_label (d_before);

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, before, &w_before, NULL);
      if (w_before <= room && w + w_before > 0.64 * unit - dlm_theme_px (theme, 4))
        return;
    }
  {
    DlmColor color = band_text_color (theme, sign_color (theme, d));

    dlm_axes_text (axes, right ? i + 0.18 : i - 0.18, stats->mean + d / 2,
                   right ? DLM_ANCHOR_WEST : DLM_ANCHOR_EAST, &color, t);
  }
}

static void
draw_deviations (DlmAxes          *axes,
                 cairo_t          *cr,
                 const DlmTheme   *theme,
                 GArray           *values,
                 const DlmMeanVar *stats)
{
  for (guint i = 0; i < values->len; i++)
    {
      double x = dlm_meanvar_value_at (values, i), d = x - stats->mean;
      DlmStroke stroke = { sign_color (theme, d), values->len > 100 ? 0.6 : 1.4, FALSE };
      double xs[] = { i, i }, ys[] = { stats->mean, x };

      dlm_axes_line (axes, xs, ys, 2, &stroke);
      dlm_axes_points (axes, &xs[0], &x, 1, sign_color (theme, d),
                       values->len > 100 ? 2.5 : values->len > 30 ? 4 : 6.5);
      if (values->len <= LABEL_LIMIT && d != 0)
        label_deviation (axes, cr, theme, i, d, i > 0 ? dlm_meanvar_value_at (values, i - 1) - stats->mean : 0, stats);
    }
}

static char *
mean_label_text (const DlmMeanVar *stats)
{
  g_autofree char *m = dlm_meanvar_label_number (stats->mean);

  return g_strdup_printf ("x̄ = %s", m);
}

static void
draw_mean_and_band (DlmAxes          *axes,
                    const DlmTheme   *theme,
                    GArray           *values,
                    const DlmMeanVar *stats)
{
  DlmColor band = band_color (theme);
  DlmStroke mean_stroke = { &theme->foreground, 1.2, FALSE };
  DlmStroke edge = { &theme->series[2], 0.8, TRUE };
  double right = values->len - 0.5;

  dlm_axes_fill_rect (axes, -0.5, right, stats->mean - stats->sd, stats->mean + stats->sd, &band);
  dlm_axes_hline (axes, stats->mean - stats->sd, &edge);
  dlm_axes_hline (axes, stats->mean + stats->sd, &edge);
  dlm_axes_hline (axes, stats->mean, &mean_stroke);
}

/* x̄ and x̄ ± σ named in the strip right of the plot that draw_dot_panel
 * kept for them, each centred on its line; the σ lines' names give way
 * when the band is too narrow for three names. */
static void
name_mean_and_band (cairo_t               *cr,
                    const DlmTheme        *theme,
                    const DlmAxesGeometry *g,
                    const DlmMeanVar      *stats)
{
  g_autofree char *mean_label = mean_label_text (stats);
  DlmColor edge = dlm_theme_text_color (theme, &theme->series[2]);
  double x = g->plot.x + g->plot.width + dlm_theme_px (theme, 6), h;
  double y = dlm_geometry_y_to_px (g, stats->mean);
  double half_band = y - dlm_geometry_y_to_px (g, stats->mean + stats->sd);

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, mean_label, NULL, &h);
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->foreground, x, y, DLM_ANCHOR_WEST, mean_label);
  if (half_band < h * 1.2)
    return;
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &edge, x, y - half_band, DLM_ANCHOR_WEST, "x̄ + σ");
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &edge, x, y + half_band, DLM_ANCHOR_WEST, "x̄ − σ");
}

static DlmAxesGeometry
draw_dot_panel (DlmMeanvarTopic  *self,
                cairo_t          *cr,
                const DlmTheme   *theme,
                DlmRect           rect,
                GArray           *values,
                const DlmMeanVar *stats,
                Span              span,
                const char       *title)
{
  g_autofree char *mean_label = mean_label_text (stats);
  g_auto(GStrv) names = g_new0 (char *, values->len + 1);
  g_autoptr(DlmAxes) axes = NULL;
  double w1, w2, title_h;

  DlmAxesGeometry g;

  for (guint i = 0; i < values->len; i++)
    names[i] = g_strdup_printf ("%u", i + 1);
  /* the title above the axes, wrapped to the panel: an axes title is
   * centred on the plot and one line, and a long one left the panel */
  title_h = dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, rect.width, title);
  rect.y += title_h;
  rect.height -= title_h;
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, mean_label, &w1, NULL);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "x̄ + σ", &w2, NULL);
  /* the axes keep a gap of their own on the right: the names take the rest */
  rect.width -= MAX (MAX (w1, w2) + dlm_theme_px (theme, 6) - dlm_theme_px (theme, 16), 0);
  axes = dlm_axes_new (cr, theme, rect);
  /* the points sit at 0 … n − 1, named 1 … n as the course counts: whole
   * numbers, where a linear axis would tick at 2.5 */
  dlm_axes_set_categories (axes, (const char *const *) names, values->len);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, span.lo, span.hi);
  dlm_axes_set_labels (axes, _("index i"), _("value xᵢ"));
  dlm_axes_draw_frame (axes);
  draw_mean_and_band (axes, theme, values, stats);
  draw_deviations (axes, cr, theme, values, stats);
  g = dlm_axes_get_geometry (axes);
  name_mean_and_band (cr, theme, &g, stats);
  return g;
}

/* σ only when the panel has the whole width: two titles must stay short. */
static char *
panel_title (const char       *name,
             const DlmMeanVar *stats,
             gboolean          with_sd)
{
  g_autofree char *m = dlm_meanvar_label_number (stats->mean);
  g_autofree char *v = dlm_meanvar_label_number (stats->variance);
  g_autofree char *s = dlm_meanvar_label_number (stats->sd);

  if (!with_sd)
    return g_strdup_printf (_("%s: σ² = %s"), name, v);
  return g_strdup_printf (_("%s: x̄ = %s, σ² = %s, σ = %s"), name, m, v, s);
}

/* ---- squares ----------------------------------------------------------- */

/* Lays squares of the given sides out in rows, left to right, at @scale px
 * per data unit; returns the height used, and fills @pos if given. */
static double
flow_squares (const double *sides,
              guint         n,
              double        scale,
              double        width,
              double        gap,
              double       *pos)
{
  double x = 0, y = 0, row = 0;

  for (guint i = 0; i < n; i++)
    {
      double s = sides[i] * scale;

      if (x > 0 && x + s > width)
        {
          y += row + gap;
          x = row = 0;
        }
      if (pos != NULL)
        {
          pos[2 * i] = x;
          pos[2 * i + 1] = y;
        }
      x += s + gap;
      row = MAX (row, s);
    }
  return y + row;
}

/* The largest scale at which the squares fit in width × height. */
static double
fit_squares (const double *sides,
             guint         n,
             double        width,
             double        height,
             double        gap)
{
  double largest = gsl_stats_max (sides, 1, n);
  double lo = 0, hi = largest > 0 ? MIN (width, height) / largest : 1;

  for (guint k = 0; k < 40; k++)
    {
      double mid = (lo + hi) / 2;

      if (flow_squares (sides, n, mid, width, gap, NULL) <= height)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static void
draw_one_square (cairo_t        *cr,
                 const DlmTheme *theme,
                 double          x,
                 double          y,
                 double          side,
                 const DlmColor *color,
                 gboolean        dashed)
{
  DlmColor fill = dlm_color_with_alpha (color, dashed ? 0.10 : 0.28);
  double w = dlm_theme_px (theme, dashed ? 2 : 1.2);

  cairo_rectangle (cr, x, y, side, side);
  dlm_theme_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, w);
  if (dashed)
    cairo_set_dash (cr, (double[]) { 3 * w, 2 * w }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* The area written inside a square, when it fits. */
static void
label_square (cairo_t        *cr,
              const DlmTheme *theme,
              double          x,
              double          y,
              double          side,
              double          area,
              gboolean        average)
{
  g_autofree char *t = dlm_meanvar_label_number (area);
  g_autofree char *markup = average ? g_strdup_printf ("σ² = %s", t) : g_strdup (t);
  double w, h;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, markup, &w, &h);
  if (w > side * 0.9 && average)
    {
      g_free (markup);
      markup = g_strdup ("σ²");
      dlm_text_size (cr, theme, DLM_TEXT_SMALL, markup, &w, &h);
    }
  if (w <= side * 0.9 && h <= side * 0.9)
    dlm_text_draw (cr, theme, DLM_TEXT_SMALL, NULL, x + side / 2, y + side / 2, DLM_ANCHOR_CENTER, markup);
}

/* Where square i goes in a single row: each takes its side, or the width
 * of its index below it if that is wider. Returns the row's width and
 * fills @x if given. */
static double
row_of_squares (const double *sides,
                const double *names,
                guint         n,
                double        scale,
                double        gap,
                double       *x)
{
  double at = 0;

  for (guint i = 0; i < n; i++)
    {
      double slot = MAX (sides[i] * scale, names[i]);

      if (x != NULL)
        x[i] = at + (slot - sides[i] * scale) / 2;
      at += slot + gap * (i + 1 == n - 1 ? 2 : 1);
    }
  return at - gap;
}

/* A few squared deviations: one row on a common base line, in the order
 * of the points, each named by its index i below it as on the dot plot's
 * axis, then the square of area σ². Wrapping them into rows would lose
 * the order that ties each square to its point. Returns the height used. */
static double
draw_square_row (DlmMeanvarTopic *self,
                 cairo_t         *cr,
                 const DlmTheme  *theme,
                 DlmRect          rect,
                 const double    *sides)
{
  guint n = self->data->len;
  g_autofree double *names = g_new0 (double, n + 1);
  g_autofree double *x = g_new (double, n + 1);
  double gap = dlm_theme_px (theme, 6), name_h, largest = gsl_stats_max (sides, 1, n + 1);
  double lo = 0, hi, scale, base;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &name_h);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i + 1);
      dlm_text_size (cr, theme, DLM_TEXT_SMALL, name, &names[i], NULL);
    }
  /* the largest scale at which the row fits the width and the height */
  hi = largest > 0 ? (rect.height - name_h - gap) / largest : 1;
  for (guint k = 0; k < 40; k++)
    {
      double mid = (lo + hi) / 2;

      if (row_of_squares (sides, names, n + 1, mid, gap, NULL) <= rect.width)
        lo = mid;
      else
        hi = mid;
    }
  scale = lo;
  row_of_squares (sides, names, n + 1, scale, gap, x);
  base = rect.y + largest * scale;
  for (guint i = 0; i <= n; i++)
    {
      double d = i < n ? dlm_meanvar_value_at (self->data, i) - self->stats.mean : 0;
      double side = sides[i] * scale;

      draw_one_square (cr, theme, rect.x + x[i], base - side, side,
                       i < n ? sign_color (theme, d) : &theme->foreground, i == n);
      label_square (cr, theme, rect.x + x[i], base - side, side,
                    i < n ? d * d : self->stats.variance, i == n);
      if (i < n)
        {
          g_autofree char *name = g_strdup_printf ("%u", i + 1);
          dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, rect.x + x[i] + side / 2,
                         base + gap, DLM_ANCHOR_NORTH, name);
        }
    }
  return largest * scale + gap + name_h;
}

/* Every squared deviation as a real square, then the square of area σ² —
 * the average the variance stands for. Many squares flow in rows, aligned
 * on a common top edge per row. */
static double
draw_squares (DlmMeanvarTopic *self,
              cairo_t         *cr,
              const DlmTheme  *theme,
              DlmRect          rect)
{
  guint n = self->data->len;
  g_autofree double *sides = g_new (double, n + 1);
  g_autofree double *pos = g_new (double, 2 * (n + 1));
  double gap = dlm_theme_px (theme, n > 100 ? 1 : 6), scale;

  for (guint i = 0; i < n; i++)
    sides[i] = fabs (dlm_meanvar_value_at (self->data, i) - self->stats.mean);
  sides[n] = self->stats.sd;
  if (n <= LABEL_LIMIT)
    return draw_square_row (self, cr, theme, rect, sides);
  scale = fit_squares (sides, n + 1, rect.width, rect.height, gap);
  flow_squares (sides, n + 1, scale, rect.width, gap, pos);

  cairo_save (cr);
  for (guint i = 0; i <= n; i++)
    {
      double d = i < n ? dlm_meanvar_value_at (self->data, i) - self->stats.mean : 0;
      double x = rect.x + pos[2 * i] + (i == n ? gap : 0), y = rect.y + pos[2 * i + 1];
      double side = sides[i] * scale;

      draw_one_square (cr, theme, x, y, side, i < n ? sign_color (theme, d) : &theme->foreground, i == n);
    }
  cairo_restore (cr);
  return flow_squares (sides, n + 1, scale, rect.width, gap, NULL);
}

/* The mean absolute deviation both ways: by n, as it is usually defined,
 * and by n − 1, as the course's slide writes it. */
static void
add_mad_lines (GPtrArray        *lines,
               const DlmMeanVar *s)
{
  g_autofree char *sum = dlm_meanvar_label_number (s->sum_abs);
  g_autofree char *mad = dlm_meanvar_label_number (s->mad);
  g_autofree char *mad1 = NULL;

  /* Translators: the sum of absolute deviations, n, and their quotient */
  g_ptr_array_add (lines, g_strdup_printf (_("Mean absolute deviation Σ|xᵢ − x̄| / n = %s / %u = %s"),
                                           sum, s->n, mad));
  if (s->n < 2)
    return;
  mad1 = dlm_meanvar_label_number (s->mad_n1);
  /* Translators: the same sum, n − 1, and their quotient */
  g_ptr_array_add (lines, g_strdup_printf (_("The course’s slide divides by n − 1: %s / %u = %s"),
                                           sum, s->n - 1, mad1));
}

static char **
fact_lines (DlmMeanvarTopic *self)
{
  const DlmMeanVar *s = &self->stats;
  g_autofree char *ss = dlm_meanvar_label_number (s->sum_squares);
  g_autofree char *v = dlm_meanvar_label_number (s->variance);
  g_autofree char *sd = dlm_meanvar_label_number (s->sd);
  GPtrArray *lines = g_ptr_array_new ();

  g_ptr_array_add (lines, g_strdup_printf (_("Total area Σ(xᵢ − x̄)² = %s"), ss));
  g_ptr_array_add (lines, g_strdup_printf (_("σ² = %s / %s = %s / %u = %s"), ss,
                                           dlm_meanvar_divisor_term (self), ss, s->n - s->ddof, v));
  g_ptr_array_add (lines, g_strdup_printf ("σ = √σ² = %s", sd));
  g_ptr_array_add (lines, g_strdup (s->sum_deviations == 0 ? _("Σ(xᵢ − x̄) = 0: deviations cancel")
                                                              : _("Σ(xᵢ − x̄) ≈ 0: deviations cancel")));
  add_mad_lines (lines, s);
  if (self->compare_valid)
    {
      g_autofree char *cv = dlm_meanvar_label_number (self->compare_stats.variance);
      gboolean same = fabs (self->compare_stats.variance - s->variance) <=
                      1e-9 * MAX (1, fabs (s->variance));

      g_ptr_array_add (lines, same
        ? g_strdup_printf (_("Compared set: σ² = %s, the same"), cv)
        : g_strdup_printf (_("Compared set: σ² = %s, different"), cv));
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

/* Returns the y below the last line drawn. */
static double
draw_facts (DlmMeanvarTopic *self,
            cairo_t         *cr,
            const DlmTheme  *theme,
            DlmRect          rect)
{
  g_auto(GStrv) lines = fact_lines (self);
  double y = rect.y, h;

  /* wrapped, not shrunk: a long line stays readable on a projector */
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *bold = i == 1 ? g_strdup_printf ("<b>%s</b>", lines[i]) : NULL;
      const char *text = i == 1 ? bold : lines[i];
      double height = dlm_text_wrapped_height (cr, theme, DLM_TEXT_BODY, text, rect.width);

      if (y + height > rect.y + rect.height)
        break;
      /* the variance itself in bold: the highlight colour is too pale for words */
      dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, y, rect.width, text);
      y += height + h * 0.5;
    }
  return y;
}

/* Why the deviations are squared: added as they are, those above the mean
 * and those below it cancel, whatever the spread. Two bars, the sum above
 * x̄ and the sum below, equal and opposite. */
static void
draw_cancel (DlmMeanvarTopic *self,
             cairo_t         *cr,
             const DlmTheme  *theme,
             DlmRect          rect)
{
  double sums[2] = { 0, 0 }, title_h, top;
  const char *names[] = { _("above x̄"), _("below x̄") };
  g_autofree char *up = NULL, *title = NULL;
  g_autoptr(DlmAxes) axes = NULL;

  for (guint i = 0; i < self->data->len; i++)
    {
      double d = dlm_meanvar_value_at (self->data, i) - self->stats.mean;

      sums[d > 0 ? 0 : 1] += d;
    }
  /* the two sums are equal and opposite (Σ(xᵢ − x̄) = 0): one number names both */
  up = dlm_meanvar_label_number (sums[0]);
  title = g_strdup_printf (_("Deviations added as they are cancel: +%s and −%s"), up, up);
  title_h = dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, rect.width, title);
  rect.y += title_h;
  rect.height -= title_h;
  top = MAX (sums[0], -sums[1]);
  axes = dlm_axes_new (cr, theme, rect);
  dlm_axes_set_categories (axes, names, 2);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, -top * 1.15, top * 1.15);
  dlm_axes_set_labels (axes, NULL, _("sum of xᵢ − x̄"));
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, sums, 1, 0, 1, &theme->series[0], DLM_DIGITS_NONE);
  dlm_axes_bars (axes, (double[]) { 0, sums[1] }, 2, 0, 1, &theme->series[1], DLM_DIGITS_NONE);
}

static void
draw_square_column (DlmMeanvarTopic *self,
                    cairo_t         *cr,
                    const DlmTheme  *theme,
                    DlmRect          rect)
{
  double h, title_h, below, gap = dlm_theme_px (theme, 12);
  g_autofree char *title = g_strdup_printf (_("<b>Squared deviations</b>; dashed: area / %s"),
                                            dlm_meanvar_divisor_term (self));
  DlmRect squares, facts;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  title_h = dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, rect.width, title);
  squares = (DlmRect) { rect.x, rect.y + title_h + h * 0.6, rect.width,
                        (rect.height - title_h - h * 0.6) * 0.5 };
  squares.height = draw_squares (self, cr, theme, squares);
  facts = (DlmRect) { rect.x, squares.y + squares.height + gap + h * 0.4, rect.width, 0 };
  facts.height = rect.y + rect.height - facts.y;
  below = draw_facts (self, cr, theme, facts) + h;
  /* the rest of the column, when there is room for a readable plot */
  if (self->data->len > 1 && self->stats.sd > 0 && rect.y + rect.height - below >= 12 * h)
    draw_cancel (self, cr, theme, (DlmRect) { rect.x, below, MIN (rect.width, dlm_theme_px (theme, 420)),
                                              rect.y + rect.height - below });
}

static void
render_dots (DlmMeanvarTopic *self,
             cairo_t         *cr,
             const DlmTheme  *theme,
             DlmRect          area)
{
  double gap = dlm_theme_px (theme, 36);
  DlmRect left = area, right;
  Span span, compare_span;
  g_autofree char *t1 = panel_title (_("data"), &self->stats, !self->compare_valid);

  left.width = area.width * (self->compare_valid ? 0.62 : 0.55);
  right = (DlmRect) { area.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  dot_spans (self, &span, &compare_span);
  if (self->compare_valid)
    {
      g_autofree char *t2 = panel_title (_("compared"), &self->compare_stats, FALSE);
      double inner = dlm_theme_px (theme, 16);

      self->panels[0] = draw_dot_panel (self, cr, theme, dlm_rect_column (left, 2, 0, inner),
                                        self->data, &self->stats, span, t1);
      self->panels[1] = draw_dot_panel (self, cr, theme, dlm_rect_column (left, 2, 1, inner),
                                        self->compare, &self->compare_stats, compare_span, t2);
    }
  else
    self->panels[0] = draw_dot_panel (self, cr, theme, left, self->data, &self->stats, span, t1);
  draw_square_column (self, cr, theme, right);
}

/* ---- words and data ------------------------------------------------------ */

static char *
describe_dots (DlmMeanvarTopic *self)
{
  const DlmMeanVar *s = &self->stats;
  g_autofree char *m = dlm_meanvar_label_number (s->mean), *v = dlm_meanvar_label_number (s->variance);
  g_autofree char *sd = dlm_meanvar_label_number (s->sd), *mad = dlm_meanvar_label_number (s->mad);
  g_autofree char *ss = dlm_meanvar_label_number (s->sum_squares);
  g_autofree char *mad1 = s->n > 1 ? dlm_meanvar_label_number (s->mad_n1) : NULL;
  g_autofree char *text = g_strdup_printf (
    _("%u values plotted by position with their mean %s as a line. Each value’s distance "
      "from the mean is drawn, and its square as a square: the squares add up to %s, and "
      "dividing by %s (%u) gives the variance %s. The standard deviation %s is shaded "
      "either side of the mean; the mean absolute deviation is %s. The signed distances "
      "add up to 0."),
    s->n, m, ss, dlm_meanvar_divisor_name (self), s->n - s->ddof, v, sd, mad);

  if (mad1 != NULL)
    {
      g_autofree char *with = g_strdup_printf (_("%s Dividing the absolute distances by n − 1, as the "
                                                 "course’s slide does, gives %s instead."), text, mad1);
      g_free (text);
      text = g_steal_pointer (&with);
    }
  if (self->compare_valid)
    {
      g_autofree char *cm = dlm_meanvar_label_number (self->compare_stats.mean);
      g_autofree char *cv = dlm_meanvar_label_number (self->compare_stats.variance);
      return g_strdup_printf (_("%s Beside it, the compared set of %u values has mean %s and variance %s."),
                              text, self->compare_stats.n, cm, cv);
    }
  return g_steal_pointer (&text);
}

static char *
formula_dots (DlmMeanvarTopic *self)
{
  const DlmMeanVar *s = &self->stats;
  g_autofree char *ss = dlm_meanvar_label_number (s->sum_squares);
  g_autofree char *v = dlm_meanvar_label_number (s->variance);

  return g_strdup_printf ("σ<sup>2</sup> = Σ (x<sub>i</sub> − x̄)<sup>2</sup> / %s = %s / %u = %s",
                          dlm_meanvar_divisor_term (self), ss, s->n - s->ddof, v);
}

static char *
explanation_dots (DlmMeanvarTopic *self)
{
  g_autofree char *mad = dlm_meanvar_label_number (self->stats.mad);
  g_autofree char *mad1 = self->stats.n > 1 ? dlm_meanvar_label_number (self->stats.mad_n1) : NULL;
  g_autofree char *first = g_strdup_printf (
    _("The mean is the balance point of the data. Variance squares each distance from the mean, "
      "adds the squares and divides by %s; unsquared, the distances would cancel to 0. The mean "
      "absolute deviation averages |xᵢ − x̄| over n instead: %s here."),
    dlm_meanvar_divisor_name (self), mad);

  if (mad1 == NULL)
    return g_steal_pointer (&first);
  /* Short enough for the lines every topic's card keeps. */
  return g_strdup_printf (_("%s The course’s slide divides by n − 1 instead (%s), as the sample "
                            "variance does to make up for measuring from x̄, not the true mean."),
                          first, mad1);
}

static void
append_rows (GString          *out,
             GArray           *values,
             const DlmMeanVar *stats,
             const char       *set)
{
  for (guint i = 0; i < values->len; i++)
    {
      double x = dlm_meanvar_value_at (values, i), d = x - stats->mean;

      g_string_append_printf (out, "%u,%u,", i, i + 1);
      dlm_format_number (out, x);
      g_string_append_c (out, ',');
      dlm_format_number (out, d);
      g_string_append_c (out, ',');
      dlm_format_number (out, d * d);
      g_string_append_printf (out, ",%s\n", set);
    }
}

/* Each point drawn, the data's and then the compared set's: its NumPy
 * index, its position i as the axis names it, its deviation and square. */
static void
write_csv_dots (DlmMeanvarTopic *self,
                GString         *out)
{
  g_string_append (out, "index,i,x,deviation,squared_deviation,set\n");
  append_rows (out, self->data, &self->stats, "data");
  if (self->compare_valid)
    append_rows (out, self->compare, &self->compare_stats, "compare");
}

static void
write_summary_dots (DlmMeanvarTopic *self,
                    GString         *out)
{
  dlm_meanvar_add_spread (out, "", &self->stats);
  dlm_summary_add_number (out, "ddof", self->ddof);
  if (self->compare_valid)
    dlm_meanvar_add_spread (out, "compare_", &self->compare_stats);
}

/* ---- pointer ------------------------------------------------------------- */

static gboolean
probe_dots (DlmMeanvarTopic *self,
            double           x,
            double           y,
            DlmProbe        *probe)
{
  gboolean second = dlm_geometry_contains (&self->panels[1], x, y);
  const DlmAxesGeometry *g = &self->panels[second ? 1 : 0];
  GArray *values = second ? self->compare : self->data;
  const DlmMeanVar *s = second ? &self->compare_stats : &self->stats;
  int i = dlm_meanvar_nearest_index (g, values, x);
  double v, d;
  g_autofree char *vt = NULL, *dt = NULL, *st = NULL;

  if (i < 0)
    return FALSE;
  v = dlm_meanvar_value_at (values, i);
  d = v - s->mean;
  vt = dlm_meanvar_label_number (v);
  dt = dlm_meanvar_signed_label (d);
  st = dlm_meanvar_label_number (d * d);
  probe->x = dlm_geometry_x_to_px (g, i);
  probe->y = dlm_geometry_y_to_px (g, v);
  probe->text = g_strdup_printf (_("x%d = %s, deviation %s, squared %s"), i + 1, vt, dt, st);
  return TRUE;
}

/* The cursor visits the data points with their deviations, then the
 * comparison set's as a second row. */
static guint
count_points_dots (DlmMeanvarTopic *self,
                   guint           *row_length)
{
  guint n = self->data->len;

  *row_length = n;
  if (self->compare != NULL && self->panels[1].valid)
    return n + self->compare->len;
  return n;
}

static gboolean
get_point_dots (DlmMeanvarTopic *self,
                guint            index,
                DlmProbe        *point)
{
  gboolean second = index >= self->data->len;
  const DlmAxesGeometry *g = &self->panels[second ? 1 : 0];
  guint i = second ? index - self->data->len : index;

  return probe_dots (self, dlm_geometry_x_to_px (g, i), g->plot.y + g->plot.height / 2, point);
}

const DlmMeanvarViewClass dlm_meanvar_dots_view = {
  .title = N_("Variance: the average squared distance from the mean"),
  .render = render_dots,
  .describe = describe_dots,
  .formula = formula_dots,
  .explanation = explanation_dots,
  .write_csv = write_csv_dots,
  .write_summary = write_summary_dots,
  .probe = probe_dots,
  .count_points = count_points_dots,
  .get_point = get_point_dots,
};
