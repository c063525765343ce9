/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-quiz-private.h"
#include "dlm-rng.h"
#include "dlm-sampling.h"
#include "dlm-sampling-topic.h"
#include "golden.h"
#include "topic-test.h"

static double
summary_value (DlmTopic   *topic,
               const char *key)
{
  g_autofree char *summary = dlm_topic_to_summary (topic);
  g_autofree char *needle = g_strconcat (key, "=", NULL);
  const char *at = strstr (summary, needle);

  if (at == NULL || (at != summary && at[-1] != '\n'))
    g_error ("no %s in summary:\n%s", key, summary);
  return g_ascii_strtod (at + strlen (needle), NULL);
}

/* ---- reproducibility ---------------------------------------------------- */

static void
test_same_seed_same_csv (void)
{
  const char *views[] = { "view=lln", "view=distribution" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const char *set[] = { views[v], "distribution=bimodal", NULL };
      g_autoptr(DlmTopic) a = topic_applied ("sampling", set);
      g_autoptr(DlmTopic) b = topic_applied ("sampling", set);
      g_autoptr(DlmTopic) c = topic_applied ("sampling", set);
      g_autofree char *csv_a = NULL, *csv_b = NULL, *csv_c = NULL;

      dlm_topic_set_seed (a, 42);
      dlm_topic_set_seed (b, 42);
      dlm_topic_set_seed (c, 43);
      csv_a = dlm_topic_to_csv (a);
      csv_b = dlm_topic_to_csv (b);
      csv_c = dlm_topic_to_csv (c);
      g_assert_cmpstr (csv_a, ==, csv_b);
      g_assert_cmpstr (csv_a, !=, csv_c);
      /* and the seed can go back: the same numbers again */
      dlm_topic_set_seed (c, 42);
      g_free (csv_c);
      csv_c = dlm_topic_to_csv (c);
      g_assert_cmpstr (csv_a, ==, csv_c);
    }
}

/* Any frame of the animation is the beginning of the full one. */
static void
test_step_is_a_prefix (void)
{
  g_autoptr(DlmTopic) all = topic_applied ("sampling", (const char *[]) { "draws=200", NULL });
  g_autoptr(DlmTopic) part = topic_applied ("sampling", (const char *[]) { "draws=200", "step=10", NULL });
  g_autofree char *csv_all = dlm_topic_to_csv (all);
  g_autofree char *csv_part = dlm_topic_to_csv (part);
  g_auto(GStrv) lines = g_strsplit (csv_part, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 10 + 1);
  g_assert_true (g_str_has_prefix (csv_all, csv_part));
  /* NumPy's 0-based index first, then the draw counted from 1 */
  g_assert_true (g_str_has_prefix (csv_part, "index,draw,value,running_mean\n0,1,"));
  g_assert_cmpfloat (summary_value (part, "draws"), ==, 10);
}

/* ---- statistics --------------------------------------------------------- */

/* 10⁵ normal draws with σ = 10: the running mean has standard error
 * σ/√k = 0.0316; five standard errors (0.158) are missed by chance with
 * probability 6·10⁻⁷, and the seed is fixed anyway. */
static void
test_running_mean_converges (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "draws=100000", "runs=3", NULL });
  double se = 10 / sqrt (100000);

  g_assert_cmpfloat (fabs (summary_value (topic, "mean") - 170), <, 5 * se);
  g_assert_cmpfloat_with_epsilon (summary_value (topic, "band_half_width"), se, 1e-12);
  g_assert_cmpfloat (summary_value (topic, "population_mean"), ==, 170);
  /* four runs of 10⁵: their means differ by about σ/√k, not by σ */
  g_assert_cmpfloat (summary_value (topic, "sd_between_runs"), <, 4 * se);
}

/* 10⁵ means of samples of 30 from N(170, 10²) are exactly normal with SD
 * σ/√30 = 1.8257; the sample SD of R normal values has relative standard
 * error 1/√(2(R − 1)) = 0.22 %, so 5 of those (1.1 %) is the tolerance. */
static void
test_sd_of_means (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "view=distribution", "repeats=100000", NULL });
  double se = 10 / sqrt (30), tolerance = 5 / sqrt (2.0 * (100000 - 1));

  g_assert_cmpfloat (fabs (summary_value (topic, "sd_of_means") / se - 1), <, tolerance);
  g_assert_cmpfloat (fabs (summary_value (topic, "mean_of_means") - 170), <, 5 * se / sqrt (100000));
  g_assert_cmpfloat_with_epsilon (summary_value (topic, "standard_error"), se, 1e-12);
  g_assert_cmpfloat (summary_value (topic, "repeats"), ==, 100000);
  g_assert_cmpfloat (summary_value (topic, "n"), ==, 30);
}

static double
histogram_total (DlmTopic *topic)
{
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  double total = 0, last_high = -INFINITY;

  g_assert_cmpstr (lines[0], ==, "index,bin_low,bin_high,count");
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i] + strlen (lines[i]) - strlen (strchr (lines[i], ',') + 1), ",", 3);
      double lo = g_ascii_strtod (f[0], NULL), hi = g_ascii_strtod (f[1], NULL);

      g_assert_cmpuint (g_ascii_strtoull (lines[i], NULL, 10), ==, i - 1);
      g_assert_cmpfloat (lo, <, hi);
      if (isfinite (last_high))
        g_assert_cmpfloat_with_epsilon (lo, last_high, 1e-9 * fabs (lo) + 1e-12);
      last_high = hi;
      total += g_ascii_strtod (f[2], NULL);
    }
  return total;
}

