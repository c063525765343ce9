/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-sampling-private.h"

#define MAX_RUNS 10
/* Rows of the law-of-large-numbers CSV with one per draw; see write_lln_csv(). */
#define LLN_CSV_MAX_ROWS 100000


G_DEFINE_ENUM_TYPE (DlmSamplingView, dlm_sampling_view,
  G_DEFINE_ENUM_VALUE (DLM_SAMPLING_VIEW_LLN, "lln"),
  G_DEFINE_ENUM_VALUE (DLM_SAMPLING_VIEW_DISTRIBUTION, "distribution"))

G_DEFINE_ENUM_TYPE (DlmPopulationKind, dlm_population_kind,
  G_DEFINE_ENUM_VALUE (DLM_POPULATION_NORMAL, "normal"),
  G_DEFINE_ENUM_VALUE (DLM_POPULATION_UNIFORM, "uniform"),
  G_DEFINE_ENUM_VALUE (DLM_POPULATION_EXPONENTIAL, "exponential"),
  G_DEFINE_ENUM_VALUE (DLM_POPULATION_BIMODAL, "bimodal"),
  G_DEFINE_ENUM_VALUE (DLM_POPULATION_COIN, "coin"))

G_DEFINE_FINAL_TYPE (DlmSamplingTopic, dlm_sampling_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_DISTRIBUTION,
  PROP_MU,
  PROP_SIGMA,
  PROP_N,
  PROP_REPEATS,
  PROP_DRAWS,
  PROP_VIEW,
  PROP_RUNS,
  PROP_BIASED,
  PROP_STEP,
  PROP_NATURAL,
  PROP_NOISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- results ------------------------------------------------------------ */

static void
job_free (gpointer data)
{
  Job *job = data;

  dlm_lln_free (job->lln);
  dlm_sample_means_free (job->means);
  g_free (job);
}

static Key
current_key (DlmSamplingTopic *self)
{
  Key key = { 0 };

  key.view = self->view;
  key.pop.kind = self->distribution;
  if (self->distribution != DLM_POPULATION_COIN)
    {
      key.pop.mu = self->mu;
      key.pop.sigma = self->sigma;
      key.pop.identical = !self->natural;
    }
  key.pop.noise = self->noise;
  key.biased = self->biased;
  key.seed = dlm_topic_get_seed (DLM_TOPIC (self));
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    {
      key.draws = self->draws;
      key.runs = self->runs;
    }
  else
    {
      key.n = self->n;
      key.repeats = self->repeats;
    }
  return key;
}

static gboolean
key_equal (const Key *a,
           const Key *b)
{
  return a->view == b->view && a->pop.kind == b->pop.kind && a->pop.mu == b->pop.mu &&
         a->pop.sigma == b->pop.sigma && a->pop.identical == b->pop.identical &&
         a->pop.noise == b->pop.noise && a->biased == b->biased && a->n == b->n &&
         a->repeats == b->repeats && a->draws == b->draws && a->runs == b->runs &&
         a->seed == b->seed;
}

/* The result the current view draws: the newest one for this view, which
 * may still be from older settings while new work is under way. */
static const Job *
shown_result (DlmSamplingTopic *self)
{
  return self->view == DLM_SAMPLING_VIEW_LLN ? self->lln : self->means;
}

static gpointer
dlm_sampling_topic_compute_prepare (DlmTopic *topic)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  Key key = current_key (self);
  const Job *held = shown_result (self);
  Job *job;

  if ((held != NULL && key_equal (&held->key, &key)) ||
      (self->has_pending && key_equal (&self->pending, &key)) ||
      (self->has_stopped && key_equal (&self->stopped, &key)))
    return NULL;

  self->has_stopped = FALSE;
  self->pending = key;
  self->has_pending = TRUE;
  job = g_new0 (Job, 1);
  job->key = key;
  return job;
}

/* The lowest and highest running mean of any run at any checkpoint: the
 * plot's range holds every curve of every frame, so the axis stays put
 * while the animation runs. */
static void
running_means_range (const DlmLln *lln,
                     double       *min,
                     double       *max)
{
  *min = INFINITY;
  *max = -INFINITY;
  for (guint run = 0; run < lln->n_runs; run++)
    for (guint j = 0; j < lln->n_checkpoints; j++)
      {
        double m = lln->sums[(gsize) run * lln->n_checkpoints + j] / lln->at[j];

        *min = MIN (*min, m);
        *max = MAX (*max, m);
      }
}

static gboolean
dlm_sampling_topic_compute_run (gpointer         data,
                                DlmTopicProgress progress,
                                gpointer         progress_data)
{
  Job *job = data;
  const Key *k = &job->key;

  if (k->view == DLM_SAMPLING_VIEW_LLN)
    {
      job->lln = dlm_lln_compute (&k->pop, k->biased, k->draws, k->runs + 1, k->seed,
                                  progress, progress_data);
      if (job->lln == NULL)
        return FALSE;
      running_means_range (job->lln, &job->min, &job->max);
      return TRUE;
    }
  job->means = dlm_sample_means_compute (&k->pop, k->biased, k->n, k->repeats, k->seed,
                                         progress, progress_data);
  if (job->means == NULL)
    return FALSE;
  gsl_stats_minmax (&job->min, &job->max, job->means->means, 1, job->means->repeats);
  return TRUE;
}

static void
dlm_sampling_topic_compute_finish (DlmTopic *topic,
                                   gpointer  data,
                                   gboolean  completed)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  Job *job = data, *copy;

  self->has_pending = FALSE;
  if (!completed)
    {
      self->stopped = job->key;
      self->has_stopped = TRUE;
      return;
    }
  /* the job itself is freed by the caller: keep its contents */
  copy = g_memdup2 (job, sizeof *job);
  job->lln = NULL;
  job->means = NULL;
  if (copy->key.view == DLM_SAMPLING_VIEW_LLN)
    {
      g_clear_pointer (&self->lln, job_free);
      self->lln = copy;
    }
  else
    {
      g_clear_pointer (&self->means, job_free);
      self->means = copy;
      g_clear_pointer (&self->shown, gsl_histogram_free);
    }
}

/* How many draws (or samples) of @job the current step shows. */
guint
dlm_sampling_shown_steps (DlmSamplingTopic *self,
                          const Job        *job)
{
  guint total = job->key.view == DLM_SAMPLING_VIEW_LLN ? job->key.draws : job->key.repeats;

  return MIN ((guint) self->step, total);
}

