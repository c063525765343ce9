/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-format.h"
#include "dlm-meanvar-private.h"

/* The normal view: three bell curves on the data's mean, with half, the
 * same and double the data's standard deviation, and the data below. */

/* The curves span the mean ± this many of the data's σ. */
#define HALF_SPAN 6.5

typedef struct {
  double mean, sd;
} Normal;

static const double sd_factors[] = { 0.5, 1, 2 };

static int
compare_doubles (const double *a,
                 const double *b)
{
  return (*a > *b) - (*a < *b);
}

/* σ of the data, or 1 when all values are equal (σ = 0 has no curve). */
static double
base_sd (DlmMeanvarTopic *self)
{
  return self->stats.sd > 0 ? self->stats.sd : 1;
}

static double
normal_pdf (double   x,
            gpointer data)
{
  const Normal *n = data;

  return gsl_ran_gaussian_pdf (x - n->mean, n->sd);
}

static void
draw_normal_legend (DlmMeanvarTopic *self,
                    DlmAxes         *axes,
                    const DlmTheme  *theme)
{
  char *labels[G_N_ELEMENTS (sd_factors)] = { NULL };
  const char *notes[] = { N_("half"), N_("the data's σ"), N_("double") };
  DlmLegendEntry legend[G_N_ELEMENTS (sd_factors) + 1];

  for (guint k = 0; k < G_N_ELEMENTS (sd_factors); k++)
    {
      g_autofree char *s = dlm_meanvar_label_number (base_sd (self) * sd_factors[k]);

      labels[k] = g_strdup_printf ("σ = %s (%s)", s, _(notes[k]));
      legend[k] = (DlmLegendEntry) { labels[k], &theme->series[k], FALSE, FALSE };
    }
  legend[G_N_ELEMENTS (sd_factors)] = (DlmLegendEntry) { _("x̄ ± σ of each curve"), &theme->muted, TRUE, FALSE };
  dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_NORTH_WEST);
  for (guint k = 0; k < G_N_ELEMENTS (sd_factors); k++)
    g_free (labels[k]);
}

/* x̄ ± σ as a bar across curve @k at the height of its bends (the
 * inflection points are exactly one σ from the mean). */
static void
draw_sd_bar (DlmAxes        *axes,
             const DlmTheme *theme,
             const Normal   *n,
             guint           k)
{
  double h = gsl_ran_gaussian_pdf (n->sd, n->sd);
  double xs[] = { n->mean - n->sd, n->mean + n->sd }, ys[] = { h, h };
  DlmStroke stroke = { &theme->series[k], 0.9, TRUE };

  dlm_axes_line (axes, xs, ys, 2, &stroke);
  dlm_axes_points (axes, xs, ys, 2, &theme->series[k], 4.5);
}

static void
render_normal (DlmMeanvarTopic *self,
               cairo_t         *cr,
               const DlmTheme  *theme,
               DlmRect          area)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, area);
  double m = self->stats.mean, s = base_sd (self), peak = gsl_ran_gaussian_pdf (0, s / 2);
  DlmStroke mean_stroke = { &theme->foreground, 0.9, TRUE };
  g_autofree double *zeros = g_new0 (double, self->data->len);
  g_autofree char *mt = dlm_meanvar_label_number (m);
  g_autofree char *note = g_strdup_printf (_("same mean x̄ = %s"), mt);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, m - HALF_SPAN * s, m + HALF_SPAN * s);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, -0.07 * peak, peak * 1.12);
  dlm_axes_set_labels (axes, "x", _("density"));
  dlm_axes_draw_frame (axes);
  dlm_axes_vline (axes, m, &mean_stroke);
  for (guint k = 0; k < G_N_ELEMENTS (sd_factors); k++)
    {
      Normal n = { m, s * sd_factors[k] };
      DlmStroke stroke = { &theme->series[k], 1.4, FALSE };

      dlm_axes_function (axes, normal_pdf, &n, &stroke);
      draw_sd_bar (axes, theme, &n, k);
    }
  for (guint i = 0; i < self->data->len; i++)
    zeros[i] = -0.035 * peak;
  dlm_axes_points (axes, dlm_meanvar_values_of (self->data), zeros, self->data->len, &theme->foreground,
                   self->data->len > 100 ? 2 : 4.5);
  dlm_axes_text (axes, gsl_stats_max (dlm_meanvar_values_of (self->data), 1, self->data->len) + 0.2 * s,
                 -0.035 * peak, DLM_ANCHOR_WEST, &theme->muted, _("the data"));
  dlm_axes_text (axes, m + 0.15 * s, peak * 1.06, DLM_ANCHOR_WEST, &theme->foreground, note);
  draw_normal_legend (self, axes, theme);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

