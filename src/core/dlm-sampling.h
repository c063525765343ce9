/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_histogram.h>

G_BEGIN_DECLS

/* The largest amount of random work one figure may ask for: draws of the
 * law-of-large-numbers view, and repeats × n of the sampling distribution. */
#define DLM_SAMPLING_MAX_DRAWS 10000000

typedef enum {
  DLM_POPULATION_NORMAL,       /* "heights": N(μ, σ²) */
  DLM_POPULATION_UNIFORM,      /* flat on [μ − √3 σ, μ + √3 σ] */
  DLM_POPULATION_EXPONENTIAL,  /* μ − σ + Exp(scale σ): skewed to the right */
  DLM_POPULATION_BIMODAL,      /* ½ N(μ − 0.8 σ, (0.6 σ)²) + ½ N(μ + 0.8 σ, (0.6 σ)²) */
  DLM_POPULATION_COIN,         /* a fair coin: 1 for heads, 0 for tails */
} DlmPopulationKind;

/* Every continuous population has mean μ and standard deviation σ, so that
 * only its shape changes; the coin ignores μ and σ (and @identical).
 *
 * Two sources of variability can be switched: @identical takes away the
 * natural variation (every member is μ: σ is the scale of the figure, not a
 * spread), and @noise adds a measurement error N(0, τ²) to every value
 * drawn. Both are zero by default, as in an initializer { kind, μ, σ }. */
typedef struct {
  DlmPopulationKind kind;
  double            mu;
  double            sigma;
  gboolean          identical;
  double            noise;
} DlmPopulation;

/* Reports how much of a long computation is done, from 0 to 1; called
 * from whichever thread does the work, about a hundred times per
 * computation. Returning FALSE stops it (the result is then NULL). */
typedef gboolean (*DlmSamplingProgress) (double   fraction,
                                         gpointer user_data);

double   dlm_population_mean        (const DlmPopulation *pop);
/* The spread of the members' true values: σ (0.5 for the coin), or 0 when
 * they are identical. */
double   dlm_population_sd          (const DlmPopulation *pop);
/* The spread of measured values, √(sd² + τ²): what a mean of n of them
 * scatters by, divided by √n. */
double   dlm_population_measured_sd (const DlmPopulation *pop);
/* The standard error of the mean of a random sample of @n measured
 * values: measured_sd / √n. */
double   dlm_population_standard_error (const DlmPopulation *pop,
                                        guint                n);
/* σ as given (0.5 for the coin), whatever is switched off: the width the
 * figure keeps, so switching a source off shows as a narrower spread. */
double   dlm_population_scale       (const DlmPopulation *pop);
double   dlm_population_median      (const DlmPopulation *pop);
/* The mean of the values above the median: where a sample that keeps only
 * those converges (μ when the members are identical: no choice of them
 * can shift the mean then). */
double   dlm_population_biased_mean (const DlmPopulation *pop);
/* Density (continuous) or probability (coin, at 0 and 1) at @x. */
double   dlm_population_density     (const DlmPopulation *pop,
                                     double               x);
gboolean dlm_population_is_discrete (const DlmPopulation *pop);
/* The generators one run (or block) of draws takes from, all three
 * NumPy's legacy MT19937 (np.random.RandomState), seeded from the run's
 * seed s as GSL seeds its MT19937 (0 becomes 4357):
 *   members  seeded with s:     each member's true value; a uniform
 *            number is one 32-bit word / 2³² (gsl_rng_uniform), a normal
 *            one NumPy's legacy standard_normal (the polar method);
 *   places   seeded with s + 1: where in its hump a bimodal member lies;
 *   noise    seeded with s + 2: the measurement errors.
 * So a script that seeds three RandomStates the same way and draws whole
 * arrays gets the very numbers the app draws one at a time. */
typedef struct _DlmDraws DlmDraws;

DlmDraws *dlm_draws_new             (guint32              seed);
void      dlm_draws_free            (DlmDraws            *draws);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmDraws, dlm_draws_free)

/* Fills @out with @n measured values, continuing @draws' streams. Each
 * value, in turn, takes its member's true value from the members stream
 * (and the places stream for the bimodal population; nothing when the
 * members are identical; with @biased, drawn again until it lies above
 * the median: a non-random sample, chosen by the true value), then, when
 * τ > 0, one normal number from the noise stream scaled by τ, added as the
 * measurement error. */
void     dlm_population_draw        (const DlmPopulation *pop,
                                     DlmDraws            *draws,
                                     gboolean             biased,
                                     double              *out,
                                     gsize                n);
/* The seed of run @index, derived from @seed: run k of a figure gets the
 * k-th output of GSL's MT19937 seeded with @seed. */
guint32  dlm_sampling_sub_seed      (guint32              seed,
                                     guint                index);

/* The law of large numbers: @n_runs runs of @n_draws draws each. Run 0 keeps
 * every value; the running sum of every run is kept at checkpoints (every
 * draw up to 2048, then about 1000 per factor e), so any frame of the
 * animation can be drawn without summing again. */
typedef struct {
  guint   n_draws;
  guint   n_runs;
  double *values;        /* run 0: n_draws values */
  guint   n_checkpoints;
  guint  *at;            /* draw counts, increasing, the last is n_draws */
  double *sums;          /* n_runs × n_checkpoints running sums */
} DlmLln;

DlmLln  *dlm_lln_compute            (const DlmPopulation *pop,
                                     gboolean             biased,
                                     guint                n_draws,
                                     guint                n_runs,
                                     guint32              seed,
                                     DlmSamplingProgress  progress,
                                     gpointer             progress_data);
void     dlm_lln_free               (DlmLln              *lln);
/* Index of the last checkpoint at or below @k draws, or -1 if none. */
int      dlm_lln_checkpoint_before  (const DlmLln        *lln,
                                     guint                k);
/* The running mean of run 0 after @k ≥ 1 draws, summed in the same order as
 * the checkpoints (so the same double as the CSV). */
double   dlm_lln_running_mean       (const DlmLln        *lln,
                                     guint                k);

/* The sampling distribution: @repeats means of samples of @n draws each. */
typedef struct {
  guint   n;
  guint   repeats;
  double *means;
} DlmSampleMeans;

DlmSampleMeans *dlm_sample_means_compute (const DlmPopulation *pop,
                                          gboolean             biased,
                                          guint                n,
                                          guint                repeats,
                                          guint32              seed,
                                               DlmSamplingProgress  progress,
                                          gpointer             progress_data);
void            dlm_sample_means_free    (DlmSampleMeans      *means);
/* A histogram of means[0 .. count) whose bins are @width wide with one bin
 * edge at @origin and that covers [lo, hi] (every mean lies there). */
gsl_histogram  *dlm_sample_means_histogram (const double        *means,
                                            gsize                count,
                                            double               lo,
                                            double               hi,
                                            double               origin,
                                            double               width);
/* The bin width used for the means of samples of @n: about a quarter of
 * σ/√n; for the coin a whole multiple of 1/n, so no bin straddles two
 * possible means. Its bins have an edge at *origin. */
double          dlm_sample_means_bin_width (const DlmPopulation *pop,
                                            guint                n,
                                            double              *origin);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmLln, dlm_lln_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmSampleMeans, dlm_sample_means_free)

G_END_DECLS