guint
dlm_sampling_topic_get_duration (DlmSamplingTopic *self)
{
  g_return_val_if_fail (DLM_IS_SAMPLING_TOPIC (self), 0);
  return self->view == DLM_SAMPLING_VIEW_LLN ? self->draws : self->repeats;
}

/* Both views play their draws (or samples) one at a time: a step a second
 * up to this many, then this long in all, whatever their number. */
#define ANIMATION_SECONDS 8.0

static gboolean
dlm_sampling_topic_get_animation (DlmTopic     *topic,
                                  DlmAnimation *animation)
{
  double end = dlm_sampling_topic_get_duration (DLM_SAMPLING_TOPIC (topic));

  *animation = (DlmAnimation) { "step", end, MIN (end, ANIMATION_SECONDS), TRUE };
  return end > 0;
}

/* Brings the histogram of the first @count means up to date: adds the new
 * ones while the animation moves forward, starts again when it goes back. */
const gsl_histogram *
dlm_sampling_histogram_of_shown (DlmSamplingTopic *self,
                                 guint             count)
{
  const Job *job = self->means;
  double origin, width = dlm_sample_means_bin_width (&job->key.pop, job->key.n, &origin);

  if (self->shown == NULL)
    {
      gsl_histogram *full = dlm_sample_means_histogram (job->means->means, job->means->repeats,
                                                        job->min, job->max, origin, width);

      self->full_max = gsl_histogram_max_val (full);
      self->shown = full;
      self->shown_count = job->means->repeats;
    }
  if (count < self->shown_count)
    {
      gsl_histogram_reset (self->shown);
      self->shown_count = 0;
    }
  for (; self->shown_count < count; self->shown_count++)
    gsl_histogram_increment (self->shown, job->means->means[self->shown_count]);
  return self->shown;
}

/* ---- words shared by figure, description and read-outs ------------------ */

const char *
dlm_sampling_population_name (DlmPopulationKind kind)
{
  switch (kind)
    {
    case DLM_POPULATION_UNIFORM:     return _("uniform");
    case DLM_POPULATION_EXPONENTIAL: return _("exponential (skewed)");
    case DLM_POPULATION_BIMODAL:     return _("bimodal (two humps)");
    case DLM_POPULATION_COIN:        return _("coin (1 = heads, 0 = tails)");
    case DLM_POPULATION_NORMAL:
    default:                         return _("normal (heights in cm)");
    }
}

/* g_strv_builder_take() is newer than GLib 2.74 */
void
dlm_sampling_builder_take (GStrvBuilder *builder,
                           char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

/* dlm_format_short() counts significant digits from 10⁶ on: ask for all
 * the whole digits and @decimals more, so a mean of 12 345 633.2 is not
 * shown as 10⁷. */
static char *
format_decimals (double value,
                 int    decimals)
{
  if (isfinite (value) && fabs (value) >= 1e6)
    return dlm_format_short (value, MIN ((int) floor (log10 (fabs (value))) + 1 + decimals, 17));
  return dlm_format_short (value, decimals);
}

char *
dlm_sampling_fmt (double value)
{
  return format_decimals (value, fabs (value) >= 100 ? 1 : fabs (value) >= 1 ? 2 : 3);
}

/* A parameter as given: 170, 0.5, 12 345 678. */
char *
dlm_sampling_fmt_param (double value)
{
  return fabs (value) >= 1e6 ? format_decimals (value, 0) : dlm_format_short (value, -1);
}

/* What the means scatter by, as a formula of the sources that are on:
 * σ/√n, √(σ² + τ²)/√n with measurement noise, τ/√n when only the noise
 * is left. */
const char *
dlm_sampling_se_symbol (const DlmPopulation *pop)
{
  if (pop->noise > 0 && dlm_population_sd (pop) > 0)
    return "√(σ² + τ²)/√n";
  if (pop->noise > 0)
    return "τ/√n";
  return "σ/√n";
}

/* The sources of variability of @key, on or off, in one sentence: what
 * the words say is what the figure drew. @size is the number of draws
 * (the law of large numbers) or the sample size n. */
char *
dlm_sampling_sources (const Key *key,
                      guint      size)
{
  const DlmPopulation *pop = &key->pop;
  g_autofree char *sd = dlm_sampling_fmt_param (dlm_population_sd (pop));
  g_autofree char *tau = dlm_sampling_fmt_param (pop->noise);
  g_autofree char *natural = NULL, *noise = NULL, *small = NULL;

  natural = dlm_population_sd (pop) > 0
            ? g_strdup_printf (_("natural variation on (σ = %s)"), sd)
            : g_strdup (_("natural variation off (everyone is μ)"));
  noise = pop->noise > 0 ? g_strdup_printf (_("measurement noise on (τ = %s)"), tau)
                         : g_strdup (_("measurement noise off"));
  small = key->view == DLM_SAMPLING_VIEW_LLN
          ? g_strdup_printf (ngettext ("%u draw", "%u draws", size), size)
          : g_strdup_printf (_("samples of n = %u"), size);
  return g_strdup_printf (_("Sources of variability: %s; %s; %s; %s."), natural, noise, small,
                          key->biased ? _("a biased sample (only values above the median)")
                                      : _("a random sample"));
}

/* The line of the facts that names the population's spread and noise. */
char *
dlm_sampling_spread_fact (const DlmPopulation *pop)
{
  g_autofree char *mu = dlm_sampling_fmt_param (dlm_population_mean (pop));
  g_autofree char *sd = dlm_sampling_fmt_param (dlm_population_sd (pop));
  g_autofree char *tau = dlm_sampling_fmt_param (pop->noise);

  if (dlm_population_sd (pop) == 0 && pop->noise > 0)
    return g_strdup_printf (_("μ = %s, everyone alike; noise τ = %s"), mu, tau);
  if (dlm_population_sd (pop) == 0)
    return g_strdup_printf (_("μ = %s, everyone alike"), mu);
  if (pop->noise > 0)
    return g_strdup_printf (_("μ = %s,  σ = %s; noise τ = %s"), mu, sd, tau);
  return g_strdup_printf (_("μ = %s,  σ = %s"), mu, sd);
}

/* ---- the population, drawn small ---------------------------------------- */


/* Where the population lives: μ ± 4σ, clipped where it cannot go. σ as
 * given, even when the members are identical: the axes stay put while the
 * sources of variability are switched, so their effect shows. */
Range
dlm_sampling_population_range (const DlmPopulation *pop)
{
  double mu = dlm_population_mean (pop), sd = dlm_population_scale (pop);

  if (pop->kind == DLM_POPULATION_COIN)
    return (Range) { -0.25, 1.25 };
  if (pop->kind == DLM_POPULATION_UNIFORM)
    return (Range) { mu - 2.2 * sd, mu + 2.2 * sd };
  if (pop->kind == DLM_POPULATION_EXPONENTIAL)
    return (Range) { mu - 1.6 * sd, mu + 5 * sd };
  return (Range) { mu - 4 * sd, mu + 4 * sd };
}

/* The same population with μ = 0 and σ = 1. */
static DlmPopulation
standard_population (const DlmPopulation *pop)
{
  DlmPopulation unit = *pop;

  unit.mu = 0;
  unit.sigma = 1;
  return unit;
}

/* The population's curve in the small plot, whose y axis has no scale:
 * its density times σ, which is the standard population's density at
 * (x − μ)/σ. It has the same height for every σ, so none, however
 * small, makes it overflow. Not for the coin. */
static double
population_shape (const DlmPopulation *pop,
                  double               x)
{
  DlmPopulation unit = standard_population (pop);

  return dlm_population_density (&unit, (x - pop->mu) / pop->sigma);
}

static double
shape_func (double x, gpointer data)
{
  return population_shape (data, x);
}

double
dlm_sampling_density_peak (const DlmPopulation *pop)
{
  Range r = dlm_sampling_population_range (pop);
  double peak = 0;

  if (pop->kind == DLM_POPULATION_COIN)
    return 0.5;
  for (guint i = 0; i <= 400; i++)
    peak = MAX (peak, dlm_population_density (pop, r.lo + (r.hi - r.lo) * i / 400));
  return peak;
}

/* A biased sample shifts the estimate only when the members differ: among
 * identical ones there is nothing to choose. */
gboolean
dlm_sampling_bias_shifts (const Key *key)
{
  return key->biased && dlm_population_sd (&key->pop) > 0;
}

/* The last draws as ticks under the curve: the earlier ones short and
 * muted, the latest one tall in the highlight colour and named. */
static void
draw_rug (DlmAxes        *axes,
          cairo_t        *cr,
          const DlmTheme *theme,
          double          peak,
          const double   *rug,
          guint           n_rug,
          guint           k)
{
  /* all earlier draws as one path of ticks, broken by NaN gaps (one
   * stroke instead of hundreds) */
  DlmStroke earlier = { &theme->muted, 0.8, FALSE }, latest = { &theme->highlight, 2.0, FALSE };
  g_autofree double *xs = g_new (double, 3 * n_rug);
  g_autofree double *ys = g_new (double, 3 * n_rug);
  double x = rug[n_rug - 1], last_x[] = { x, x }, last_y[] = { 0, peak * 0.5 };
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  g_autofree char *name = g_strdup_printf (_("draw %u"), k);

  for (guint i = 0; i + 1 < n_rug; i++)
    {
      xs[3 * i] = xs[3 * i + 1] = rug[i];
      ys[3 * i] = 0;
      ys[3 * i + 1] = peak * 0.3;
      xs[3 * i + 2] = ys[3 * i + 2] = NAN;
    }
  dlm_axes_line (axes, xs, ys, 3 * (n_rug - 1), &earlier);
  dlm_axes_line (axes, last_x, last_y, 2, &latest);
  /* above the top of the tick, towards the side with more room, on a
   * plate so the population's curve does not cross the words */
  dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL,
                       dlm_geometry_x_to_px (&g, x), dlm_geometry_y_to_px (&g, peak * 0.5),
                       x < (g.x.min + g.x.max) / 2 ? DLM_ANCHOR_SOUTH_WEST : DLM_ANCHOR_SOUTH_EAST,
                       g.plot.width, name);
}