static void
test_histogram_counts (void)
{
  const char *populations[] = { "normal", "uniform", "exponential", "bimodal", "coin" };

  for (guint i = 0; i < G_N_ELEMENTS (populations); i++)
    {
      g_autofree char *d = g_strconcat ("distribution=", populations[i], NULL);
      g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "view=distribution", d, "n=7", "repeats=2345", NULL });

      g_assert_cmpfloat (histogram_total (topic), ==, 2345);
      /* a frame of the animation holds the samples shown so far */
      g_assert_true (dlm_topic_set_param (topic, "step", "100", NULL));
      g_assert_cmpfloat (histogram_total (topic), ==, 100);
      g_assert_true (dlm_topic_set_param (topic, "step", "2000", NULL));
      g_assert_cmpfloat (histogram_total (topic), ==, 2000);
    }
}

/* 10⁶ draws of each population against its known mean and variance. The
 * mean's standard error is σ/10³; the variance's relative standard error
 * is √((κ − 1)/N) with kurtosis κ ≤ 9 (the exponential), at most 0.28 %:
 * five of each are the tolerances. */
static void
test_population_moments (void)
{
  const DlmPopulationKind kinds[] = { DLM_POPULATION_NORMAL, DLM_POPULATION_UNIFORM,
                                      DLM_POPULATION_EXPONENTIAL, DLM_POPULATION_BIMODAL,
                                      DLM_POPULATION_COIN };
  const gsize n = 1000000;
  g_autofree double *x = g_new (double, n);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      DlmPopulation pop = { kinds[i], 170, 10 };
      g_autoptr(DlmDraws) draws = dlm_draws_new (7 + i);
      double mean, sd = dlm_population_sd (&pop);

      dlm_population_draw (&pop, draws, FALSE, x, n);
      mean = gsl_stats_mean (x, 1, n);
      g_assert_cmpfloat (fabs (mean - dlm_population_mean (&pop)), <, 5 * sd / sqrt (n));
      g_assert_cmpfloat (fabs (gsl_stats_variance_m (x, 1, n, mean) / (sd * sd) - 1), <, 5 * sqrt (8.0 / n));
    }
  {
    DlmPopulation coin = { DLM_POPULATION_COIN, 170, 10 };
    g_assert_cmpfloat (dlm_population_mean (&coin), ==, 0.5);
    g_assert_cmpfloat (dlm_population_sd (&coin), ==, 0.5);
  }
}

/* The biased sample converges where the formulas say: e.g. for the
 * normal population μ + σ √(2/π) (scipy: stats.truncnorm(0, inf).mean()
 * = 0.7978845608028654). */
static void
test_biased_sample (void)
{
  const DlmPopulationKind kinds[] = { DLM_POPULATION_NORMAL, DLM_POPULATION_UNIFORM,
                                      DLM_POPULATION_EXPONENTIAL, DLM_POPULATION_BIMODAL,
                                      DLM_POPULATION_COIN };
  const gsize n = 400000;
  g_autofree double *x = g_new (double, n);
  DlmPopulation normal = { DLM_POPULATION_NORMAL, 0, 1 };

  g_assert_cmpfloat_with_epsilon (dlm_population_biased_mean (&normal), 0.7978845608028654, 1e-15);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      DlmPopulation pop = { kinds[i], 170, 10 };
      g_autoptr(DlmDraws) draws = dlm_draws_new (11 + i);
      double median = dlm_population_median (&pop);

      dlm_population_draw (&pop, draws, TRUE, x, n);
      for (gsize j = 0; j < n; j++)
        g_assert_cmpfloat (x[j], >, median);
      g_assert_cmpfloat (fabs (gsl_stats_mean (x, 1, n) - dlm_population_biased_mean (&pop)), <,
                         5 * dlm_population_sd (&pop) / sqrt (n));
    }

  {
    g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "biased=true", "draws=20000", NULL });
    /* 7.98 above μ, where a random sample stays within 5 σ/√k = 0.35 */
    g_assert_cmpfloat (summary_value (topic, "mean") - 170, >, 7);
    g_assert_cmpfloat_with_epsilon (summary_value (topic, "biased_mean"), 170 + 7.978845608028654, 1e-9);
  }
}

/* ---- sources of variability -------------------------------------------- */

/* The seeded numbers are NumPy's: the app's draws come from legacy
 * RandomStates seeded as in dlm-sampling.h, so NumPy gives the same values
 * (/usr/bin/python3, NumPy 1.24):
 *   g = lambda s: np.random.RandomState(int(s) or 4357)
 *   s = int(g(42).randint(0, 2**32, dtype=np.uint64))   # run 0 of seed 42
 *   170 + 10 * g(s).standard_normal(2)
 *     → 182.50806721766344, 168.29660938015735
 *   hump = np.where(g(s).randint(0, 2**32, size=12, dtype=np.uint64) / 2**32 < 0.5, 178.0, 162.0)
 *   v = hump + 6.0 * g(s + 1).standard_normal(12); v[v > 170][:3]
 *     → 179.33021735982456, 183.34380244, 172.01637185970901 (mean 178.2301305525763)
 * The distribution's means (every block summed by GSL, so these are the
 * app's own doubles; the exported script agrees to 1e-12):
 *   dlmath --topic sampling --set view=distribution --summary
 *   ... --set biased=true --set distribution=exponential --set n=5 --summary */
