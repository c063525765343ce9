/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-sampling-private.h"

/* The sampling distribution: the means of many samples of n, piling up in
 * a normal curve of width σ/√n, or √(σ² + τ²)/√n with measurement noise
 * (for a biased sample, away from μ). */

typedef struct {
  const DlmPopulation *pop;
  double               scale;     /* count per unit of density */
  guint                n;
} NormalCurve;

static double
normal_curve_func (double x, gpointer data)
{
  const NormalCurve *c = data;
  double se = dlm_population_standard_error (c->pop, c->n);

  return c->scale * gsl_ran_gaussian_pdf (x - dlm_population_mean (c->pop), se);
}

/* The population itself, scaled as if each sample were a single draw:
 * how much wider single values scatter than means do. */
static double
single_draws_func (double x, gpointer data)
{
  const NormalCurve *c = data;

  return c->scale * dlm_population_density (c->pop, x);
}

/* A curve far narrower than a bin (σ = 1e-300, whose bins are widened to
 * what the axis can show) is a spike the bar already shows: drawn, its
 * height would stretch the y axis past the bars, or past any double. */
static gboolean
curve_fits (double spread,
            double bin_width)
{
  return spread > 0 && spread * 64 > bin_width;
}

/* The population's density stands for single measured values only when
 * it is theirs: members that differ, measured exactly. */
static gboolean
shows_single_draws (const DlmPopulation *pop,
                    double               bin_width)
{
  return !dlm_population_is_discrete (pop) && curve_fits (dlm_population_sd (pop), bin_width) &&
         pop->noise == 0;
}

static void
draw_histogram (DlmAxes             *axes,
                const DlmTheme      *theme,
                const gsl_histogram *h)
{
  DlmColor fill = dlm_color_with_alpha (&theme->series[0], 0.75);

  for (gsize i = 0; i < gsl_histogram_bins (h); i++)
    {
      double lo, hi;

      if (gsl_histogram_get (h, i) <= 0)
        continue;
      gsl_histogram_get_range (h, i, &lo, &hi);
      dlm_axes_fill_rect (axes, lo, hi, 0, gsl_histogram_get (h, i), &fill);
    }
}

/* The population's range, widened to hold every bar of the histogram and
 * the normal curve out to 3 standard errors: with small n neither may run
 * off the plot. */
static Range
distribution_x_range (const Job *job,
                      double     bin_width)
{
  Range r = dlm_sampling_population_range (&job->key.pop);
  double mu = dlm_population_mean (&job->key.pop);
  double se = dlm_population_standard_error (&job->key.pop, job->key.n);

  r.lo = MIN (MIN (r.lo, mu - 3 * se), job->min - bin_width);
  r.hi = MAX (MAX (r.hi, mu + 3 * se), job->max + bin_width);
  return r;
}

/* The tallest the figure gets once every sample is in: the bars, the
 * normal curve, and the population curve drawn at the same scale (which
 * towers over the rest when n is small). */
static double
distribution_peak (DlmSamplingTopic *self,
                   const Job        *job,
                   double            bin_width)
{
  const DlmPopulation *pop = &job->key.pop;
  double count_per_density = job->key.repeats * bin_width;
  double se = dlm_population_standard_error (pop, job->key.n);
  double peak = self->full_max;

  /* no spread at all: no curve, one bar */
  if (curve_fits (se, bin_width))
    peak = MAX (peak, count_per_density * gsl_ran_gaussian_pdf (0, se));
  if (shows_single_draws (pop, bin_width))
    peak = MAX (peak, count_per_density * dlm_sampling_density_peak (pop));
  return peak;
}

