/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gsl/gsl_statistics_double.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-meanvar.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* Means and variances come from dlm_meanvar_compute(), the panel's own
 * arithmetic, so an answer cannot disagree with the figure. */

/* The course's two examples: a wide and a narrow data set. */
static const double wide[] = { 8, 0, 4, 1, -2, 7 };
static const double narrow[] = { 2, 3, 4, 3, 4, 4 };

/* The data were written by hand and are never empty, so this cannot fail. */
static DlmMeanVar
stats_of (const double *x,
          gsize         n,
          int           ddof)
{
  DlmMeanVar s = { 0 };
  gboolean ok = dlm_meanvar_compute (x, n, ddof, &s, NULL);

  g_assert (ok);
  return s;
}

static double
median_of (const double *x,
           gsize         n)
{
  g_autofree double *copy = g_memdup2 (x, n * sizeof (double));

  /* gsl_stats_median sorts its input, hence the copy */
  return gsl_stats_median (copy, 1, n);
}

static DlmQuizQuestion *
the_mean (void)
{
  gsize n = G_N_ELEMENTS (wide);
  DlmMeanVar s = stats_of (wide, n, 1);
  g_autofree char *list = dlm_quiz_format_vector (wide, n);
  g_autofree char *sum = dlm_quiz_format_number (s.mean * n);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: %s is a Python list of numbers */
  prompt = g_strdup_printf (_("What is the mean of x = %s?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (sum),
                                 g_strdup (_("That is the sum of the values; the mean divides it by how many there are.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (s.mean),
                                 /* Translators: %s is a sum, %lu how many values were added */
                                 g_strdup_printf (_("Right: the values add up to %s, and there are %lu of them."),
                                                  sum, (unsigned long) n));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (s.mean * n / (n - 1)),
                                 g_strdup (_("Dividing by n − 1 belongs to the variance; the mean divides by n.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (median_of (wide, n)),
                                 g_strdup (_("That is the median, the middle of the sorted values; the mean is their balance point.")));
  return q;
}

static DlmQuizQuestion *
more_spread (void)
{
  gsize n = G_N_ELEMENTS (wide);
  DlmMeanVar a = stats_of (wide, n, 1);
  DlmMeanVar b = stats_of (narrow, G_N_ELEMENTS (narrow), 1);
  g_autofree char *la = dlm_quiz_format_vector (wide, n);
  g_autofree char *lb = dlm_quiz_format_vector (narrow, G_N_ELEMENTS (narrow));
  g_autofree char *va = dlm_quiz_format_number (a.variance), *vb = dlm_quiz_format_number (b.variance);
  g_autofree char *ma = dlm_quiz_format_number (a.mean), *mb = dlm_quiz_format_number (b.mean);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  G_STATIC_ASSERT (G_N_ELEMENTS (wide) == G_N_ELEMENTS (narrow));

  /* Translators: two data sets (Python lists) and their variances */
  prompt = g_strdup_printf (_("A = %s has variance %s; B = %s has variance %s. What does that tell you?"),
                            la, va, lb, vb);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("A has more values than B")),
                                 /* Translators: %lu is how many values each data set has */
                                 g_strdup_printf (_("Both hold %lu values: variance does not count values, it measures their spread."),
                                                  (unsigned long) n));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("A’s mean is larger than B’s")),
                                 /* Translators: %s are the two means */
                                 g_strdup_printf (_("Variance says nothing about the center; in fact A’s mean is %s and B’s is %s."),
                                                  ma, mb));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("A’s values lie closer to their mean than B’s")),
                                 g_strdup (_("The other way round: a larger variance means larger squared distances from the mean.")));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("A’s values are more spread out around their mean than B’s")),
                                 g_strdup (_("Right: variance measures spread, the average squared distance from the mean.")));
  return q;
}

static DlmQuizQuestion *
divide_by_n_minus_1 (void)
{
  gsize n = G_N_ELEMENTS (wide);
  DlmMeanVar sample = stats_of (wide, n, 1);
  DlmMeanVar population = stats_of (wide, n, 0);
  g_autofree char *list = dlm_quiz_format_vector (wide, n);
  g_autofree char *mean = dlm_quiz_format_number (sample.mean);
  g_autofree char *ss = dlm_quiz_format_number (sample.sum_squares);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: %s is a Python list, the second %s its mean */
  prompt = g_strdup_printf (_("x = %s has mean %s. What is its variance by the course’s formula, which divides by n − 1?"),
                            list, mean);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (population.variance),
                                 /* Translators: %lu is n, the second %lu is n − 1 */
                                 g_strdup_printf (_("That divides by n = %lu, as np.var does by default (ddof=0); the course divides by n − 1 = %lu."),
                                                  (unsigned long) n, (unsigned long) n - 1));
  /* the deviations sum to 0 exactly; what the sum computes is 0 up to rounding */
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (0),
                                 g_strdup (_("The plain deviations from the mean cancel out to 0 — that is exactly why they are squared first.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (sample.variance),
                                 /* Translators: %s is the sum of squared deviations, %lu is n − 1 */
                                 g_strdup_printf (_("Right: the squared deviations add up to %s, divided by n − 1 = %lu."),
                                                  ss, (unsigned long) n - 1));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (ss),
                                 g_strdup (_("That is the total of the squared deviations; it still has to be divided by n − 1.")));
  return q;
}