static void
test_seeded_values (void)
{
  g_autoptr(DlmTopic) lln = topic_applied ("sampling", (const char *[]) { "natural=true", "noise=0", NULL });
  g_autoptr(DlmTopic) biased = topic_applied ("sampling", (const char *[]) { "biased=true", "distribution=bimodal", "draws=3", NULL });
  g_autoptr(DlmTopic) means = topic_applied ("sampling", (const char *[]) { "view=distribution", NULL });
  g_autoptr(DlmTopic) skewed = topic_applied ("sampling", (const char *[]) { "view=distribution", "biased=true",
                                                                             "distribution=exponential", "n=5", NULL });
  g_autofree char *csv = dlm_topic_to_csv (lln), *biased_csv = dlm_topic_to_csv (biased);

  g_assert_true (g_str_has_prefix (csv, "index,draw,value,running_mean\n"
                                        "0,1,182.50806721766344,182.50806721766344\n"
                                        "1,2,168.29660938015735,175.40233829891039\n"));
  g_assert_true (g_str_has_suffix (biased_csv, "2,3,172.01637185970901,178.2301305525763\n"));
  g_assert_cmpfloat (summary_value (means, "mean_of_means"), ==, 170.07520837812893);
  g_assert_cmpfloat (summary_value (means, "sd_of_means"), ==, 1.7863006466362958);
  g_assert_cmpfloat (summary_value (skewed, "mean_of_means"), ==, 176.85300717565784);
  g_assert_cmpfloat (summary_value (skewed, "sd_of_means"), ==, 4.5751559923749507);
}

/* The means are computed as the draws are made, a few samples at a time,
 * and must be the very bits of gsl_stats_mean over each whole sample drawn
 * at once from its block's streams (blocks of max(1, 2¹⁸ / n) samples, as
 * the exported script says). Covered: four samples side by side and the
 * ones left over, a sample drawn in pieces (n beyond 65536), n = 1, and
 * the populations whose draws take other paths (noise, bias, identical
 * members, two streams). */
static void
check_means_as_drawn (DlmPopulation pop,
                      gboolean      biased,
                      guint         n,
                      guint         repeats)
{
  g_autoptr(DlmSampleMeans) means = dlm_sample_means_compute (&pop, biased, n, repeats, 42, NULL, NULL);
  guint per_block = MAX (1, (1u << 18) / n);

  for (guint start = 0; start < repeats; start += per_block)
    {
      guint count = MIN (per_block, repeats - start);
      g_autoptr(DlmDraws) draws = dlm_draws_new (dlm_sampling_sub_seed (42, start / per_block));
      g_autofree double *x = g_new (double, (gsize) count * n);

      dlm_population_draw (&pop, draws, biased, x, (gsize) count * n);
      for (guint j = 0; j < count; j++)
        if (means->means[start + j] != gsl_stats_mean (x + (gsize) j * n, 1, n))
          g_error ("n=%u repeats=%u: mean %u is %.17g, gsl_stats_mean says %.17g", n, repeats,
                   start + j, means->means[start + j], gsl_stats_mean (x + (gsize) j * n, 1, n));
    }
}

static void
test_means_as_drawn (void)
{
  DlmPopulation normal = { DLM_POPULATION_NORMAL, 170, 10 };
  DlmPopulation noisy = { DLM_POPULATION_EXPONENTIAL, 5, 2, .noise = 0.5 };
  DlmPopulation same = { DLM_POPULATION_UNIFORM, 1, 1, .noise = 3, .identical = TRUE };
  DlmPopulation humps = { DLM_POPULATION_BIMODAL, -4, 0.25 };
  DlmPopulation coin = { DLM_POPULATION_COIN, 0.5, 0.5 };

  check_means_as_drawn (normal, FALSE, 1000, 1003);   /* 4 blocks, 262 a block: 2 left over */
  check_means_as_drawn (normal, FALSE, 7, 40001);
  check_means_as_drawn (normal, FALSE, 16384, 9);     /* the largest n drawn four at a time */
  check_means_as_drawn (normal, FALSE, 16385, 5);
  check_means_as_drawn (normal, FALSE, 200003, 2);    /* drawn in pieces */
  check_means_as_drawn (normal, FALSE, 1, 300001);
  check_means_as_drawn (noisy, FALSE, 33, 501);
  check_means_as_drawn (same, FALSE, 30, 77);
  check_means_as_drawn (humps, TRUE, 10, 999);
  check_means_as_drawn (coin, TRUE, 5, 1234);
}

/* The documented streams: each value is its member's draw (a normal number
 * of the members stream, scaled by σ), then a normal number of the noise
 * stream scaled by τ for the measurement error; run 0 uses the sub-seed 0
 * of the figure's seed. */
