/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <math.h>

#include "dlm-format.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-sampling.h"

/* The populations, draws and σ/√n come from src/core/dlm-sampling.h, the
 * panel's own code, so an answer cannot disagree with the figure. */

/* Every attempt asks about its own population of heights in cm, drawn
 * from the attempt's GRand in ranges where the answers stay apart. */
static DlmPopulation
heights_of (GRand *rand)
{
  DlmPopulation pop = { DLM_POPULATION_NORMAL, g_rand_int_range (rand, 150, 191),
                        g_rand_int_range (rand, 5, 16) };

  return pop;
}

/* Sample sizes with a whole square root, so σ/√n is worked out by hand. */
static guint
square_size (GRand *rand)
{
  static const guint sizes[] = { 4, 9, 16, 25, 36, 49, 64, 100 };

  return sizes[g_rand_int_range (rand, 0, G_N_ELEMENTS (sizes))];
}

/* "2 cm", "1.33 cm": the quiz measures heights in centimetres; whole
 * numbers as they are, others to @digits decimals (-1: to two). */
static char *
centimetres (double value,
             int    digits)
{
  g_autofree char *v = dlm_format_short (value, value == floor (value) ? -1 : digits < 0 ? 2 : digits);

  /* Translators: a length in centimetres */
  return g_strdup_printf (_("%s cm"), v);
}

static DlmQuizQuestion *
larger_samples (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("You draw several random samples of n values from one population and compare "
                               "their means. What makes those means scatter less from sample to sample?"));
  dlm_quiz_question_add_choice (q, FALSE, _("Drawing fewer values per sample"),
                                _("Small samples depend on a few lucky or unlucky draws, so their means scatter more."));
  dlm_quiz_question_add_choice (q, TRUE, _("Drawing more values per sample"),
                                _("Right: the means scatter by about σ/√n, which shrinks as n grows."));
  dlm_quiz_question_add_choice (q, FALSE, _("Taking more samples of the same size"),
                                _("More samples fill in the histogram of means, but its width, σ/√n, depends only on n."));
  dlm_quiz_question_add_choice (q, FALSE, _("Leaving out the unusual values"),
                                _("Discarding values you dislike makes a sample less representative; it can shift the estimate instead."));
  return q;
}

static DlmQuizQuestion *
standard_error (GRand *rand)
{
  DlmPopulation heights = heights_of (rand);
  guint n = square_size (rand);
  double sigma = dlm_population_sd (&heights);
  g_autofree char *s = dlm_quiz_format_number (sigma);
  g_autofree char *se = centimetres (sigma / sqrt (n), -1);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: %s is a standard deviation, %u a sample size */
  prompt = g_strdup_printf (_("Heights in a population spread with σ = %s cm. About how far do the means of "
                              "random samples of n = %u heights typically land from the population mean?"),
                            s, n);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, centimetres (sigma / n, -1),
                                 g_strdup (_("That divides σ by n; the scatter of means shrinks more slowly, with √n.")));
  dlm_quiz_question_take_choice (q, FALSE, centimetres (sigma, -1),
                                 g_strdup (_("That is σ, the spread of single heights; an average of many heights varies much less.")));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (se),
                                 /* Translators: σ, n and the result of σ/√n */
                                 g_strdup_printf (_("Right: σ/√n = %s/√%u = %s; four times as many draws would halve it."),
                                                  s, n, se));
  dlm_quiz_question_take_choice (q, FALSE, centimetres (sigma * sqrt (n), -1),
                                 g_strdup (_("The scatter does not grow with n: bigger samples give steadier means, not wilder ones.")));
  return q;
}

