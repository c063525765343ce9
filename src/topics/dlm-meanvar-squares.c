/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-meanvar-private.h"

/* The "why squares" view: how far the data are from a center c, added up
 * two ways, as functions of c. Σ(xᵢ − c)² is a parabola whose lowest point
 * is the mean (its slope −2 Σ(xᵢ − c) is 0 where the deviations cancel);
 * Σ|xᵢ − c| is straight between data values, its slope rising by 2 at each
 * one, so it is lowest where as many values lie below c as above: at the
 * median, and for an even n all along the stretch between the two middle
 * values. The mean, the median and the mode are marked on both. */

/* Dots of equal values stack up to this many high below the curve. */
#define MAX_STACK 5

typedef struct {
  double lo, hi;
} Range;

/* The centers shown: the data's range with a margin. */
static Range
center_range (DlmMeanvarTopic *self)
{
  const double *x = dlm_meanvar_values_of (self->data);
  double lo = gsl_stats_min (x, 1, self->data->len), hi = gsl_stats_max (x, 1, self->data->len);
  double pad = hi > lo ? (hi - lo) * 0.12 : 1;

  return (Range) { lo - pad, hi + pad };
}

/* Where the curves are sampled for the CSV and the keyboard: the axis's
 * range in 100 steps. */
static double
sample_c (DlmMeanvarTopic *self,
          guint            k)
{
  Range r = center_range (self);

  return r.lo + (r.hi - r.lo) * k / (DLM_TOPIC_CURVE_SAMPLES - 1);
}

static double
sum_abs_at (DlmMeanvarTopic *self,
            double           c)
{
  return dlm_meanvar_sum_abs_at (dlm_meanvar_values_of (self->data), self->data->len, c);
}

static double
sum_sq_at (DlmMeanvarTopic *self,
           double           c)
{
  return dlm_meanvar_sum_sq_at (dlm_meanvar_values_of (self->data), self->data->len, c);
}

static double
sum_sq_func (double   c,
             gpointer data)
{
  return sum_sq_at (data, c);
}

/* The smallest Σ|xᵢ − c|, reached at the median. */
static double
min_sum_abs (DlmMeanvarTopic *self)
{
  return sum_abs_at (self, self->median.median);
}

/* ---- the figure ----------------------------------------------------------- */

typedef struct {
  DlmRect     rect;
  double      y_lo, y_hi;
  const char *y_label;         /* NULL: no y axis */
  const char *x_label;
} Panel;

static DlmAxes *
frame_panel (cairo_t        *cr,
             const DlmTheme *theme,
             const Panel    *p,
             Range           c)
{
  DlmAxes *axes = dlm_axes_new (cr, theme, p->rect);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, c.lo, c.hi);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, p->y_lo, p->y_hi);
  dlm_axes_set_labels (axes, p->x_label, p->y_label);
  if (p->y_label == NULL)
    dlm_axes_hide_y (axes);
  dlm_axes_draw_frame (axes);
  return axes;
}

/* The panels share their c axis, so their plots must start at the same x
 * whatever their tick labels: each is laid out once on a recording
 * surface, and those with narrower labels move right. */
static void
align_panels (const DlmTheme *theme,
              Panel          *panels,
              guint           n,
              Range           c)
{
  cairo_surface_t *scratch = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (scratch);
  double left[3], most = 0;

  g_assert (n <= G_N_ELEMENTS (left));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlmAxes) axes = frame_panel (cr, theme, &panels[i], c);

      left[i] = dlm_axes_get_geometry (axes).plot.x;
      most = MAX (most, left[i]);
    }
  for (guint i = 0; i < n; i++)
    {
      panels[i].rect.x += most - left[i];
      panels[i].rect.width -= most - left[i];
    }
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
}

typedef struct {
  double          c;
  const char     *name;
  const DlmColor *color;
  gboolean        dashed;
  gboolean        named;     /* FALSE: a mode after the first, drawn without a name */
} Marker;

/* The mean, the median and the modes (when some value repeats), left to
 * right as they lie. Returns how many were filled. */
static guint
collect_markers (DlmMeanvarTopic *self,
                 const DlmTheme  *theme,
                 Marker          *markers,
                 guint            size)
{
  guint n = 0;

  markers[n++] = (Marker) { self->stats.mean, _("mean"), &theme->series[0], FALSE, TRUE };
  markers[n++] = (Marker) { self->median.median, _("median"), &theme->series[1], FALSE, TRUE };
  for (guint i = 0; self->mode_count > 1 && i < self->modes->len && n < size; i++)
    markers[n++] = (Marker) { dlm_meanvar_value_at (self->modes, i), _("mode"), &theme->series[2], TRUE, i == 0 };
  return n;
}