static void
test_noise_order (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "noise=2.5", "draws=50", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  guint32 s = dlm_sampling_sub_seed (dlm_topic_get_seed (topic), 0);
  g_autoptr(DlmRng) members = dlm_rng_new (DLM_RNG_NUMPY, s);
  g_autoptr(DlmRng) noise = dlm_rng_new (DLM_RNG_NUMPY, s + 2);

  g_assert_cmpuint (s, !=, 0);
  for (guint i = 0; i < 50; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i + 1], ",", -1);
      double x = 170 + 10 * dlm_rng_normal (members);

      x += 2.5 * dlm_rng_normal (noise);
      g_assert_cmpfloat (g_ascii_strtod (f[2], NULL), ==, x);
    }
}

/* The means scatter by √(σ² + τ²)/√n with noise, τ/√n with the noise
 * alone, and not at all without either; the sample size and bias act as
 * before. Tolerances as in test_sd_of_means (5 relative standard errors
 * of an SD from 20 000 means: 3.5 %). */
static void
test_sources_spread (void)
{
  const struct { const char *natural, *noise; double expected; } cases[] = {
    { "natural=true", "noise=0", 10 },
    { "natural=true", "noise=5", sqrt (125) },
    { "natural=false", "noise=5", 5 },
  };
  double tolerance = 5 / sqrt (2.0 * (20000 - 1));

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "view=distribution", "n=16", "repeats=20000",
                                                                                cases[c].natural, cases[c].noise, NULL });
      double se = cases[c].expected / 4;

      g_assert_cmpfloat_with_epsilon (summary_value (topic, "standard_error"), se, 1e-12);
      g_assert_cmpfloat (fabs (summary_value (topic, "sd_of_means") / se - 1), <, tolerance);
      g_assert_cmpfloat (fabs (summary_value (topic, "mean_of_means") - 170), <, 5 * se / sqrt (20000));
      g_assert_cmpfloat_with_epsilon (summary_value (topic, "measured_sd"), cases[c].expected, 1e-12);
    }
  {
    g_autoptr(DlmTopic) still = topic_applied ("sampling", (const char *[]) { "view=distribution", "natural=false", "biased=true", NULL });
    g_autoptr(DlmTopic) flat = topic_applied ("sampling", (const char *[]) { "natural=false", "runs=3", NULL });
    g_autoptr(GPtrArray) texts = figure_texts (still, DLM_THEME_LIGHT, 1366, 768);
    g_autofree char *words = dlm_topic_get_explanation (still);

    /* nobody differs: every mean is μ, and choosing whom to measure
     * changes nothing */
    g_assert_cmpfloat (summary_value (still, "sd_of_means"), ==, 0);
    g_assert_cmpfloat (summary_value (still, "mean_of_means"), ==, 170);
    g_assert_cmpfloat (summary_value (still, "population_sd"), ==, 0);
    g_assert_cmpfloat (summary_value (flat, "sd_between_runs"), ==, 0);
    g_assert_cmpfloat (summary_value (flat, "mean"), ==, 170);
    g_assert_true (texts_contain (texts, "No variability"));
    g_assert_true (texts_contain (texts, "everyone is μ"));
    g_assert_false (texts_contain (texts, "above μ"));
    g_assert_nonnull (strstr (words, "changes nothing"));
  }
}

/* The words name the sources that are on, with their sizes, in every
 * view; the formula card carries the numbers. */
static void
test_sources_words (void)
{
  const char *views[] = { "view=lln", "view=distribution" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(DlmTopic) plain = topic_applied ("sampling", (const char *[]) { views[v], NULL });
      g_autoptr(DlmTopic) noisy = topic_applied ("sampling", (const char *[]) { views[v], "noise=2", NULL });
      g_autoptr(DlmTopic) alike = topic_applied ("sampling", (const char *[]) { views[v], "natural=false", "noise=2", NULL });
      g_autofree char *d_plain = dlm_topic_describe (plain), *d_noisy = dlm_topic_describe (noisy);
      g_autofree char *d_alike = dlm_topic_describe (alike), *f_noisy = dlm_topic_get_formula (noisy);
      g_autofree char *e_noisy = dlm_topic_get_explanation (noisy);
      g_autoptr(GPtrArray) texts = figure_texts (noisy, DLM_THEME_LIGHT, 1366, 768);

      g_assert_nonnull (strstr (d_plain, "natural variation on (σ = 10)"));
      g_assert_nonnull (strstr (d_plain, "measurement noise off"));
      g_assert_nonnull (strstr (d_plain, "a random sample"));
      g_assert_nonnull (strstr (d_noisy, "measurement noise on (τ = 2)"));
      g_assert_nonnull (strstr (d_noisy, "√(σ² + τ²)/√n"));
      g_assert_nonnull (strstr (d_alike, "natural variation off (everyone is μ)"));
      g_assert_nonnull (strstr (d_alike, "τ/√n"));
      g_assert_nonnull (strstr (f_noisy, "√(10<sup>2</sup> + 2<sup>2</sup>)"));
      g_assert_nonnull (strstr (e_noisy, "τ = 2"));
      g_assert_true (texts_contain (texts, "noise τ = 2"));
      g_assert_true (texts_contain (texts, "√(σ² + τ²)/√n"));
    }
}