static void
draw_spike (DlmAxes             *axes,
            const DlmTheme      *theme,
            const DlmPopulation *pop,
            double               peak)
{
  DlmStroke spike = { &theme->series[2], 3.0, FALSE };
  double x[] = { pop->mu, pop->mu }, y[] = { 0, peak };

  dlm_axes_line (axes, x, y, 2, &spike);
}

/* No natural variation: every member is μ, one spike as tall as the
 * population's peak would be, named. */
static void
draw_identical (DlmAxes             *axes,
                const DlmTheme      *theme,
                const DlmPopulation *pop,
                double               peak)
{
  draw_spike (axes, theme, pop, peak);
  dlm_axes_text (axes, pop->mu, peak * 1.2, DLM_ANCHOR_NORTH, &theme->foreground,
                 _("everyone is μ"));
}

/* The median a biased sample keeps only values above: its label right of
 * the line, on one line or two, where it fits in the small plot; else on
 * two lines left of it, pointing at it. */
static void
draw_median_cut (DlmAxes             *axes,
                 cairo_t             *cr,
                 const DlmTheme      *theme,
                 const DlmPopulation *pop,
                 double               peak)
{
  DlmStroke stroke = { &theme->error, 0.8, TRUE };
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double median = dlm_population_median (pop), room;
  const char *labels[] = { _(" only above this"), _(" only above\n this") };

  dlm_axes_vline (axes, median, &stroke);
  room = g.plot.x + g.plot.width - dlm_geometry_x_to_px (&g, median);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double width;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, labels[i], &width, NULL);
      if (width <= room)
        {
          dlm_axes_text (axes, median, peak * 1.2, DLM_ANCHOR_NORTH_WEST, &theme->error, labels[i]);
          return;
        }
    }
  dlm_axes_text (axes, median, peak * 1.2, DLM_ANCHOR_NORTH_EAST, &theme->error, _("only above\nthis → "));
}

/* Whether the population's range is narrower than a pixel of the axis
 * drawn for it (which widens a range too narrow for a double to span). */
static gboolean
narrower_than_a_pixel (DlmAxes *axes,
                       Range    r)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);

  return r.hi - r.lo < (g.x.max - g.x.min) / MAX (g.plot.width, 1);
}