static DlmQuizQuestion *
two_students (GRand *rand)
{
  DlmPopulation heights = heights_of (rand);
  guint n = g_rand_int_range (rand, 10, 41);
  g_autoptr(DlmSampleMeans) two = dlm_sample_means_compute (&heights, FALSE, n, 2,
                                                            g_rand_int (rand), NULL, NULL);
  g_autofree char *a = NULL, *b = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  /* without a progress callback nothing can cancel the computation */
  g_assert (two != NULL);
  /* one decimal, or as many more as it takes to show that they differ */
  for (int digits = 1; a == NULL || (g_str_equal (a, b) && digits <= 6); digits++)
    {
      g_free (a);
      g_free (b);
      a = dlm_format_short (two->means[0], digits);
      b = dlm_format_short (two->means[1], digits);
    }

  /* Translators: %u is a sample size, the %s are two mean heights in cm */
  prompt = g_strdup_printf (_("Two students each measure %u randomly chosen people from the same population. "
                              "One finds a mean height of %s cm, the other %s cm. Why do they differ?"),
                            n, a, b);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_add_choice (q, TRUE, _("Chance decides who ends up in each sample"),
                                _("Right: each sample holds different people, so each mean differs a little; that is sampling variability, not a mistake."));
  dlm_quiz_question_add_choice (q, FALSE, _("At least one of them must have measured wrongly"),
                                _("Even perfect measurements differ, because the two samples contain different people."));
  dlm_quiz_question_add_choice (q, FALSE, _("They must have sampled two different populations"),
                                _("Both drew from the same population; random samples of one population still differ."));
  return q;
}

static DlmQuizQuestion *
true_statement (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("Which statement about random samples from one population is true?"));
  dlm_quiz_question_add_choice (q, FALSE, _("A truly random sample gives exactly the population mean"),
                                _("Randomness avoids bias, not chance: a random sample’s mean still misses by a little."));
  dlm_quiz_question_add_choice (q, FALSE, _("Larger samples vary more from one to the next"),
                                _("They vary less: the scatter of their means, σ/√n, shrinks as n grows."));
  dlm_quiz_question_add_choice (q, FALSE, _("Only noisy instruments make samples differ"),
                                _("People also differ from each other naturally, and chance decides who is picked."));
  dlm_quiz_question_add_choice (q, TRUE, _("Each sample may give a somewhat different estimate"),
                                _("Right: which members land in a sample is up to chance, and so is its estimate."));
  return q;
}

static DlmQuizQuestion *
biased_sample (GRand *rand)
{
  DlmPopulation heights = heights_of (rand);
  g_autofree char *mu = dlm_quiz_format_number (dlm_population_mean (&heights));
  g_autofree char *sd = dlm_quiz_format_number (dlm_population_sd (&heights));
  g_autofree char *median = dlm_quiz_format_number (dlm_population_median (&heights));
  g_autofree char *target = centimetres (dlm_population_biased_mean (&heights), 1);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: μ and σ of heights in cm, then the median height */
  prompt = g_strdup_printf (_("Heights have μ = %s cm and σ = %s cm. A survey measures only people taller than "
                              "the median, %s cm. As it measures more and more of them, where does its mean go?"),
                            mu, sd, median);
  q = dlm_quiz_question_new (prompt);
  /* Translators: %s is the population mean in cm */
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("To μ = %s cm, by the law of large numbers"), mu),
                                 g_strdup (_("The law of large numbers needs a random sample; this one leaves out everyone short.")));
  /* Translators: %s is a height with its unit, e.g. 178.0 cm */
  dlm_quiz_question_take_choice (q, TRUE, g_strdup_printf (_("To about %s, however many people it measures"), target),
                                 g_strdup (_("Right: it settles on the mean of the taller half; more data only make the wrong answer more precise.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Nowhere: it keeps wandering and never settles")),
                                 g_strdup (_("It does settle, just on the wrong value: the bias stays while the noise averages out.")));
  return q;
}

static DlmQuizQuestion *
training_data (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("Why does the way training data are sampled matter for a deep-learning model?"));
  dlm_quiz_question_add_choice (q, TRUE, _("A model learns only what its examples show, bias included"),
                                _("Right: a model trained on an unrepresentative sample carries its bias and generalizes poorly."));
  dlm_quiz_question_add_choice (q, FALSE, _("It does not: a large enough network corrects any bias in its data"),
                                _("A network can only learn what its examples show; a bigger one just fits the bias more closely."));
  dlm_quiz_question_add_choice (q, FALSE, _("Only the amount of data matters, not how it was chosen"),
                                _("A huge sample that is not random still lands on the wrong answer, like the survey of tall people."));
  return q;
}

/* Measurement noise adds its variance to the population's:
 * √(σ² + τ²)/√n, with σ and τ apart so that no two choices read alike. */