/* A key means one quantity: the keys both views write agree for the same
 * parameters; each view writes its own quantities under its own keys. */
static void
test_summary_keys (void)
{
  g_autoptr(DlmTopic) lln = topic_applied ("sampling", (const char *[]) { "noise=3", "biased=true", NULL });
  g_autoptr(DlmTopic) dist = topic_applied ("sampling", (const char *[]) { "noise=3", "biased=true", "view=distribution", NULL });
  g_autoptr(GHashTable) a = summary_of (lln);
  g_autoptr(GHashTable) b = summary_of (dist);
  GHashTableIter iter;
  gpointer key, value;
  guint shared = 0;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_contains (b, key))
      {
        g_assert_cmpstr (value, ==, g_hash_table_lookup (b, key));
        shared++;
      }
  g_assert_cmpuint (shared, ==, 5);
  g_assert_true (g_hash_table_contains (a, "mean") && !g_hash_table_contains (b, "mean"));
  g_assert_true (g_hash_table_contains (b, "mean_of_means") && g_hash_table_contains (b, "sd_of_means"));
  g_assert_true (g_hash_table_contains (a, "sd_between_runs") && g_hash_table_contains (a, "band_half_width"));
  g_assert_cmpfloat (summary_number (a, "noise_sd"), ==, 3);
}

/* ---- the quiz ----------------------------------------------------------- */

static char *
quiz_prompts (guint32 seed)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GString *all = g_string_new (NULL);

  dlm_sampling_quiz_build (questions, rand);
  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);

      g_string_append_printf (all, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        g_string_append_printf (all, "  %s\n", dlm_quiz_question_get_choice (q, c));
    }
  return g_string_free (all, FALSE);
}

/* Two seeds ask about other numbers; one seed asks the same again. The
 * noise question's right answer is √(σ² + τ²)/√n of its own numbers. */
static void
test_quiz_seeds (void)
{
  g_autofree char *a = quiz_prompts (1), *again = quiz_prompts (1), *b = quiz_prompts (2);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const DlmQuizQuestion *noisy;
  double sigma, tau;
  guint n;
  const char *prompt;
  g_autofree char *expected = NULL;

  g_assert_cmpstr (a, ==, again);
  g_assert_cmpstr (a, !=, b);

  dlm_sampling_quiz_build (questions, rand);
  g_assert_cmpuint (questions->len, ==, 9);
  noisy = g_ptr_array_index (questions, 6);
  prompt = dlm_quiz_question_get_prompt (noisy);
  g_assert_cmpint (sscanf (strstr (prompt, "σ = "), "σ = %lf", &sigma), ==, 1);
  g_assert_cmpint (sscanf (strstr (prompt, "τ = "), "τ = %lf", &tau), ==, 1);
  g_assert_cmpint (sscanf (strstr (prompt, "n = "), "n = %u", &n), ==, 1);
  expected = g_strdup_printf ("%.2f cm", sqrt (sigma * sigma + tau * tau) / sqrt (n));
  g_assert_cmpstr (dlm_quiz_question_get_choice (noisy, dlm_quiz_question_get_correct (noisy)), ==, expected);
}

/* ---- bad input ---------------------------------------------------------- */

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_sampling_topic_new ();
  g_autofree char *before = dlm_topic_to_csv (topic);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "distribution", "dice", "normal|uniform|exponential|bimodal|coin" },
    { "mu", "tall", "not a number" },
    { "mu", "1e10", "too large" },
    { "mu", "nan", "mu" },
    { "sigma", "0", "greater than 0" },
    { "sigma", "-1", "greater than 0" },
    { "sigma", "x", "not a number" },
    { "n", "0", "too small" },
    { "n", "2.5", "whole number" },
    { "n", "400000", "repeats × n" },
    { "repeats", "0", "too small" },
    { "repeats", "20000000", "too large" },
    { "repeats", "400000", "repeats × n" },
    { "draws", "0", "too small" },
    { "draws", "10000001", "too large" },
    { "view", "pie", "lln|distribution" },
    { "runs", "-1", "too small" },
    { "runs", "11", "too large" },
    { "biased", "maybe", "true (only values above the median get in" },
    { "step", "-1", "too small" },
    { "step", "10000001", "too large" },
    { "natural", "sometimes", "true (members differ by σ) or false (everyone is μ)" },
    { "noise", "-1", "0 (exact measurements) to 1000000" },
    { "noise", "2e6", "0 (exact measurements) to 1000000" },
    { "noise", "loud", "not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_error (error, DLM_ERROR, error->code);
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: message “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      after = dlm_topic_to_csv (topic);
      g_assert_cmpstr (after, ==, before);
    }
  /* the largest accepted amounts */
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "n=1000", "repeats=10000", NULL }, NULL));
}

/* ---- background work ---------------------------------------------------- */

static gboolean
computing (DlmTopic *topic)
{
  return dlm_topic_get_computing (topic);
}

static void
wait_while_computing (DlmTopic *topic)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (computing (topic) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (computing (topic));
}

static void
count_changes (guint *changes)
{
  (*changes)++;
}