void
dlm_sampling_draw_population (DlmSamplingTopic *self,
                              cairo_t          *cr,
                              const DlmTheme   *theme,
                              DlmRect           rect,
                              const Key        *key,
                              const double     *rug,
                              guint             n_rug,
                              guint             k)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmColor fill = dlm_color_with_alpha (&theme->series[2], 0.35);
  DlmStroke stroke = { &theme->series[2], 1.0, FALSE };
  Range r = dlm_sampling_population_range (&key->pop);
  DlmPopulation unit = standard_population (&key->pop);
  double peak = dlm_sampling_density_peak (&unit);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, r.lo, r.hi);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, peak * 1.25);
  dlm_axes_hide_y (axes);
  dlm_axes_set_title (axes, _("The population"));
  dlm_axes_draw_frame (axes);
  if (key->pop.kind == DLM_POPULATION_COIN)
    {
      dlm_axes_fill_rect (axes, -0.08, 0.08, 0, 0.5, &fill);
      dlm_axes_fill_rect (axes, 0.92, 1.08, 0, 0.5, &fill);
    }
  else if (dlm_population_sd (&key->pop) == 0)
    draw_identical (axes, theme, &key->pop, peak);
  else if (narrower_than_a_pixel (axes, r))
    /* σ = 1e-320 beside μ = 170 */
    draw_spike (axes, theme, &key->pop, peak);
  else
    dlm_axes_function (axes, shape_func, (gpointer) &key->pop, &stroke);
  if (key->biased && dlm_population_sd (&key->pop) > 0)
    draw_median_cut (axes, cr, theme, &key->pop, peak);
  if (n_rug > 0)
    draw_rug (axes, cr, theme, peak, rug, n_rug, k);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

/* Lines of plain numbers under the population. */
void
dlm_sampling_draw_facts (cairo_t        *cr,
                         const DlmTheme *theme,
                         DlmRect         rect,
                         char          **lines)
{
  double h, y = rect.y;

  /* wrapped, not shrunk: a long line stays readable on a projector */
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      double height = dlm_text_wrapped_height (cr, theme, DLM_TEXT_BODY, lines[i], rect.width);

      if (y + height > rect.y + rect.height)
        break;
      dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, i == 0 ? NULL : &theme->muted, rect.x, y,
                             rect.width, lines[i]);
      y += height + h * 0.5;
    }
}

void
dlm_sampling_split_area (const DlmTheme *theme,
                         DlmRect         area,
                         DlmRect        *main,
                         DlmRect        *population,
                         DlmRect        *facts)
{
  double gap = dlm_theme_px (theme, 32), side = MAX (area.width * 0.27, dlm_theme_px (theme, 180));

  *main = (DlmRect) { area.x, area.y, area.width - side - gap, area.height };
  *population = (DlmRect) { area.x + area.width - side, area.y, side, area.height * 0.42 };
  *facts = (DlmRect) { population->x, area.y + area.height * 0.42 + dlm_theme_px (theme, 24),
                       side, area.height * 0.58 - dlm_theme_px (theme, 24) };
}

/* A biased sample does not close in on μ: its title says where it goes;
 * without any source of spread there is nothing to close in. */
static const char *
view_title (DlmSamplingTopic *self)
{
  const Job *job = shown_result (self);

  if (job != NULL && dlm_population_measured_sd (&job->key.pop) == 0)
    return _("No variability: every value is μ, and so is every mean");
  if (self->view == DLM_SAMPLING_VIEW_DISTRIBUTION)
    return job != NULL && dlm_sampling_bias_shifts (&job->key)
           ? _("Means of biased samples pile up above μ, not around it")
           : _("Means of many samples pile up in a normal curve around μ");
  return job != NULL && dlm_sampling_bias_shifts (&job->key)
         ? _("A biased sample: its running mean settles above μ, not on it")
         : _("Law of large numbers: the more draws, the closer their mean to μ");
}

static void
dlm_sampling_topic_render (DlmTopic       *topic,
                           cairo_t        *cr,
                           const DlmTheme *theme,
                           double          width,
                           double          height)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height, view_title (self));
  const Job *job = shown_result (self);

  self->panels[0].valid = self->panels[1].valid = FALSE;
  if (job == NULL)
    {
      dlm_figure_notice (cr, theme, width, _("Drawing the samples…"));
      return;
    }
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    dlm_sampling_render_lln (self, cr, theme, area, job);
  else
    dlm_sampling_render_distribution (self, cr, theme, area, job);
}

/* ---- data --------------------------------------------------------------- */

static void
append_lln_row (GString *out,
                guint    draw,
                double   value,
                double   running_mean)
{
  /* index counts from 0 as NumPy does; draw from 1 as the figure does */
  g_string_append_printf (out, "%u,%u,", draw - 1, draw);
  dlm_format_number (out, value);
  g_string_append_c (out, ',');
  dlm_format_number (out, running_mean);
  g_string_append_c (out, '\n');
}

/* A row per draw up to LLN_CSV_MAX_ROWS draws. Beyond, ten million rows
 * would take 500 MB and most of a minute to write, so the rows are those
 * the figure draws: each checkpoint of the running sums (every draw up to
 * 2048, then every 0.1 %), and the last draw shown. */
static void
write_lln_csv (DlmSamplingTopic *self,
               const Job        *job,
               GString          *out)
{
  const DlmLln *lln = job->lln;
  guint k = dlm_sampling_shown_steps (self, job);
  double sum = 0;

  g_string_append (out, "index,draw,value,running_mean\n");
  if (k > LLN_CSV_MAX_ROWS)
    {
      for (guint c = 0; c < lln->n_checkpoints && lln->at[c] < k; c++)
        append_lln_row (out, lln->at[c], lln->values[lln->at[c] - 1], dlm_lln_running_mean (lln, lln->at[c]));
      append_lln_row (out, k, lln->values[k - 1], dlm_lln_running_mean (lln, k));
      return;
    }
  for (guint i = 0; i < k; i++)
    {
      /* the same order of additions as the checkpoints: the same doubles */
      sum += lln->values[i];
      append_lln_row (out, i + 1, lln->values[i], sum / (i + 1));
    }
}

static void
write_distribution_csv (DlmSamplingTopic *self,
                        const Job        *job,
                        GString          *out)
{
  const gsl_histogram *h = dlm_sampling_histogram_of_shown (self, dlm_sampling_shown_steps (self, job));

  g_string_append (out, "index,bin_low,bin_high,count\n");
  for (gsize i = 0; i < gsl_histogram_bins (h); i++)
    {
      double lo, hi;

      gsl_histogram_get_range (h, i, &lo, &hi);
      g_string_append_printf (out, "%" G_GSIZE_FORMAT ",", i);
      dlm_format_number (out, lo);
      g_string_append_c (out, ',');
      dlm_format_number (out, hi);
      g_string_append_c (out, ',');
      dlm_format_number (out, gsl_histogram_get (h, i));
      g_string_append_c (out, '\n');
    }
}