/* ---- words and data ------------------------------------------------------ */

/* Where the data's marks are: each value (sorted) while they are few
 * enough to read, else their range. */
static char *
data_marks_words (DlmMeanvarTopic *self)
{
  guint n = self->data->len;
  g_autoptr(GArray) sorted = g_array_copy (self->data);
  g_autofree char *list = NULL, *lo = NULL, *hi = NULL;

  g_array_sort (sorted, (GCompareFunc) compare_doubles);
  if (n <= LABEL_LIMIT)
    {
      list = dlm_meanvar_list_values (sorted);
      /* Translators: how many values, then the values, sorted */
      return g_strdup_printf (ngettext ("The data’s %u value, %s, is marked along the bottom.",
                                        "The data’s %u values, %s, are marked along the bottom.", n),
                              n, list);
    }
  lo = dlm_meanvar_label_number (dlm_meanvar_value_at (sorted, 0));
  hi = dlm_meanvar_label_number (dlm_meanvar_value_at (sorted, n - 1));
  /* Translators: how many values, the smallest and the largest */
  return g_strdup_printf (_("The data’s %u values, from %s to %s, are marked along the bottom."), n, lo, hi);
}

static char *
describe_normal (DlmMeanvarTopic *self)
{
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *s1 = dlm_meanvar_label_number (base_sd (self) * sd_factors[0]);
  g_autofree char *s2 = dlm_meanvar_label_number (base_sd (self) * sd_factors[1]);
  g_autofree char *s3 = dlm_meanvar_label_number (base_sd (self) * sd_factors[2]);
  g_autofree char *peak = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (0, base_sd (self) * sd_factors[0]));
  g_autofree char *marks = data_marks_words (self);

  return g_strdup_printf (_("Three bell-shaped normal curves centered on the same mean %s, with "
                            "standard deviations %s, %s and %s. The smaller the standard "
                            "deviation, the taller and narrower the curve: the narrowest peaks "
                            "at density %s. %s"),
                          m, s1, s2, s3, peak, marks);
}

static char *
formula_normal (DlmMeanvarTopic *self)
{
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *s1 = dlm_meanvar_label_number (base_sd (self) * sd_factors[0]);
  g_autofree char *s2 = dlm_meanvar_label_number (base_sd (self) * sd_factors[1]);
  g_autofree char *s3 = dlm_meanvar_label_number (base_sd (self) * sd_factors[2]);

  return g_strdup_printf ("f(x) = exp(−(x − %s)<sup>2</sup> / 2σ<sup>2</sup>) / (σ√(2π)),   "
                          "σ = %s, %s, %s", m, s1, s2, s3);
}

static char *
explanation_normal (DlmMeanvarTopic *self)
{
  g_autofree char *m = dlm_meanvar_label_number (self->stats.mean);
  g_autofree char *sd = dlm_meanvar_label_number (base_sd (self));
  g_autofree char *lo = dlm_meanvar_label_number (self->stats.mean - base_sd (self));
  g_autofree char *hi = dlm_meanvar_label_number (self->stats.mean + base_sd (self));

  return g_strdup_printf (_("Two data sets can share their average and still look nothing alike. "
                            "The standard deviation σ, the square root of the variance, is in the "
                            "same units as the data: about two thirds (68%%) of a normal curve with "
                            "mean %s and σ = %s lies between %s and %s."), m, sd, lo, hi);
}