static void
test_background_compute (void)
{
  g_autoptr(DlmTopic) topic = dlm_sampling_topic_new ();
  g_autoptr(DlmTopic) reference = topic_applied ("sampling", (const char *[]) { "draws=3000", NULL });
  g_autofree char *expected = dlm_topic_to_csv (reference);
  g_autofree char *csv = NULL;
  guint changes = 0;

  g_signal_connect_swapped (topic, "changed", G_CALLBACK (count_changes), &changes);
  dlm_topic_set_compute_in_background (topic, TRUE);
  g_assert_true (dlm_topic_get_computing (topic));
  wait_while_computing (topic);
  g_assert_cmpuint (changes, ==, 1);

  g_assert_true (dlm_topic_set_param (topic, "draws", "3000", NULL));
  wait_while_computing (topic);
  csv = dlm_topic_to_csv (topic);
  g_assert_cmpstr (csv, ==, expected);
  g_assert_cmpfloat (dlm_topic_get_progress (topic), ==, 1);

  /* moving the animation needs no new work */
  g_assert_true (dlm_topic_set_param (topic, "step", "5", NULL));
  g_assert_false (dlm_topic_get_computing (topic));
}

static void
test_cancel (void)
{
  g_autoptr(DlmTopic) topic = dlm_sampling_topic_new ();
  g_autofree char *before = NULL, *after = NULL;
  gint64 asked;

  dlm_topic_set_compute_in_background (topic, TRUE);
  wait_while_computing (topic);
  before = dlm_topic_to_csv (topic);

  /* 10 runs of 10⁶ draws, the most accepted: about a second of work */
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "draws=1000000", "runs=9", NULL }, NULL));
  g_assert_true (dlm_topic_get_computing (topic));
  while (dlm_topic_get_progress (topic) == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (dlm_topic_get_progress (topic), <, 0.5);

  asked = g_get_monotonic_time ();
  dlm_topic_cancel_compute (topic);
  wait_while_computing (topic);
  /* stopped within a chunk of draws, not at the end of the work */
  g_assert_cmpint (g_get_monotonic_time () - asked, <, G_USEC_PER_SEC / 2);

  /* the last good figure stays, and is not started again by itself */
  after = dlm_topic_to_csv (topic);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (dlm_topic_set_param (topic, "step", "7", NULL));
  g_assert_false (dlm_topic_get_computing (topic));
  /* a real change starts new work */
  g_assert_true (dlm_topic_set_param (topic, "draws", "1000", NULL));
  g_assert_true (dlm_topic_get_computing (topic));
  wait_while_computing (topic);
}

/* ---- bounded work -------------------------------------------------------- */

/* Every run draws as many as the first, so the limit is on their product,
 * and the message names the one of the two set last, the other with its
 * value, and the limit. */
static void
test_work_limit (void)
{
  const char *refused[][3] = { { "draws=10000000", "runs=1", NULL }, { "runs=10", "draws=1000000", NULL } };
  const char *expected[] = { "runs: 1 is too many with draws=10000000;",
                             "draws: 1000000 is too large with runs=10;" };
  g_autoptr(DlmTopic) topic = dlm_sampling_topic_new ();

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dlm_topic_apply (topic, refused[i], &error));
      g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
      g_assert_true (g_str_has_prefix (error->message, expected[i]));
      g_assert_nonnull (strstr (error->message, "draws × (runs + 1) up to 10000000"));
    }
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "draws=10000000", "runs=0", NULL }, NULL));
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "draws=1000000", "runs=9", NULL }, NULL));
}

/* The lines of a long CSV, read without g_strsplit(): under AddressSanitizer
 * its strstr() measures the whole rest of the text at every call, which
 * made a 100001-line CSV take minutes. How many lines end in a newline,
 * and a copy of line @index. */
static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static char *
dup_line (const char *text,
          guint       index)
{
  for (guint i = 0; i < index; i++)
    text = strchr (text, '\n') + 1;
  return g_strndup (text, strcspn (text, "\n"));
}

/* Past 10⁵ draws the CSV keeps the figure's checkpoints, not a row per
 * draw: every draw up to 2048, then every 0.1 %, and the last one shown,
 * each with its own value and the running mean the summary gives. */
static void
test_lln_csv_rows (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "draws=200000", "runs=0", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);
  guint n = count_lines (csv);
  g_autofree char *row = dup_line (csv, 2048), *last_row = dup_line (csv, n - 1);
  g_auto(GStrv) last = g_strsplit (last_row, ",", -1);

  g_assert_cmpuint (n, >, 2048 + 3000);
  g_assert_cmpuint (n, <, 2048 + 5000);
  g_assert_true (g_str_has_prefix (row, "2047,2048,"));
  g_assert_cmpstr (last[1], ==, "200000");
  g_assert_cmpfloat (g_ascii_strtod (last[3], NULL), ==, summary_value (topic, "mean"));

  /* at the limit, still a row per draw */
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "draws=100000", NULL }, NULL));
  g_clear_pointer (&csv, g_free);
  csv = dlm_topic_to_csv (topic);
  g_assert_cmpuint (count_lines (csv), ==, 100001);
}

/* ---- degenerate spreads ------------------------------------------------- */

/* σ far below what the axis can show beside μ (or below any normal
 * double): the means all land in one bin that has width, centred on μ, and
 * the figure draws without a GSL abort or a CRITICAL. */