static void
dlm_sampling_topic_write_csv (DlmTopic *topic,
                              GString  *out)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);

  if (job == NULL)
    return;
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    write_lln_csv (self, job, out);
  else
    write_distribution_csv (self, job, out);
}

/* The final running means of all runs: how much one run differs from
 * another after k draws. */
static double
sd_across_runs (const Job *job,
                guint      k)
{
  const DlmLln *lln = job->lln;
  int c = dlm_lln_checkpoint_before (lln, k);
  g_autofree double *means = g_new (double, lln->n_runs);

  for (guint run = 0; run < lln->n_runs; run++)
    means[run] = lln->sums[(gsize) run * lln->n_checkpoints + c] / lln->at[c];
  return gsl_stats_sd (means, 1, lln->n_runs);
}

static void
write_lln_summary (DlmSamplingTopic *self,
                   const Job        *job,
                   GString          *out)
{
  guint k = dlm_sampling_shown_steps (self, job);

  dlm_summary_add_number (out, "draws", k);
  dlm_summary_add_number (out, "runs", job->lln->n_runs);
  if (k > 0)
    dlm_summary_add_number (out, "mean", dlm_lln_running_mean (job->lln, k));
  /* between runs, at the last checkpoint shown */
  if (k > 0 && job->lln->n_runs > 1)
    dlm_summary_add_number (out, "sd_between_runs", sd_across_runs (job, k));
  if (k > 0)
    dlm_summary_add_number (out, "band_half_width", dlm_population_standard_error (&job->key.pop, k));
}

static void
write_distribution_summary (DlmSamplingTopic *self,
                            const Job        *job,
                            GString          *out)
{
  guint count = dlm_sampling_shown_steps (self, job);
  const double *means = job->means->means;

  dlm_summary_add_number (out, "n", job->key.n);
  dlm_summary_add_number (out, "repeats", count);
  if (count > 0)
    dlm_summary_add_number (out, "mean_of_means", gsl_stats_mean (means, 1, count));
  if (count > 1)
    dlm_summary_add_number (out, "sd_of_means", gsl_stats_sd (means, 1, count));
  dlm_summary_add_number (out, "standard_error", dlm_population_standard_error (&job->key.pop, job->key.n));
}

static void
dlm_sampling_topic_write_summary (DlmTopic *topic,
                                  GString  *out)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);

  if (job == NULL)
    return;
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    write_lln_summary (self, job, out);
  else
    write_distribution_summary (self, job, out);
  dlm_summary_add_number (out, "population_mean", dlm_population_mean (&job->key.pop));
  dlm_summary_add_number (out, "population_sd", dlm_population_sd (&job->key.pop));
  dlm_summary_add_number (out, "noise_sd", job->key.pop.noise);
  dlm_summary_add_number (out, "measured_sd", dlm_population_measured_sd (&job->key.pop));
  if (job->key.biased)
    dlm_summary_add_number (out, "biased_mean", dlm_population_biased_mean (&job->key.pop));
}

/* ---- words -------------------------------------------------------------- */

static char *
describe_lln (DlmSamplingTopic *self,
              const Job        *job)
{
  guint k = dlm_sampling_shown_steps (self, job);
  const DlmPopulation *pop = &job->key.pop;
  g_autofree char *mu = dlm_sampling_fmt (dlm_population_mean (pop));
  g_autofree char *sources = dlm_sampling_sources (&job->key, k);
  g_autofree char *start = g_strdup_printf (_("Running mean of draws from a %s population with "
                                              "mean μ = %s. %s"),
                                            dlm_sampling_population_name (pop->kind), mu, sources);
  g_autofree char *m = NULL, *se = NULL, *bias = NULL;

  if (k == 0)
    return g_strdup_printf (_("%s No draws yet."), start);
  m = dlm_sampling_fmt (dlm_lln_running_mean (job->lln, k));
  se = dlm_sampling_fmt (dlm_population_standard_error (pop, k));
  if (dlm_sampling_bias_shifts (&job->key))
    {
      g_autofree char *bm = dlm_sampling_fmt (dlm_population_biased_mean (pop));
      bias = g_strdup_printf (_(" The sample keeps only values above the median, so its mean "
                                "settles near %s instead of μ."), bm);
    }
  /* Translators: the second %s is a formula, σ/√n or √(σ² + τ²)/√n */
  return g_strdup_printf (ngettext ("%s After %u draw the mean is %s; the band μ ± %s is ±%s wide "
                                    "there. %u other runs are drawn faintly.%s",
                                    "%s After %u draws the mean is %s; the band μ ± %s is ±%s wide "
                                    "there. %u other runs are drawn faintly.%s", k),
                          start, k, m, dlm_sampling_se_symbol (pop), se, job->lln->n_runs - 1,
                          bias ? bias : "");
}

static char *
describe_distribution (DlmSamplingTopic *self,
                       const Job        *job)
{
  guint count = dlm_sampling_shown_steps (self, job);
  const DlmPopulation *pop = &job->key.pop;
  g_autofree char *mu = dlm_sampling_fmt (dlm_population_mean (pop));
  g_autofree char *se = dlm_sampling_fmt (dlm_population_standard_error (pop, job->key.n));
  g_autofree char *m = count > 0 ? dlm_sampling_fmt (gsl_stats_mean (job->means->means, 1, count)) : g_strdup ("–");
  g_autofree char *s = count > 1 ? dlm_sampling_fmt (gsl_stats_sd (job->means->means, 1, count)) : g_strdup ("–");
  g_autofree char *sources = dlm_sampling_sources (&job->key, job->key.n);

  /* Translators: the fourth %s is a formula, σ/√n or √(σ² + τ²)/√n */
  return g_strdup_printf (_("Histogram of the means of %u samples, each of %u draws from a %s "
                            "population with mean %s. %s The means center on %s (a line marks it) "
                            "and their standard deviation is %s, against %s = %s; a normal curve "
                            "with that width is drawn over the bars."),
                          count, job->key.n, dlm_sampling_population_name (pop->kind), mu, sources,
                          m, s, dlm_sampling_se_symbol (pop), se);
}

static char *
dlm_sampling_topic_describe (DlmTopic *topic)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);

  if (job == NULL)
    return g_strdup (_("The samples are being drawn."));
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    return describe_lln (self, job);
  return describe_distribution (self, job);
}

