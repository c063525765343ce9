/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-sampling-private.h"

/* The law of large numbers: the running mean of one run of draws, with
 * other runs faintly behind it, closing in on μ within ±σ/√n. */

#define ENVELOPE_POINTS 300
#define RUG_DRAWS 24

/* μ ± 1.2σ holds the band from its second draw on; the runs, which start
 * from a single draw, may reach further: then the range grows to hold
 * them, with a little air so no curve runs along the frame. */
static Range
lln_y_range (const Job *job)
{
  const Key *key = &job->key;
  /* σ as given, or the wider spread of measured values: switching a
   * source off narrows the band inside axes that stay put */
  double mu = dlm_population_mean (&key->pop);
  double sd = MAX (dlm_population_scale (&key->pop), dlm_population_measured_sd (&key->pop));
  Range r = { mu - 1.2 * sd, mu + 1.2 * sd };
  double air;

  if (dlm_sampling_bias_shifts (key))
    r.hi = MAX (r.hi, dlm_population_biased_mean (&key->pop) + 0.5 * sd);
  air = 0.04 * (MAX (r.hi, job->max) - MIN (r.lo, job->min));
  r.lo = MIN (r.lo, job->min - air);
  r.hi = MAX (r.hi, job->max + air);
  return r;
}

/* Draws are counted in whole numbers: a short run gets one tick per draw
 * (or per few draws) instead of ticks at 2.5 draws. */
#define FEW_DRAWS 24

static void
set_draws_axis (DlmAxes *axes,
                guint    draws)
{
  g_auto(GStrv) labels = NULL;

  if (draws > FEW_DRAWS)
    {
      dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, draws);
      return;
    }
  labels = g_new0 (char *, draws + 2);
  for (guint i = 0; i <= draws; i++)
    labels[i] = g_strdup_printf ("%u", i);
  dlm_axes_set_categories (axes, (const char *const *) labels, draws + 1);
}

static void
draw_envelope (DlmAxes        *axes,
               const DlmTheme *theme,
               const Key      *key)
{
  double x[ENVELOPE_POINTS], lo[ENVELOPE_POINTS], hi[ENVELOPE_POINTS];
  double mu = dlm_population_mean (&key->pop), sd = dlm_population_measured_sd (&key->pop);
  DlmColor band = dlm_color_with_alpha (&theme->series[0], 0.13);

  /* log-spaced: the funnel changes fast near the start, slowly later */
  for (guint i = 0; i < ENVELOPE_POINTS; i++)
    {
      x[i] = pow (key->draws, (double) i / (ENVELOPE_POINTS - 1));
      lo[i] = mu - sd / sqrt (x[i]);
      hi[i] = mu + sd / sqrt (x[i]);
    }
  dlm_axes_fill_between (axes, x, lo, hi, ENVELOPE_POINTS, &band);
}

/* The running mean of one run up to @k draws, with checkpoints closer
 * than half a pixel left out. */
static void
draw_run (DlmAxes         *axes,
          const DlmLln    *lln,
          guint            run,
          guint            k,
          const DlmStroke *stroke)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double spacing = 0.5 * (g.x.max - g.x.min) / MAX (g.plot.width, 1);
  const double *sums = lln->sums + (gsize) run * lln->n_checkpoints;
  int last = dlm_lln_checkpoint_before (lln, k);
  g_autofree double *x = g_new (double, last + 2);
  g_autofree double *y = g_new (double, last + 2);
  guint n = 0;

  for (int j = 0; j <= last; j++)
    if (n == 0 || j == last || lln->at[j] - x[n - 1] >= spacing)
      {
        x[n] = lln->at[j];
        y[n++] = sums[j] / lln->at[j];
      }
  if (run == 0 && last >= 0 && lln->at[last] < k)
    {
      x[n] = k;
      y[n++] = dlm_lln_running_mean (lln, k);
    }
  dlm_axes_line (axes, x, y, n, stroke);
}

/* The other runs share one colour, as the legend has one entry for them:
 * the muted text colour faded towards the background as far as a line can
 * go and still stand out, 3:1 (WCAG's contrast for graphics), so they stay
 * behind the main run yet visible on every theme's background. */
static DlmColor
other_runs_color (const DlmTheme *theme)
{
  for (double amount = 0.3; amount < 1; amount += 0.05)
    {
      DlmColor c = dlm_color_mix (&theme->muted, &theme->background, amount);

      if (dlm_color_contrast (&c, &theme->background) >= 3)
        return c;
    }
  return theme->muted;
}

static void
draw_lln_lines (DlmAxes        *axes,
                const DlmTheme *theme,
                const Job      *job,
                guint           k)
{
  double mu = dlm_population_mean (&job->key.pop);
  DlmStroke mean_line = { &theme->foreground, 0.9, TRUE };
  DlmStroke main_run = { &theme->series[0], 1.6, FALSE };

  dlm_axes_hline (axes, mu, &mean_line);
  if (dlm_sampling_bias_shifts (&job->key))
    {
      DlmStroke target = { &theme->error, 0.9, TRUE };
      dlm_axes_hline (axes, dlm_population_biased_mean (&job->key.pop), &target);
    }
  for (guint run = 1; run < job->lln->n_runs; run++)
    {
      DlmColor faint = other_runs_color (theme);
      DlmStroke stroke = { &faint, 0.8, FALSE };

      draw_run (axes, job->lln, run, k, &stroke);
    }
  draw_run (axes, job->lln, 0, k, &main_run);
}