static void
test_tiny_sigma (void)
{
  const char *sigmas[] = { "sigma=1e-300", "sigma=4e-320" };
  const char *mus[] = { "mu=170", "mu=0", "mu=-1e9" };

  for (guint i = 0; i < G_N_ELEMENTS (sigmas); i++)
    for (guint j = 0; j < G_N_ELEMENTS (mus); j++)
      {
        const char *set[] = { "view=distribution", sigmas[i], mus[j], NULL };
        g_autoptr(DlmTopic) topic = topic_applied ("sampling", set);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 360);
        cairo_t *cr = cairo_create (surface);
        double origin, width, mu = g_ascii_strtod (mus[j] + 3, NULL);
        DlmPopulation pop = { DLM_POPULATION_NORMAL, mu, g_ascii_strtod (sigmas[i] + 6, NULL) };
        DlmTheme theme;

        width = dlm_sample_means_bin_width (&pop, 30, &origin);
        g_assert_cmpfloat (origin, <, mu);
        g_assert_cmpfloat (origin + width, >, mu);
        g_assert_cmpfloat (origin + width, >, origin);

        dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
        dlm_topic_render (topic, cr, &theme, 640, 360);
        g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpfloat (summary_value (topic, "sd_of_means"), ==, 0);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
      }
}

/* ---- read-outs and words ------------------------------------------------ */

static void
test_probe_and_words (void)
{
  const char *views[] = { "view=lln", "view=distribution" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { views[v], NULL });
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *description = NULL, *formula = NULL, *explanation = NULL;
      DlmProbe probe = { 0 };
      DlmTheme theme;

      dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
      dlm_topic_render (topic, cr, &theme, 1280, 720);
      g_assert_true (dlm_topic_probe (topic, 400, 400, &probe));
      g_assert_nonnull (probe.text);
      dlm_probe_clear (&probe);
      g_assert_false (dlm_topic_probe (topic, 2, 2, &probe));

      description = dlm_topic_describe (topic);
      formula = dlm_topic_get_formula (topic);
      explanation = dlm_topic_get_explanation (topic);
      g_assert_nonnull (strstr (description, "170"));
      g_assert_nonnull (strstr (formula, "μ"));
      g_assert_cmpuint (strlen (explanation), >, 100);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* ---- the figure --------------------------------------------------------- */

/* The running mean starts from a single draw, which may lie further from
 * μ than the ±1.2σ the band needs: for every seed, every point of it is
 * inside the plot, not clamped to its edge (the read-out clamps to the
 * plot, so a point on the edge is a curve that ran off). Among 20 seeds
 * some first draw lies beyond 1.2σ (chance 23 % each). */
static void
test_runs_stay_on_the_plot (void)
{
  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "draws=3", "runs=5", NULL });
      g_autoptr(GPtrArray) texts = NULL;
      guint n;

      dlm_topic_set_seed (topic, seed);
      texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
      n = dlm_topic_count_points (topic, NULL);
      g_assert_cmpuint (n, >, 0);
      for (guint i = 0; i < n; i++)
        {
          DlmProbe point = { 0 }, above = { 0 }, below = { 0 };

          g_assert_true (dlm_topic_get_point (topic, i, &point));
          g_assert_true (dlm_topic_probe (topic, point.x, point.y - 2, &above));
          g_assert_true (dlm_topic_probe (topic, point.x, point.y + 2, &below));
          dlm_probe_clear (&point);
          dlm_probe_clear (&above);
          dlm_probe_clear (&below);
        }
    }
}

/* A count of draws has no ticks at 2.5 draws. */
static void
test_few_draws_whole_ticks (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "draws=20", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 800, 600);

  g_assert_false (texts_contain (texts, "2.5"));
  g_assert_false (texts_contain (texts, "7.5"));
  g_assert_true (texts_contain (texts, "20"));
}

/* One legend entry, one colour, for the faint runs: the entry says how
 * many there are and what they are. The latest draw, highlighted in the
 * population, is named there. */
static void
test_legend_and_inset (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "runs=5", "draws=500", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_DARK, 1366, 768);
  g_autoptr(GPtrArray) one = NULL;

  g_assert_true (texts_contain (texts, "5 other runs: other samples"));
  g_assert_true (texts_contain (texts, "draw 500"));
  g_assert_true (texts_contain (texts, "23 draws before"));
  g_assert_true (dlm_topic_set_param (topic, "runs", "1", NULL));
  one = figure_texts (topic, DLM_THEME_DARK, 1366, 768);
  g_assert_true (texts_contain (one, "1 other run: another sample"));
}

/* A biased sample does not converge to μ, and its title does not say so. */
static void
test_biased_titles (void)
{
  const char *views[] = { "view=lln", "view=distribution" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { views[v], "biased=true", NULL });
      g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

      g_assert_false (texts_contain (texts, "closer their mean to μ"));
      g_assert_false (texts_contain (texts, "normal curve of width"));
      g_assert_true (texts_contain (texts, "above μ"));
    }
}