/* The standard error as a formula with the current numbers in it:
 * "σ/√n = 10/√30 = 1.83", "√(σ² + τ²)/√n = √(10² + 2²)/√30 = 1.86". */
static char *
se_with_numbers (const DlmPopulation *pop,
                 guint                n)
{
  g_autofree char *sd = dlm_sampling_fmt_param (dlm_population_sd (pop));
  g_autofree char *tau = dlm_sampling_fmt_param (pop->noise);
  g_autofree char *se = dlm_sampling_fmt (dlm_population_standard_error (pop, n));
  g_autofree char *numbers = NULL;

  if (pop->noise > 0 && dlm_population_sd (pop) > 0)
    numbers = g_strdup_printf ("√(%s<sup>2</sup> + %s<sup>2</sup>)", sd, tau);
  else
    numbers = g_strdup (pop->noise > 0 ? tau : sd);
  return g_strdup_printf ("%s = %s/√%u = %s", dlm_sampling_se_symbol (pop), numbers, n, se);
}

static char *
dlm_sampling_topic_formula (DlmTopic *topic)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);
  g_autofree char *mu = NULL, *se = NULL, *target = NULL;
  guint size;

  if (job == NULL)
    return g_strdup ("x̄<sub>n</sub> = (x<sub>1</sub> + x<sub>2</sub> + … + x<sub>n</sub>) / n");
  size = self->view == DLM_SAMPLING_VIEW_LLN ? MAX (dlm_sampling_shown_steps (self, job), 1) : job->key.n;
  mu = dlm_sampling_fmt_param (dlm_population_mean (&job->key.pop));
  se = se_with_numbers (&job->key.pop, size);
  /* a biased sample goes elsewhere than μ: both numbers, then */
  if (dlm_sampling_bias_shifts (&job->key))
    {
      g_autofree char *bm = dlm_sampling_fmt (dlm_population_biased_mean (&job->key.pop));
      target = g_strdup_printf ("%s ≠ μ = %s", bm, mu);
    }
  else
    target = g_strdup_printf ("μ = %s", mu);
  if (self->view == DLM_SAMPLING_VIEW_DISTRIBUTION)
    return g_strdup_printf ("x̄ ≈ N(%s, SE<sup>2</sup>),   SE = %s", target, se);
  return g_strdup_printf ("x̄<sub>n</sub> = (x<sub>1</sub> + … + x<sub>n</sub>) / n  →  %s,   ±%s",
                          target, se);
}

/* One sentence for each source that is switched off or on against the
 * default, with the numbers it changes. */
static char *
sources_explained (const Key *key,
                   guint      size)
{
  const DlmPopulation *pop = &key->pop;
  g_autofree char *se = dlm_sampling_fmt (dlm_population_standard_error (pop, size));
  g_autofree char *quarter = dlm_sampling_fmt (dlm_population_standard_error (pop, 4 * size));
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _(" With %u values the spread of their mean is %s; four times as "
                                  "many would make it %s."), size, se, quarter);
  if (dlm_population_sd (pop) == 0 && pop->kind != DLM_POPULATION_COIN)
    g_string_append (text, _(" Natural variation is off: everyone is μ, so only measurement "
                             "noise can make one sample differ from another."));
  if (pop->noise > 0)
    {
      g_autofree char *tau = dlm_sampling_fmt_param (pop->noise);
      g_autofree char *without = dlm_sampling_fmt (dlm_population_sd (pop) / sqrt (size));

      g_string_append_printf (text, _(" Measurement noise of τ = %s is added to every value: it "
                                      "widens the spread of the mean from %s to %s, but it does "
                                      "not move its center."), tau, without, se);
    }
  if (key->biased && !dlm_sampling_bias_shifts (key))
    g_string_append (text, _(" The biased selection changes nothing here: when everyone is "
                             "alike, no choice of people can shift the mean."));
  return g_string_free (text, FALSE);
}

static char *
dlm_sampling_topic_explanation (DlmTopic *topic)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);
  g_autofree char *sources = NULL;
  guint size;

  if (job == NULL)
    return g_strdup (_("Every sample is a little different, so every estimate is too."));
  size = self->view == DLM_SAMPLING_VIEW_LLN ? MAX (dlm_sampling_shown_steps (self, job), 1) : job->key.n;
  sources = sources_explained (&job->key, size);
  if (self->view == DLM_SAMPLING_VIEW_DISTRIBUTION)
    return g_strdup_printf (_("Take a sample of n values, note its mean, and repeat. The means "
                              "scatter less than single values do. Whatever the shape of the "
                              "population, they pile up in a bell curve — the central limit "
                              "theorem. A sample that is not random piles up around the wrong "
                              "center.%s"), sources);
  return g_strdup_printf (_("Every sample is a little different, so every estimate is too. As "
                            "draws accumulate, the mean of a random sample closes in on the "
                            "population mean μ. A sample that is not random — here, only values "
                            "above the median — closes in on the wrong number however large it "
                            "gets.%s"), sources);
}

static gboolean
probe_lln (DlmSamplingTopic *self,
           const Job        *job,
           double            x,
           DlmProbe         *probe)
{
  const DlmAxesGeometry *g = &self->panels[0];
  guint shown = dlm_sampling_shown_steps (self, job);
  guint k = (guint) CLAMP (round (dlm_geometry_px_to_x (g, x)), 1, MAX (shown, 1));
  g_autofree char *m = NULL, *se = NULL;

  if (shown == 0)
    return FALSE;
  m = dlm_sampling_fmt (dlm_lln_running_mean (job->lln, k));
  se = dlm_sampling_fmt (dlm_population_standard_error (&job->key.pop, k));
  probe->x = dlm_geometry_x_to_px (g, k);
  probe->y = dlm_geometry_y_to_px (g, dlm_lln_running_mean (job->lln, k));
  probe->y = CLAMP (probe->y, g->plot.y, g->plot.y + g->plot.height);
  /* Translators: the last %s is a formula, σ/√n or √(σ² + τ²)/√n */
  probe->text = g_strdup_printf (_("after %u draws: mean %s (%s = %s)"), k, m,
                                 dlm_sampling_se_symbol (&job->key.pop), se);
  return TRUE;
}