/* Where the curves are sampled: the axis's range in 100 steps. */
static double
sample_x (DlmMeanvarTopic *self,
          guint            k)
{
  double s = base_sd (self), lo = self->stats.mean - HALF_SPAN * s;

  return lo + 2 * HALF_SPAN * s * k / (DLM_TOPIC_CURVE_SAMPLES - 1);
}

/* The three curves at the points the keyboard cursor visits. */
static void
write_csv_normal (DlmMeanvarTopic *self,
                  GString         *out)
{
  g_string_append (out, "index,x,density_half_sd,density_sd,density_double_sd\n");
  for (guint k = 0; k < DLM_TOPIC_CURVE_SAMPLES; k++)
    {
      double x = sample_x (self, k);

      g_string_append_printf (out, "%u,", k);
      dlm_format_number (out, x);
      for (guint c = 0; c < G_N_ELEMENTS (sd_factors); c++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, gsl_ran_gaussian_pdf (x - self->stats.mean, base_sd (self) * sd_factors[c]));
        }
      g_string_append_c (out, '\n');
    }
}

static void
write_summary_normal (DlmMeanvarTopic *self,
                      GString         *out)
{
  const DlmMeanVar *s = &self->stats;

  dlm_summary_add_number (out, "n", s->n);
  dlm_summary_add_number (out, "mean", s->mean);
  dlm_summary_add_number (out, "variance", s->variance);
  dlm_summary_add_number (out, "std", s->sd);
  dlm_summary_add_number (out, "ddof", self->ddof);
  dlm_summary_add_number (out, "curve_sd_half", base_sd (self) * sd_factors[0]);
  dlm_summary_add_number (out, "curve_sd", base_sd (self) * sd_factors[1]);
  dlm_summary_add_number (out, "curve_sd_double", base_sd (self) * sd_factors[2]);
}

/* ---- pointer ------------------------------------------------------------- */

static gboolean
probe_normal (DlmMeanvarTopic *self,
              double           x,
              double           y,
              DlmProbe        *probe)
{
  const DlmAxesGeometry *g = &self->panels[0];
  double dx = dlm_geometry_px_to_x (g, x), s = base_sd (self), m = self->stats.mean;
  g_autofree char *xt = dlm_meanvar_label_number (dx);
  g_autofree char *a = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (dx - m, s * sd_factors[0]));
  g_autofree char *b = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (dx - m, s * sd_factors[1]));
  g_autofree char *c = dlm_meanvar_label_number (gsl_ran_gaussian_pdf (dx - m, s * sd_factors[2]));

  probe->x = x;
  probe->y = dlm_geometry_y_to_px (g, gsl_ran_gaussian_pdf (dx - m, s));
  probe->text = g_strdup_printf (_("x = %s: densities %s, %s, %s"), xt, a, b, c);
  return TRUE;
}

/* The cursor visits the curves every 1/100th of the axis, as the CSV. */
static guint
count_points_normal (DlmMeanvarTopic *self,
                     guint           *row_length)
{
  return DLM_TOPIC_CURVE_SAMPLES;
}

static gboolean
get_point_normal (DlmMeanvarTopic *self,
                  guint            index,
                  DlmProbe        *point)
{
  return dlm_topic_probe_along (DLM_TOPIC (self), &self->panels[0], index, DLM_TOPIC_CURVE_SAMPLES, point);
}

const DlmMeanvarViewClass dlm_meanvar_normal_view = {
  .title = N_("Equal means, different standard deviations"),
  .render = render_normal,
  .describe = describe_normal,
  .formula = formula_normal,
  .explanation = explanation_normal,
  .write_csv = write_csv_normal,
  .write_summary = write_summary_normal,
  .probe = probe_normal,
  .count_points = count_points_normal,
  .get_point = get_point_normal,
};