/* 8-digit populations: numbers in full, never 10⁷ for a mean. */
static void
test_large_numbers (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("sampling", (const char *[]) { "mu=12345678", "sigma=1000", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  /* grouped by thousands with narrow no-break spaces */
  g_assert_true (texts_contain (texts, "μ = 12\u202f345\u202f678"));
  g_assert_true (texts_contain (texts, "mean so far: 12\u202f34"));
}

/* The figure's text: no overlaps, all inside, readable, in every view and
 * with the sources of variability switched, at the sizes of a slide, a
 * laptop and a small window. */
static void
test_layout_clean (void)
{
  const char *cases[][4] = {
    { "view=lln", NULL },
    { "view=lln", "biased=true", "distribution=bimodal", NULL },
    { "view=lln", "draws=3", "runs=5", NULL },
    { "view=distribution", "n=2", "distribution=exponential", NULL },
    { "view=distribution", "biased=true", NULL },
    { "view=lln", "natural=false", "noise=3", NULL },
    { "view=distribution", "noise=20", "distribution=coin", NULL },
    { "view=distribution", "natural=false", NULL },
  };

  const int sizes[][2] = { { 1920, 1080 }, { 1366, 768 }, { 800, 600 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("sampling", cases[c]);

      for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            g_autoptr(GPtrArray) problems = figure_problems (topic, theme, sizes[s][0], sizes[s][1]);

            if (problems->len > 0)
              g_error ("%s %s at %dx%d: %s", cases[c][0], cases[c][1] ? cases[c][1] : "",
                       sizes[s][0], sizes[s][1], (const char *) problems->pdata[0]);
          }
    }
}

/* ---- golden images ------------------------------------------------------ */

static const DlmGolden goldens[] = {
  { "sampling-lln-light", dlm_sampling_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "sampling-lln-dark", dlm_sampling_topic_get_type, { "biased=true", "distribution=bimodal", NULL }, DLM_THEME_DARK },
  { "sampling-lln-projector", dlm_sampling_topic_get_type, { "step=120", NULL }, DLM_THEME_PROJECTOR },
  { "sampling-distribution-light", dlm_sampling_topic_get_type, { "view=distribution", NULL }, DLM_THEME_LIGHT },
  { "sampling-distribution-dark", dlm_sampling_topic_get_type, { "view=distribution", "distribution=exponential", "n=5", NULL }, DLM_THEME_DARK },
  { "sampling-distribution-projector", dlm_sampling_topic_get_type, { "view=distribution", "distribution=coin", "n=10", NULL }, DLM_THEME_PROJECTOR },
  /* the sources of variability: noise widens, identical members still */
  { "sampling-sources-light", dlm_sampling_topic_get_type, { "view=distribution", "noise=5", "biased=true", NULL }, DLM_THEME_LIGHT },
  { "sampling-sources-dark", dlm_sampling_topic_get_type, { "natural=false", "noise=3", NULL }, DLM_THEME_DARK },
  { "sampling-sources-projector", dlm_sampling_topic_get_type, { "view=distribution", "natural=false", "biased=true", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/sampling/same-seed", test_same_seed_same_csv);
  g_test_add_func ("/topics/sampling/step-prefix", test_step_is_a_prefix);
  g_test_add_func ("/topics/sampling/running-mean", test_running_mean_converges);
  g_test_add_func ("/topics/sampling/sd-of-means", test_sd_of_means);
  g_test_add_func ("/topics/sampling/histogram-counts", test_histogram_counts);
  g_test_add_func ("/topics/sampling/population-moments", test_population_moments);
  g_test_add_func ("/topics/sampling/biased", test_biased_sample);
  g_test_add_func ("/topics/sampling/seeded-values", test_seeded_values);
  g_test_add_func ("/topics/sampling/means-as-drawn", test_means_as_drawn);
  g_test_add_func ("/topics/sampling/noise-order", test_noise_order);
  g_test_add_func ("/topics/sampling/sources-spread", test_sources_spread);
  g_test_add_func ("/topics/sampling/sources-words", test_sources_words);
  g_test_add_func ("/topics/sampling/summary-keys", test_summary_keys);
  g_test_add_func ("/topics/sampling/quiz-seeds", test_quiz_seeds);
  g_test_add_func ("/topics/sampling/bad-input", test_bad_input);
  g_test_add_func ("/topics/sampling/background", test_background_compute);
  g_test_add_func ("/topics/sampling/cancel", test_cancel);
  g_test_add_func ("/topics/sampling/probe-words", test_probe_and_words);
  g_test_add_func ("/topics/sampling/runs-on-plot", test_runs_stay_on_the_plot);
  g_test_add_func ("/topics/sampling/whole-ticks", test_few_draws_whole_ticks);
  g_test_add_func ("/topics/sampling/legend-inset", test_legend_and_inset);
  g_test_add_func ("/topics/sampling/biased-titles", test_biased_titles);
  g_test_add_func ("/topics/sampling/large-numbers", test_large_numbers);
  g_test_add_func ("/topics/sampling/layout", test_layout_clean);
  g_test_add_func ("/topics/sampling/tiny-sigma", test_tiny_sigma);
  g_test_add_func ("/topics/sampling/work-limit", test_work_limit);
  g_test_add_func ("/topics/sampling/lln-csv-rows", test_lln_csv_rows);
  dlm_golden_add_tests ("/topics/sampling/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