static gboolean
probe_histogram (DlmSamplingTopic *self,
                 const Job        *job,
                 double            x,
                 DlmProbe         *probe)
{
  const DlmAxesGeometry *g = &self->panels[0];
  const gsl_histogram *h = dlm_sampling_histogram_of_shown (self, dlm_sampling_shown_steps (self, job));
  double value = dlm_geometry_px_to_x (g, x), lo, hi;
  g_autofree char *lt = NULL, *ht = NULL;
  size_t i;

  /* gsl_histogram_find() calls the error handler outside the range */
  if (!(value >= gsl_histogram_min (h) && value < gsl_histogram_max (h)) ||
      gsl_histogram_find (h, value, &i) != GSL_SUCCESS)
    {
      g_autofree char *vt = dlm_sampling_fmt (value);

      probe->x = x;
      probe->y = dlm_geometry_y_to_px (g, 0);
      probe->text = g_strdup_printf (_("means near %s: none"), vt);
      return TRUE;
    }
  gsl_histogram_get_range (h, i, &lo, &hi);
  lt = dlm_sampling_fmt (lo);
  ht = dlm_sampling_fmt (hi);
  probe->x = dlm_geometry_x_to_px (g, (lo + hi) / 2);
  probe->y = dlm_geometry_y_to_px (g, gsl_histogram_get (h, i));
  probe->text = g_strdup_printf (_("means from %s to %s: %.0f samples"), lt, ht, gsl_histogram_get (h, i));
  return TRUE;
}

static gboolean
probe_population (DlmSamplingTopic *self,
                  const Job        *job,
                  double            x,
                  DlmProbe         *probe)
{
  const DlmAxesGeometry *g = &self->panels[1];
  double value = dlm_geometry_px_to_x (g, x);
  g_autofree char *vt = NULL, *dt = NULL;

  if (job->key.pop.kind == DLM_POPULATION_COIN)
    value = value < 0.5 ? 0 : 1;
  vt = dlm_sampling_fmt (value);
  dt = dlm_format_short (dlm_population_density (&job->key.pop, value), 4);
  probe->x = dlm_geometry_x_to_px (g, value);
  probe->y = dlm_geometry_y_to_px (g, job->key.pop.kind == DLM_POPULATION_COIN
                                         ? dlm_population_density (&job->key.pop, value)
                                         : population_shape (&job->key.pop, value));
  probe->text = job->key.pop.kind == DLM_POPULATION_COIN
                ? g_strdup_printf (_("%s: probability %s"), vt, dt)
                : g_strdup_printf (_("%s: density %s"), vt, dt);
  return TRUE;
}

static gboolean
dlm_sampling_topic_probe (DlmTopic *topic,
                          double    x,
                          double    y,
                          DlmProbe *probe)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);

  if (job == NULL)
    return FALSE;
  if (dlm_geometry_contains (&self->panels[1], x, y))
    return probe_population (self, job, x, probe);
  if (!dlm_geometry_contains (&self->panels[0], x, y))
    return FALSE;
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    return probe_lln (self, job, x, probe);
  return probe_histogram (self, job, x, probe);
}

/* The cursor visits the running mean every 1/100th of the draws, or the
 * bins of the histogram of sample means. */
static guint
dlm_sampling_topic_count_points (DlmTopic *topic,
                                 guint    *row_length)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);

  if (job == NULL || !self->panels[0].valid)
    return 0;
  if (self->view == DLM_SAMPLING_VIEW_LLN)
    return dlm_sampling_shown_steps (self, job) > 0 ? DLM_TOPIC_CURVE_SAMPLES : 0;
  return gsl_histogram_bins (dlm_sampling_histogram_of_shown (self, dlm_sampling_shown_steps (self, job)));
}

static gboolean
dlm_sampling_topic_get_point (DlmTopic *topic,
                              guint     index,
                              DlmProbe *point)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);
  const Job *job = shown_result (self);
  const gsl_histogram *h;
  double lo, hi;

  if (self->view == DLM_SAMPLING_VIEW_LLN)
    return dlm_topic_probe_along (topic, &self->panels[0], index, DLM_TOPIC_CURVE_SAMPLES, point);
  h = dlm_sampling_histogram_of_shown (self, dlm_sampling_shown_steps (self, job));
  gsl_histogram_get_range (h, index, &lo, &hi);
  return probe_histogram (self, job, dlm_geometry_x_to_px (&self->panels[0], (lo + hi) / 2), point);
}