static void
draw_marker_lines (DlmAxes      *axes,
                   const Marker *markers,
                   guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      DlmStroke stroke = { markers[i].color, 1.1, markers[i].dashed };

      dlm_axes_vline (axes, markers[i].c, &stroke);
    }
}

/* The markers' names along the top of the plot, each just right of its
 * line (left of it near the plot's right edge); a name that would touch
 * one already placed goes a line lower, and one that finds no room on
 * two lines is left out, as are the second and later modes' (the facts
 * name them all, in the lines' colors). */
/* Whether a line of @markers other than @self crosses px @from to @to. */
static gboolean
crosses_line (const DlmAxesGeometry *g,
              const Marker          *markers,
              guint                  n,
              guint                  self,
              double                 from,
              double                 to)
{
  for (guint i = 0; i < n; i++)
    {
      double x = dlm_geometry_x_to_px (g, markers[i].c);

      if (i != self && x >= from && x <= to)
        return TRUE;
    }
  return FALSE;
}

/* Right of the line, unless that runs past the plot or across another
 * line and the left side does not. */
static double
name_left_edge (const DlmAxesGeometry *g,
                const Marker          *markers,
                guint                  n,
                guint                  k,
                double                 w,
                double                 pad)
{
  double x = dlm_geometry_x_to_px (g, markers[k].c);
  double right = x + pad, left = x - pad - w;
  gboolean right_ok = right + w <= g->plot.x + g->plot.width &&
                      !crosses_line (g, markers, n, k, right, right + w);
  gboolean left_ok = left >= g->plot.x && !crosses_line (g, markers, n, k, left, left + w);

  return right_ok || !left_ok ? (right + w <= g->plot.x + g->plot.width ? right : left) : left;
}

static void
name_markers (cairo_t               *cr,
              const DlmTheme        *theme,
              const DlmAxesGeometry *g,
              const Marker          *markers,
              guint                  n)
{
  double h, pad = dlm_theme_px (theme, 4);
  g_autofree double *placed = g_new (double, 3 * n);   /* left, right, row of each name drawn */
  guint n_placed = 0;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Xg", NULL, &h);
  for (guint k = 0; k < n; k++)
    {
      if (!markers[k].named)
        continue;
      DlmColor color = dlm_theme_text_color (theme, markers[k].color);
      double w, left;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, markers[k].name, &w, NULL);
      left = name_left_edge (g, markers, n, k, w, pad);
      for (guint row = 0; row < 2; row++)
        {
          gboolean free_row = TRUE;

          for (guint j = 0; j < n_placed && free_row; j++)
            free_row = placed[3 * j + 2] != row ||
                       left > placed[3 * j + 1] + pad || left + w < placed[3 * j] - pad;
          if (!free_row)
            continue;
          dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &color, left, g->plot.y + pad + row * h * 1.1,
                         DLM_ANCHOR_NORTH_WEST, markers[k].name);
          placed[3 * n_placed] = left;
          placed[3 * n_placed + 1] = left + w;
          placed[3 * n_placed + 2] = row;
          n_placed++;
          break;
        }
    }
}

static void
draw_squares_panel (DlmMeanvarTopic *self,
                    cairo_t         *cr,
                    const DlmTheme  *theme,
                    const Panel     *p,
                    Range            c,
                    const Marker    *markers,
                    guint            n_markers)
{
  g_autoptr(DlmAxes) axes = frame_panel (cr, theme, p, c);
  DlmStroke curve = { &theme->foreground, 1.6, FALSE };
  double m = self->stats.mean, ss = self->stats.sum_squares;
  DlmAxesGeometry g;

  draw_marker_lines (axes, markers, n_markers);
  dlm_axes_function (axes, sum_sq_func, self, &curve);
  dlm_axes_points (axes, &m, &ss, 1, &theme->series[0], 6);
  g = dlm_axes_get_geometry (axes);
  name_markers (cr, theme, &g, markers, n_markers);
  self->panels[0] = g;
}