static DlmQuizQuestion *
all_equal (void)
{
  static const double same[] = { 5, 5, 5, 5 };
  gsize n = G_N_ELEMENTS (same);
  DlmMeanVar s = stats_of (same, n, 1);
  g_autofree char *list = dlm_quiz_format_vector (same, n);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: %s is a Python list of equal numbers */
  prompt = g_strdup_printf (_("Every value in %s is the same. What is the variance?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (s.variance),
                                 g_strdup (_("Right: every value equals the mean, so every deviation, and every square, is 0.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (1),
                                 g_strdup (_("Variance has no floor of 1; with no spread at all there is nothing to add up.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Undefined, because it divides by zero")),
                                 /* Translators: %lu is n − 1, the divisor */
                                 g_strdup_printf (_("The divisor is n − 1 = %lu, not 0; only the deviations are 0."),
                                                  (unsigned long) n - 1));
  return q;
}

static DlmQuizQuestion *
outlier (void)
{
  gsize n = G_N_ELEMENTS (narrow);
  double typo[G_N_ELEMENTS (narrow)];
  g_autofree char *list = dlm_quiz_format_vector (narrow, n);
  g_autofree char *m0 = NULL, *m1 = NULL, *d0 = NULL, *d1 = NULL, *v0 = NULL, *v1 = NULL;
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  memcpy (typo, narrow, sizeof typo);
  typo[0] = narrow[0] * 100;
  m0 = dlm_quiz_format_number (stats_of (narrow, n, 1).mean);
  m1 = dlm_quiz_format_number (stats_of (typo, n, 1).mean);
  d0 = dlm_quiz_format_number (median_of (narrow, n));
  d1 = dlm_quiz_format_number (median_of (typo, n));
  v0 = dlm_quiz_format_number (narrow[0]);
  v1 = dlm_quiz_format_number (typo[0]);

  /* Translators: %s is a Python list; a value in it is typed as another, far larger one */
  prompt = g_strdup_printf (_("In %s, the %s is mistyped as %s. Which of these summaries changes the most?"),
                            list, v0, v1);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The median")),
                                 /* Translators: the median before and after the typo */
                                 g_strdup_printf (_("The middle of the sorted values only goes from %s to %s; it ignores how extreme the end is."),
                                                  d0, d1));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The most frequent value (the mode)")),
                                 g_strdup (_("The most frequent value stays the same: the typo only changed a value that occurred once.")));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("The mean")),
                                 /* Translators: the mean before and after the typo */
                                 g_strdup_printf (_("Right: every value pulls on the mean, so it jumps from %s to %s."),
                                                  m0, m1));
  return q;
}

/* Σ xᵢ² / (n − 1): the "variance" of someone who forgets to subtract the mean. */
static double
uncentred_variance (const double *x,
                    gsize         n)
{
  DlmMeanVar s = stats_of (x, n, 1);

  return (s.sum_squares + n * s.mean * s.mean) / (n - 1);
}

static DlmQuizQuestion *
shifted (void)
{
  static const double d1[] = { 1, 2, 3, 3, 2, 1 };
  gsize n = G_N_ELEMENTS (d1);
  double d2[G_N_ELEMENTS (d1)];
  g_autofree char *l1 = NULL, *l2 = NULL, *v = NULL, *r1 = NULL, *r2 = NULL, *ss = NULL;
  g_autofree char *prompt = NULL;
  DlmMeanVar s1, s2;
  DlmQuizQuestion *q;

  for (gsize i = 0; i < n; i++)
    d2[i] = d1[i] + 100;
  s1 = stats_of (d1, n, 1);
  s2 = stats_of (d2, n, 1);
  l1 = dlm_quiz_format_vector (d1, n);
  l2 = dlm_quiz_format_vector (d2, n);
  v = dlm_quiz_format_number (s1.variance);
  r1 = dlm_quiz_format_number (uncentred_variance (d1, n));
  r2 = dlm_quiz_format_number (uncentred_variance (d2, n));
  ss = dlm_quiz_format_number (s2.sum_squares);

  /* Translators: two Python lists; the second is the first plus 100 */
  prompt = g_strdup_printf (_("What are the variances of d1 = %s and d2 = %s (dividing by n − 1)?"), l1, l2);
  q = dlm_quiz_question_new (prompt);
  /* Translators: a variance for each of two data sets */
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("%s for d1, %s for d2"), r1, r2),
                                 g_strdup (_("Those square the raw values; variance squares the distances from the mean, so it centers first.")));
  /* Translators: the variance both data sets share */
  dlm_quiz_question_take_choice (q, TRUE, g_strdup_printf (_("%s for both"), v),
                                 g_strdup (_("Right: adding 100 to every value moves the mean by 100 too, so the deviations do not change.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("%s for both"), "0"),
                                 /* Translators: %s is the sum of squared deviations */
                                 g_strdup_printf (_("The plain deviations do cancel to 0, which is why they are squared: in each set the squares add up to %s."),
                                                  ss));
  return q;
}

void
dlm_meanvar_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  g_ptr_array_add (questions, the_mean ());
  g_ptr_array_add (questions, more_spread ());
  g_ptr_array_add (questions, divide_by_n_minus_1 ());
  g_ptr_array_add (questions, all_equal ());
  g_ptr_array_add (questions, outlier ());
  g_ptr_array_add (questions, shifted ());
}