static void
annotate_head (DlmAxes          *axes,
               const DlmTheme   *theme,
               const Job        *job,
               guint             k)
{
  double mean = dlm_lln_running_mean (job->lln, k);
  g_autofree char *m = dlm_sampling_fmt (mean);
  g_autofree char *note = g_strdup_printf (ngettext ("mean of %u draw: %s", "mean of %u draws: %s", k), k, m);
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double x = k, y = CLAMP (mean, g.y.min, g.y.max);
  gboolean left = k > job->key.draws * 0.55;
  gboolean below = mean < dlm_population_mean (&job->key.pop) || y > g.y.max - (g.y.max - g.y.min) * 0.2;

  dlm_axes_points (axes, &x, &y, 1, &theme->highlight, 6);
  /* on the side of μ the mean came from, away from the band around μ */
  dlm_axes_annotate (axes, x, y, left ? -120 : 90, below ? 90 : -90, note);
}

static void
lln_legend (DlmAxes        *axes,
            const DlmTheme *theme,
            const Job      *job)
{
  DlmColor band = dlm_color_with_alpha (&theme->series[0], 0.25);
  DlmColor faint = other_runs_color (theme);
  guint others = job->lln->n_runs - 1;
  g_autofree char *others_label = g_strdup_printf (ngettext ("%u other run: another sample",
                                                             "%u other runs: other samples", others),
                                                   others);
  g_autofree char *band_label = g_strdup_printf ("μ ± %s", dlm_sampling_se_symbol (&job->key.pop));
  DlmLegendEntry entries[5];
  guint n = 0;

  entries[n++] = (DlmLegendEntry) { _("running mean"), &theme->series[0], FALSE, FALSE };
  if (others > 0)
    entries[n++] = (DlmLegendEntry) { others_label, &faint, FALSE, FALSE };
  entries[n++] = (DlmLegendEntry) { band_label, &band, FALSE, TRUE };
  entries[n++] = (DlmLegendEntry) { _("population mean μ"), &theme->foreground, TRUE, FALSE };
  if (dlm_sampling_bias_shifts (&job->key))
    entries[n++] = (DlmLegendEntry) { _("where the biased sample goes"), &theme->error, TRUE, FALSE };
  /* the corner the runs leave free (a biased run ends high) */
  dlm_axes_legend (axes, entries, n, DLM_ANCHOR_BEST);
}

static void
render_lln_plot (DlmSamplingTopic *self,
                 cairo_t          *cr,
                 const DlmTheme   *theme,
                 DlmRect           rect,
                 const Job        *job,
                 guint             k)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  Range y = lln_y_range (job);

  set_draws_axis (axes, job->key.draws);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, y.lo, y.hi);
  dlm_axes_set_labels (axes, _("number of draws n"), _("mean of the draws so far"));
  dlm_axes_draw_frame (axes);
  draw_envelope (axes, theme, &job->key);
  if (k > 0)
    {
      draw_lln_lines (axes, theme, job, k);
      annotate_head (axes, theme, job, k);
    }
  else
    {
      DlmStroke mean_line = { &theme->foreground, 0.9, TRUE };
      dlm_axes_hline (axes, dlm_population_mean (&job->key.pop), &mean_line);
    }
  lln_legend (axes, theme, job);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

static char **
lln_facts (const Job *job,
           guint      k)
{
  const DlmPopulation *pop = &job->key.pop;
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  dlm_sampling_builder_take (b, g_strdup_printf (_("<b>%s</b>"), dlm_sampling_population_name (pop->kind)));
  dlm_sampling_builder_take (b, dlm_sampling_spread_fact (pop));
  if (k > 0)
    {
      double mean = dlm_lln_running_mean (job->lln, k);
      g_autofree char *m = dlm_sampling_fmt (mean);
      g_autofree char *err = dlm_sampling_fmt (mean - dlm_population_mean (pop));
      g_autofree char *se = dlm_sampling_fmt (dlm_population_standard_error (pop, k));
      g_autofree char *last = dlm_sampling_fmt (job->lln->values[k - 1]);

      dlm_sampling_builder_take (b, g_strdup_printf (_("draw %u: %s"), k, last));
      if (k > 1)
        dlm_sampling_builder_take (b, g_strdup_printf (ngettext ("short tick: %u draw before",
                                                    "short ticks: %u draws before",
                                                    MIN (k, RUG_DRAWS) - 1),
                                          MIN (k, RUG_DRAWS) - 1));
      dlm_sampling_builder_take (b, g_strdup_printf (_("mean so far: %s"), m));
      dlm_sampling_builder_take (b, g_strdup_printf (_("off from μ by %s"), err));
      dlm_sampling_builder_take (b, g_strdup_printf ("%s = %s", dlm_sampling_se_symbol (pop), se));
    }
  if (dlm_sampling_bias_shifts (&job->key))
    {
      g_autofree char *bm = dlm_sampling_fmt (dlm_population_biased_mean (pop));
      dlm_sampling_builder_take (b, g_strdup_printf (_("biased: settles near %s"), bm));
    }
  return g_strv_builder_end (b);
}

void
dlm_sampling_render_lln (DlmSamplingTopic *self,
                         cairo_t          *cr,
                         const DlmTheme   *theme,
                         DlmRect           area,
                         const Job        *job)
{
  guint k = dlm_sampling_shown_steps (self, job), first = k > RUG_DRAWS ? k - RUG_DRAWS : 0;
  g_auto(GStrv) facts = lln_facts (job, k);
  DlmRect main, population, text;

  dlm_sampling_split_area (theme, area, &main, &population, &text);
  render_lln_plot (self, cr, theme, main, job, k);
  dlm_sampling_draw_population (self, cr, theme, population, &job->key, job->lln->values + first, k - first, k);
  dlm_sampling_draw_facts (cr, theme, text, facts);
}