static void
render_distribution_plot (DlmSamplingTopic    *self,
                          cairo_t             *cr,
                          const DlmTheme      *theme,
                          DlmRect              rect,
                          const Job           *job,
                          const gsl_histogram *h,
                          guint                count)
{
  const DlmPopulation *pop = &job->key.pop;
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  double origin, width = dlm_sample_means_bin_width (pop, job->key.n, &origin);
  NormalCurve curve = { pop, (double) count * width, job->key.n };
  double se = dlm_population_standard_error (pop, job->key.n);
  double peak = distribution_peak (self, job, width);
  DlmStroke normal = { &theme->series[1], 1.5, FALSE };
  DlmStroke single = { &theme->series[2], 1.0, TRUE };
  DlmStroke mean_line = { &theme->foreground, 0.9, TRUE };
  DlmStroke centre_line = { &theme->highlight, 2.4, FALSE };
  Range r = distribution_x_range (job, width);
  /* the legend goes to the side the means do not pile up on (the kit's
   * free-corner search does not see the histogram's filled rectangles) */
  double centre = dlm_sampling_bias_shifts (&job->key) ? dlm_population_biased_mean (pop)
                                                       : dlm_population_mean (pop);
  DlmAnchor corner = centre > (r.lo + r.hi) / 2 ? DLM_ANCHOR_NORTH_WEST : DLM_ANCHOR_NORTH_EAST;
  g_autofree char *mu = dlm_sampling_fmt (dlm_population_mean (pop));
  g_autofree char *set = dlm_sampling_fmt (se);
  g_autofree char *curve_label = g_strdup_printf (_("normal curve N(%s, %s²)"), mu, set);
  DlmColor fill = dlm_color_with_alpha (&theme->series[0], 0.75);
  gboolean discrete = dlm_population_is_discrete (pop) && pop->noise == 0;
  DlmLegendEntry legend[5];
  guint n = 0;

  legend[n++] = (DlmLegendEntry) { _("means of the samples"), &fill, FALSE, TRUE };
  if (count > 0)
    legend[n++] = (DlmLegendEntry) { _("center of the means"), &theme->highlight, FALSE, FALSE };
  if (curve_fits (se, width))
    legend[n++] = (DlmLegendEntry) { curve_label, &theme->series[1], FALSE, FALSE };
  legend[n++] = (DlmLegendEntry) { _("population mean μ"), &theme->foreground, TRUE, FALSE };
  if (shows_single_draws (pop, width))
    legend[n++] = (DlmLegendEntry) { _("single draws (n = 1), same scale"), &theme->series[2], TRUE, FALSE };

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, r.lo, r.hi);
  /* the coin's means fill the middle: room above them for the legend */
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, peak * (discrete ? 1.5 : 1.12));
  dlm_axes_set_labels (axes, _("mean of one sample"), _("samples"));
  dlm_axes_draw_frame (axes);
  draw_histogram (axes, theme, h);
  if (count > 0 && shows_single_draws (pop, width))
    dlm_axes_function (axes, single_draws_func, &curve, &single);
  if (count > 0 && curve_fits (se, width))
    dlm_axes_function (axes, normal_curve_func, &curve, &normal);
  /* where the means pile up, against μ: a biased sample moves it; under
   * the dashed μ, so that both show where they coincide */
  if (count > 0)
    dlm_axes_vline (axes, gsl_stats_mean (job->means->means, 1, count), &centre_line);
  dlm_axes_vline (axes, dlm_population_mean (pop), &mean_line);
  dlm_axes_legend (axes, legend, n, corner);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

static char **
distribution_facts (const Job *job,
                    guint      count)
{
  const DlmPopulation *pop = &job->key.pop;
  g_autofree char *se = dlm_sampling_fmt (dlm_population_standard_error (pop, job->key.n));
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  dlm_sampling_builder_take (b, g_strdup_printf (_("<b>%s</b>"), dlm_sampling_population_name (pop->kind)));
  dlm_sampling_builder_take (b, dlm_sampling_spread_fact (pop));
  dlm_sampling_builder_take (b, g_strdup_printf (ngettext ("n = %u draw per sample", "n = %u draws per sample",
                                              job->key.n), job->key.n));
  dlm_sampling_builder_take (b, count < job->key.repeats
                   ? g_strdup_printf (_("samples: %u of %u"), count, job->key.repeats)
                   : g_strdup_printf (_("samples: %u"), count));
  if (count >= 2)
    {
      g_autofree char *m = dlm_sampling_fmt (gsl_stats_mean (job->means->means, 1, count));
      g_autofree char *s = dlm_sampling_fmt (gsl_stats_sd (job->means->means, 1, count));

      dlm_sampling_builder_take (b, g_strdup_printf (_("center of the means: %s"), m));
      dlm_sampling_builder_take (b, g_strdup_printf (_("their SD: %s"), s));
    }
  dlm_sampling_builder_take (b, g_strdup_printf ("%s = %s", dlm_sampling_se_symbol (pop), se));
  if (dlm_sampling_bias_shifts (&job->key))
    {
      g_autofree char *bm = dlm_sampling_fmt (dlm_population_biased_mean (pop));
      dlm_sampling_builder_take (b, g_strdup_printf (_("biased: centered on %s"), bm));
    }
  return g_strv_builder_end (b);
}

void
dlm_sampling_render_distribution (DlmSamplingTopic *self,
                                  cairo_t          *cr,
                                  const DlmTheme   *theme,
                                  DlmRect           area,
                                  const Job        *job)
{
  guint count = dlm_sampling_shown_steps (self, job);
  const gsl_histogram *h = dlm_sampling_histogram_of_shown (self, count);
  g_auto(GStrv) facts = distribution_facts (job, count);
  DlmRect main, population, text;

  dlm_sampling_split_area (theme, area, &main, &population, &text);
  render_distribution_plot (self, cr, theme, main, job, h, count);
  dlm_sampling_draw_population (self, cr, theme, population, &job->key, NULL, 0, 0);
  dlm_sampling_draw_facts (cr, theme, text, facts);
}