static DlmQuizQuestion *
noisy_measurements (GRand *rand)
{
  DlmPopulation pop = heights_of (rand);
  guint n = square_size (rand);
  g_autofree char *prompt = NULL, *s = NULL, *t = NULL, *se = NULL;
  DlmQuizQuestion *q;

  pop.sigma = g_rand_int_range (rand, 6, 16);
  pop.noise = g_rand_int_range (rand, 2, (int) pop.sigma - 2);
  s = dlm_quiz_format_number (pop.sigma);
  t = dlm_quiz_format_number (pop.noise);
  se = centimetres (dlm_population_standard_error (&pop, n), 2);
  /* Translators: σ of the heights, τ of the measurement error, a sample size */
  prompt = g_strdup_printf (_("Heights spread with σ = %s cm, and each is measured with an error of "
                              "standard deviation τ = %s cm. About how far do the means of samples "
                              "of n = %u measured heights typically land from the population mean?"),
                            s, t, n);
  q = dlm_quiz_question_new (prompt);
  /* Translators: the formula, then its value with the unit */
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (se),
                                 g_strdup_printf (_("Right: the variances add, so √(σ² + τ²)/√n = %s."), se));
  dlm_quiz_question_take_choice (q, FALSE, centimetres (pop.sigma / sqrt (n), 2),
                                 g_strdup (_("That is σ/√n, as if the measurements were exact; the noise adds spread.")));
  dlm_quiz_question_take_choice (q, FALSE, centimetres ((pop.sigma + pop.noise) / sqrt (n), 2),
                                 g_strdup (_("Standard deviations do not add; variances do: √(σ² + τ²), not σ + τ.")));
  dlm_quiz_question_take_choice (q, FALSE, centimetres (pop.noise / sqrt (n), 2),
                                 g_strdup (_("That is the noise alone; the people still differ from each other too.")));
  return q;
}

/* Without natural variation and measurement noise nothing is left to
 * vary, however small the sample. */
static DlmQuizQuestion *
no_variation (GRand *rand)
{
  guint n = g_rand_int_range (rand, 2, 11);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: %u is a small sample size */
  prompt = g_strdup_printf (_("Suppose everyone in a population had exactly the same height and every "
                              "measurement were exact. How much would the means of samples of only "
                              "n = %u people vary?"), n);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_add_choice (q, TRUE, _("Not at all: every sample gives the population mean"),
                                _("Right: with no natural variation and no measurement noise, every value is the same, so is every mean."));
  dlm_quiz_question_add_choice (q, FALSE, _("A lot, because the samples are small"),
                                _("A small sample varies only when its values do; identical values give identical means."));
  dlm_quiz_question_add_choice (q, FALSE, _("By σ/√n, as always"),
                                _("σ is 0 here: nobody differs from anybody, so σ/√n is 0 too."));
  return q;
}

static DlmQuizQuestion *
which_source (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("A nurse measures the same person’s height five times and gets five slightly "
                               "different readings. Which source of variability is that?"));
  dlm_quiz_question_add_choice (q, TRUE, _("Measurement noise"),
                                _("Right: one person, one true height; the readings differ because measuring is not exact."));
  dlm_quiz_question_add_choice (q, FALSE, _("Natural variation in the population"),
                                _("Natural variation is people differing from each other; here there is only one person."));
  dlm_quiz_question_add_choice (q, FALSE, _("A sample that does not represent the population"),
                                _("Who is measured did not change; the same person was measured every time."));
  dlm_quiz_question_add_choice (q, FALSE, _("A sample that is too small"),
                                _("A larger number of readings would average the error out, but the error itself comes from the measuring."));
  return q;
}

void
dlm_sampling_quiz_build (GPtrArray *questions,
                         GRand     *rand)
{
  g_ptr_array_add (questions, larger_samples ());
  g_ptr_array_add (questions, standard_error (rand));
  g_ptr_array_add (questions, two_students (rand));
  g_ptr_array_add (questions, true_statement ());
  g_ptr_array_add (questions, biased_sample (rand));
  g_ptr_array_add (questions, training_data ());
  g_ptr_array_add (questions, noisy_measurements (rand));
  g_ptr_array_add (questions, no_variation (rand));
  g_ptr_array_add (questions, which_source ());
}