static gboolean
dlm_sampling_topic_check_state (DlmTopic  *topic,
                                GError   **error)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (topic);

  if (!(self->sigma > 0))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("sigma: 0 is not a spread; accepted: greater than 0, up to 1000000"));
      return FALSE;
    }
  if ((gint64) self->n * self->repeats > DLM_SAMPLING_MAX_DRAWS)
    {
      if (dlm_assign_order_later (&self->assigned, PROP_REPEATS, PROP_N))
        g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                     _("repeats: %d is too large with n=%d; accepted: repeats × n up to %d"),
                     self->repeats, self->n, DLM_SAMPLING_MAX_DRAWS);
      else
        g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                     _("n: %d is too large with repeats=%d; accepted: repeats × n up to %d"),
                     self->n, self->repeats, DLM_SAMPLING_MAX_DRAWS);
      return FALSE;
    }
  /* every run draws as many as the first: the work is their product */
  if ((gint64) self->draws * (self->runs + 1) > DLM_SAMPLING_MAX_DRAWS)
    {
      if (dlm_assign_order_later (&self->assigned, PROP_RUNS, PROP_DRAWS))
        g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                     _("runs: %d is too many with draws=%d; accepted: draws × (runs + 1) up to %d"),
                     self->runs, self->draws, DLM_SAMPLING_MAX_DRAWS);
      else
        g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                     _("draws: %d is too large with runs=%d; accepted: draws × (runs + 1) up to %d"),
                     self->draws, self->runs, DLM_SAMPLING_MAX_DRAWS);
      return FALSE;
    }
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_sampling_topic_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (object);

  switch (prop_id)
    {
    case PROP_DISTRIBUTION: g_value_set_enum (value, self->distribution); break;
    case PROP_MU:           g_value_set_double (value, self->mu); break;
    case PROP_SIGMA:        g_value_set_double (value, self->sigma); break;
    case PROP_N:            g_value_set_int (value, self->n); break;
    case PROP_REPEATS:      g_value_set_int (value, self->repeats); break;
    case PROP_DRAWS:        g_value_set_int (value, self->draws); break;
    case PROP_VIEW:         g_value_set_enum (value, self->view); break;
    case PROP_RUNS:         g_value_set_int (value, self->runs); break;
    case PROP_BIASED:       g_value_set_boolean (value, self->biased); break;
    case PROP_STEP:         g_value_set_int (value, self->step); break;
    case PROP_NATURAL:      g_value_set_boolean (value, self->natural); break;
    case PROP_NOISE:        g_value_set_double (value, self->noise); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_sampling_topic_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (object);
  DlmTopic *topic = DLM_TOPIC (object);

  dlm_assign_order_note (&self->assigned, prop_id);
  switch (prop_id)
    {
    case PROP_DISTRIBUTION: dlm_topic_set_field (topic, pspec, &self->distribution, value); break;
    case PROP_MU:           dlm_topic_set_field (topic, pspec, &self->mu, value); break;
    case PROP_SIGMA:        dlm_topic_set_field (topic, pspec, &self->sigma, value); break;
    case PROP_N:            dlm_topic_set_field (topic, pspec, &self->n, value); break;
    case PROP_REPEATS:      dlm_topic_set_field (topic, pspec, &self->repeats, value); break;
    case PROP_DRAWS:        dlm_topic_set_field (topic, pspec, &self->draws, value); break;
    case PROP_VIEW:         dlm_topic_set_field (topic, pspec, &self->view, value); break;
    case PROP_RUNS:         dlm_topic_set_field (topic, pspec, &self->runs, value); break;
    case PROP_BIASED:       dlm_topic_set_field (topic, pspec, &self->biased, value); break;
    case PROP_STEP:         dlm_topic_set_field (topic, pspec, &self->step, value); break;
    case PROP_NATURAL:      dlm_topic_set_field (topic, pspec, &self->natural, value); break;
    case PROP_NOISE:        dlm_topic_set_field (topic, pspec, &self->noise, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_sampling_topic_finalize (GObject *object)
{
  DlmSamplingTopic *self = DLM_SAMPLING_TOPIC (object);

  g_clear_pointer (&self->lln, job_free);
  g_clear_pointer (&self->means, job_free);
  g_clear_pointer (&self->shown, gsl_histogram_free);

  G_OBJECT_CLASS (dlm_sampling_topic_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_DISTRIBUTION] =
    g_param_spec_enum ("distribution", NULL, NULL, DLM_TYPE_POPULATION_KIND, DLM_POPULATION_NORMAL, flags);
  properties[PROP_MU] =
    g_param_spec_double ("mu", NULL, NULL, -1e9, 1e9, 170, flags);
  properties[PROP_SIGMA] =
    g_param_spec_double ("sigma", NULL, N_("greater than 0, up to 1000000"), 0, 1e6, 10, flags);
  properties[PROP_N] =
    g_param_spec_int ("n", NULL, N_("1 to 10000000, with repeats × n up to 10000000"),
                      1, DLM_SAMPLING_MAX_DRAWS, 30, flags);
  properties[PROP_REPEATS] =
    g_param_spec_int ("repeats", NULL, N_("1 to 10000000, with repeats × n up to 10000000"),
                      1, DLM_SAMPLING_MAX_DRAWS, 1000, flags);
  properties[PROP_DRAWS] =
    g_param_spec_int ("draws", NULL,
                      N_("1 to 10000000, with draws × (runs + 1) up to 10000000; the CSV has a row "
                         "per draw up to 100000 draws, beyond that a row each time the draws grow by 0.1 percent"),
                      1, DLM_SAMPLING_MAX_DRAWS, 500, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_SAMPLING_VIEW, DLM_SAMPLING_VIEW_LLN, flags);
  properties[PROP_RUNS] =
    g_param_spec_int ("runs", NULL, N_("0 to 10: runs drawn faintly besides the first, with "
                                       "draws × (runs + 1) up to 10000000"),
                      0, MAX_RUNS, 5, flags);
  properties[PROP_BIASED] =
    g_param_spec_boolean ("biased", NULL,
                          N_("true (only values above the median get in: a sample that does not "
                             "represent the population) or false (a random sample)"),
                          FALSE, flags);
  /* the sources of variability: off takes away the population's spread */
  properties[PROP_NATURAL] =
    g_param_spec_boolean ("natural", NULL, N_("true (members differ by σ) or false (everyone is μ)"),
                          TRUE, flags);
  properties[PROP_NOISE] =
    g_param_spec_double ("noise", NULL,
                         N_("0 (exact measurements) to 1000000: the standard deviation τ of an error added to every value"),
                         0, 1e6, 0, flags);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, N_("0 to 10000000: draws (or samples) shown so far; beyond their number, all"),
                      0, DLM_SAMPLING_MAX_DRAWS, DLM_SAMPLING_MAX_DRAWS, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_sampling_topic_class_init (DlmSamplingTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);

  object_class->finalize = dlm_sampling_topic_finalize;
  object_class->get_property = dlm_sampling_topic_get_property;
  object_class->set_property = dlm_sampling_topic_set_property;

  topic_class->id = "sampling";
  topic_class->uses_seed = TRUE;
  topic_class->slides_param = "view";
  topic_class->title = N_("Sampling variability");
  topic_class->check_state = dlm_sampling_topic_check_state;
  topic_class->render = dlm_sampling_topic_render;
  topic_class->write_csv = dlm_sampling_topic_write_csv;
  topic_class->write_summary = dlm_sampling_topic_write_summary;
  topic_class->describe = dlm_sampling_topic_describe;
  topic_class->formula = dlm_sampling_topic_formula;
  topic_class->explanation = dlm_sampling_topic_explanation;
  topic_class->probe = dlm_sampling_topic_probe;
  topic_class->count_points = dlm_sampling_topic_count_points;
  topic_class->get_point = dlm_sampling_topic_get_point;
  topic_class->compute_prepare = dlm_sampling_topic_compute_prepare;
  topic_class->compute_run = dlm_sampling_topic_compute_run;
  topic_class->compute_finish = dlm_sampling_topic_compute_finish;
  topic_class->compute_free = job_free;
  topic_class->write_code = dlm_sampling_write_code;
  topic_class->write_plot_code = dlm_sampling_write_plot_code;
  topic_class->get_animation = dlm_sampling_topic_get_animation;

  install_properties (object_class);
}

static void
dlm_sampling_topic_init (DlmSamplingTopic *self)
{
}

DlmTopic *
dlm_sampling_topic_new (void)
{
  return g_object_new (DLM_TYPE_SAMPLING_TOPIC, NULL);
}