static void
draw_abs_panel (DlmMeanvarTopic *self,
                cairo_t         *cr,
                const DlmTheme  *theme,
                const Panel     *p,
                Range            c,
                const Marker    *markers,
                guint            n_markers)
{
  g_autoptr(DlmAxes) axes = frame_panel (cr, theme, p, c);
  guint n = self->data->len;
  g_autofree double *xs = g_new (double, n + 2);
  g_autofree double *ys = g_new (double, n + 2);
  DlmStroke curve = { &theme->foreground, 1.6, FALSE }, flat = { &theme->series[1], 4, FALSE };
  double low = self->median.low, high = self->median.high, least = min_sum_abs (self);
  double med = self->median.median;

  /* straight between data values: the ends and every value are its corners */
  xs[0] = c.lo;
  memcpy (xs + 1, dlm_meanvar_values_of (self->data), n * sizeof (double));
  gsl_sort (xs + 1, 1, n);
  xs[n + 1] = c.hi;
  for (guint i = 0; i < n + 2; i++)
    ys[i] = sum_abs_at (self, xs[i]);
  draw_marker_lines (axes, markers, n_markers);
  dlm_axes_line (axes, xs, ys, n + 2, &curve);
  if (high > low)
    dlm_axes_line (axes, (double[]) { low, high }, (double[]) { least, least }, 2, &flat);
  dlm_axes_points (axes, &med, &least, 1, &theme->series[1], 6);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

/* How many dots high the data's strip is: equal values stack. */
static guint
stack_levels (DlmMeanvarTopic *self)
{
  return CLAMP (self->mode_count, 1, MAX_STACK);
}

/* The data as a dot plot, equal values stacked, so the mode stands out. */
static void
draw_data_strip (DlmMeanvarTopic *self,
                 cairo_t         *cr,
                 const DlmTheme  *theme,
                 const Panel     *p,
                 Range            c,
                 const Marker    *markers,
                 guint            n_markers)
{
  g_autoptr(DlmAxes) axes = frame_panel (cr, theme, p, c);
  guint n = self->data->len, level = 0;
  g_autofree double *x = g_memdup2 (dlm_meanvar_values_of (self->data), n * sizeof (double));
  g_autofree double *y = g_new (double, n);

  gsl_sort (x, 1, n);
  for (guint i = 0; i < n; i++)
    {
      level = i > 0 && x[i] == x[i - 1] ? level + 1 : 0;
      y[i] = MIN (level, MAX_STACK - 1) + 0.5;
    }
  draw_marker_lines (axes, markers, n_markers);
  dlm_axes_points (axes, x, y, n, &theme->foreground, n > 100 ? 2 : n > 30 ? 3 : 4.5);
}

/* ---- the facts beside the curves ---------------------------------------- */

static char *
abs_minimum_words (DlmMeanvarTopic *self)
{
  g_autofree char *least = dlm_meanvar_label_number (min_sum_abs (self));
  g_autofree char *med = dlm_meanvar_label_number (self->median.median);
  g_autofree char *low = NULL, *high = NULL;

  if (self->median.high == self->median.low)
    /* Translators: the smallest sum and where it is reached */
    return g_strdup_printf (_("Σ|xᵢ − c| is least, %s, at the median %s, the middle value."), least, med);
  low = dlm_meanvar_label_number (self->median.low);
  high = dlm_meanvar_label_number (self->median.high);
  /* Translators: the smallest sum, the two middle values, the median */
  return g_strdup_printf (_("Σ|xᵢ − c| is least, %s, for every c from %s to %s, the two middle values: "
                            "flat in between. The median %s is its midpoint."), least, low, high, med);
}

static char **
fact_lines (DlmMeanvarTopic *self)
{
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *ss = dlm_meanvar_label_number (self->stats.sum_squares);
  g_autofree char *mode = dlm_meanvar_mode_words (self);
  g_autofree char *first = g_utf8_substring (mode, 0, 1), *upper = g_utf8_strup (first, -1);
  GPtrArray *lines = g_ptr_array_new ();

  g_ptr_array_add (lines, g_strdup (_("<b>Which center c is nearest to all the data?</b>")));
  /* Translators: the smallest sum of squares and the mean where it is reached */
  g_ptr_array_add (lines, g_strdup_printf (_("Σ(xᵢ − c)² is least, %s, at the mean x̄ = %s."), ss, m));
  g_ptr_array_add (lines, abs_minimum_words (self));
  /* the words about the mode, as a sentence of their own */
  g_ptr_array_add (lines, g_strdup_printf ("%s%s.", upper, g_utf8_offset_to_pointer (mode, 1)));
  g_ptr_array_add (lines, g_strdup (_("Squares make one smooth curve with a single lowest point, and "
                                      "weigh far values more; absolute values let an outlier pull less.")));
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

/* The facts, in the colours of the lines they name; those that do not fit
 * the height are left out, last first. */
static void
draw_facts (DlmMeanvarTopic *self,
            cairo_t         *cr,
            const DlmTheme  *theme,
            DlmRect          rect)
{
  g_auto(GStrv) lines = fact_lines (self);
  const DlmColor *colors[] = { NULL, &theme->series[0], &theme->series[1], &theme->series[2], NULL };
  double y = rect.y, h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double height = dlm_text_wrapped_height (cr, theme, DLM_TEXT_BODY, lines[i], rect.width);
      DlmColor color = colors[i] != NULL ? dlm_theme_text_color (theme, colors[i]) : theme->foreground;

      if (y + height > rect.y + rect.height)
        break;
      dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, &color, rect.x, y, rect.width, lines[i]);
      y += height + h * 0.5;
    }
}

/* Three panels on one c axis: Σ(xᵢ − c)², Σ|xᵢ − c| and a strip with the
 * data, as tall as its highest stack; the facts to the right. */
static void
render_squares (DlmMeanvarTopic *self,
                cairo_t         *cr,
                const DlmTheme  *theme,
                DlmRect          area)
{
  Range c = center_range (self);
  double gap = dlm_theme_px (theme, 36), inner = dlm_theme_px (theme, 12), label_h, strip_h;
  double top_sq = MAX (sum_sq_at (self, c.lo), sum_sq_at (self, c.hi));
  double top_abs = MAX (sum_abs_at (self, c.lo), sum_abs_at (self, c.hi));
  DlmRect left = area, right, curves;
  Panel panels[3];
  Marker markers[8];
  guint n_markers = collect_markers (self, theme, markers, G_N_ELEMENTS (markers));

  left.width = area.width * 0.62;
  right = (DlmRect) { area.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &label_h);
  strip_h = stack_levels (self) * dlm_theme_px (theme, 10) + 3.5 * label_h + dlm_theme_px (theme, 20);
  curves = (DlmRect) { left.x, left.y, left.width, left.height - strip_h - inner };
  panels[0] = (Panel) { dlm_rect_row (curves, 2, 0, inner), -0.03 * top_sq, top_sq * 1.05, "Σ(xᵢ − c)²", NULL };
  panels[1] = (Panel) { dlm_rect_row (curves, 2, 1, inner), -0.03 * top_abs, top_abs * 1.05, "Σ|xᵢ − c|", NULL };
  panels[2] = (Panel) { { left.x, left.y + left.height - strip_h, left.width, strip_h },
                        0, stack_levels (self), NULL, _("center c") };
  align_panels (theme, panels, 3, c);
  draw_squares_panel (self, cr, theme, &panels[0], c, markers, n_markers);
  draw_abs_panel (self, cr, theme, &panels[1], c, markers, n_markers);
  draw_data_strip (self, cr, theme, &panels[2], c, markers, n_markers);
  draw_facts (self, cr, theme, right);
}

/* ---- words and data ------------------------------------------------------ */

static char *
describe_squares (DlmMeanvarTopic *self)
{
  Range c = center_range (self);
  g_autofree char *lo = dlm_meanvar_label_number (c.lo), *hi = dlm_meanvar_label_number (c.hi);
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *ss = dlm_meanvar_label_number (self->stats.sum_squares);
  g_autofree char *abs_words = abs_minimum_words (self);
  g_autofree char *mode = dlm_meanvar_mode_words (self);

  return g_strdup_printf (_("Two curves over the center c from %s to %s. Above, the sum of squared "
                            "distances Σ(xᵢ − c)², a parabola lowest at the mean %s, where it is %s. "
                            "Below, the sum of absolute distances, straight between the data values "
                            "and bent at each: %s The data’s %u values are stacked in a dot plot "
                            "below; %s. Lines mark the mean, the median and any mode."),
                          lo, hi, m, ss, abs_words, self->data->len, mode);
}

static char *
formula_squares (DlmMeanvarTopic *self)
{
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *med = dlm_meanvar_label_number (self->median.median);
  g_autofree char *where = NULL;

  if (self->median.high > self->median.low)
    {
      g_autofree char *low = dlm_meanvar_label_number (self->median.low);
      g_autofree char *high = dlm_meanvar_label_number (self->median.high);

      where = g_strdup_printf ("[%s, %s] ∋ x̃ = %s", low, high, med);
    }
  else
    where = g_strdup_printf ("x̃ = %s", med);
  return g_strdup_printf ("argmin<sub>c</sub> Σ(x<sub>i</sub> − c)<sup>2</sup> = x̄ = %s,   "
                          "argmin<sub>c</sub> Σ|x<sub>i</sub> − c| = %s", m, where);
}

static char *
explanation_squares (DlmMeanvarTopic *self)
{
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *med = dlm_meanvar_label_number (self->median.median);

  return g_strdup_printf (_("Why square the deviations? The slope of Σ(xᵢ − c)² is −2 Σ(xᵢ − c), "
                            "which is 0 only where the deviations cancel: at the mean, %s here. So "
                            "the mean is the center that makes the squared distances smallest, and "
                            "the variance is that smallest sum, divided. The absolute distances are "
                            "smallest where as many values lie below c as above: at the median, %s. "
                            "Squares give a smooth curve with one lowest point, which is easy to "
                            "optimize; absolute values are more robust to outliers."), m, med);
}

/* Both sums at the centers the keyboard cursor visits. */
static void
write_csv_squares (DlmMeanvarTopic *self,
                   GString         *out)
{
  g_string_append (out, "index,c,sum_abs,sum_sq\n");
  for (guint k = 0; k < DLM_TOPIC_CURVE_SAMPLES; k++)
    {
      double c = sample_c (self, k);

      g_string_append_printf (out, "%u,", k);
      dlm_format_number (out, c);
      g_string_append_c (out, ',');
      dlm_format_number (out, sum_abs_at (self, c));
      g_string_append_c (out, ',');
      dlm_format_number (out, sum_sq_at (self, c));
      g_string_append_c (out, '\n');
    }
}

/* mode is the smallest of the most frequent values, as scipy.stats.mode
 * returns it; n_modes says how many tie. */
static void
write_summary_squares (DlmMeanvarTopic *self,
                       GString         *out)
{
  dlm_summary_add_number (out, "n", self->stats.n);
  dlm_summary_add_number (out, "mean", self->stats.mean);
  dlm_summary_add_number (out, "median", self->median.median);
  dlm_summary_add_number (out, "mode", dlm_meanvar_value_at (self->modes, 0));
  dlm_summary_add_number (out, "mode_count", self->mode_count);
  dlm_summary_add_number (out, "n_modes", self->modes->len);
  dlm_summary_add_number (out, "argmin_sum_sq", self->stats.mean);
  dlm_summary_add_number (out, "sum_squares", self->stats.sum_squares);
  dlm_summary_add_number (out, "argmin_sum_abs_low", self->median.low);
  dlm_summary_add_number (out, "argmin_sum_abs_high", self->median.high);
  dlm_summary_add_number (out, "min_sum_abs", min_sum_abs (self));
}

/* ---- pointer ------------------------------------------------------------- */

static gboolean
probe_squares (DlmMeanvarTopic *self,
               double           x,
               double           y,
               DlmProbe        *probe)
{
  gboolean lower = dlm_geometry_contains (&self->panels[1], x, y);
  const DlmAxesGeometry *g = &self->panels[lower ? 1 : 0];
  double c = dlm_geometry_px_to_x (g, x), a = sum_abs_at (self, c), s = sum_sq_at (self, c);
  g_autofree char *ct = dlm_meanvar_label_number (c);
  g_autofree char *at = dlm_meanvar_label_number (a), *st = dlm_meanvar_label_number (s);

  probe->x = x;
  probe->y = dlm_geometry_y_to_px (g, lower ? a : s);
  probe->text = g_strdup_printf (_("c = %s: Σ|xᵢ − c| = %s, Σ(xᵢ − c)² = %s"), ct, at, st);
  return TRUE;
}

static guint
count_points_squares (DlmMeanvarTopic *self,
                      guint           *row_length)
{
  return DLM_TOPIC_CURVE_SAMPLES;
}

static gboolean
get_point_squares (DlmMeanvarTopic *self,
                   guint            index,
                   DlmProbe        *point)
{
  return dlm_topic_probe_along (DLM_TOPIC (self), &self->panels[0], index, DLM_TOPIC_CURVE_SAMPLES, point);
}

const DlmMeanvarViewClass dlm_meanvar_squares_view = {
  .title = N_("Why squares: the mean minimizes squared distances, the median absolute ones"),
  .render = render_squares,
  .describe = describe_squares,
  .formula = formula_squares,
  .explanation = explanation_squares,
  .write_csv = write_csv_squares,
  .write_summary = write_summary_squares,
  .probe = probe_squares,
  .count_points = count_points_squares,
  .get_point = get_point_squares,
};
