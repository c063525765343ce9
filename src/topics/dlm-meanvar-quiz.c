/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <string.h>

#include "dlm-format.h"
#include "dlm-meanvar.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* Every attempt draws its own small integer data sets from @rand; means,
 * variances, medians and modes come from src/core (dlm-meanvar.c), the
 * panel's own arithmetic, so an answer cannot disagree with the figure.
 * A draw that would make two choices read the same, or a question unclear
 * (a mean of 0, a median equal to the mean), is drawn again; after
 * MAX_DRAWS the course's own data set, which is clear, is asked about. */

#define MAX_DRAWS 200

/* The course's example, the fallback of every draw. */
static const double course[] = { 8, 0, 4, 1, -2, 7 };

typedef struct {
  double x[12];
  guint  n;
} Data;

/* The data were drawn or written by hand and are never empty. */
static DlmMeanVar
stats_of (const Data *d,
          int         ddof)
{
  DlmMeanVar s = { 0 };
  gboolean ok = dlm_meanvar_compute (d->x, d->n, ddof, &s, NULL);

  g_assert (ok);
  return s;
}

static double
median_of (const Data *d)
{
  return dlm_meanvar_median (d->x, d->n).median;
}

static Data
course_data (void)
{
  Data d = { .n = G_N_ELEMENTS (course) };

  memcpy (d.x, course, sizeof course);
  return d;
}

/* @n whole numbers from @lo to @hi − 1. */
static Data
draw_ints (GRand *rand,
           guint  n,
           int    lo,
           int    hi)
{
  Data d = { .n = n };

  g_assert (n <= G_N_ELEMENTS (d.x));
  for (guint i = 0; i < n; i++)
    d.x[i] = g_rand_int_range (rand, lo, hi);
  return d;
}

/* Moves the last value up so the mean is a whole number, as a student
 * would compute it by hand. */
static void
make_mean_whole (Data *d)
{
  gint64 sum = 0;

  for (guint i = 0; i < d->n; i++)
    sum += (gint64) d->x[i];
  d->x[d->n - 1] += ((d->n - sum % d->n) % d->n);
}

/* Whether the @n numbers read differently once written as the quiz
 * writes them. */
static gboolean
all_distinct (const double *values,
              guint         n)
{
  g_auto(GStrv) texts = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      texts[i] = dlm_quiz_format_number (values[i]);
      for (guint j = 0; j < i; j++)
        if (strcmp (texts[i], texts[j]) == 0)
          return FALSE;
    }
  return TRUE;
}

/* ---- the mean and the variance ---------------------------------------- */

static Data
draw_whole_mean (GRand *rand)
{
  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      Data d = draw_ints (rand, g_rand_int_range (rand, 5, 8), -4, 13);
      DlmMeanVar s;

      make_mean_whole (&d);
      s = stats_of (&d, 1);
      if (s.mean != 0 && s.variance > 0 &&
          all_distinct ((double[]) { s.sum, s.mean, s.sum / (d.n - 1), median_of (&d),
                                     s.variance, s.sum_squares / d.n, s.sum_squares, 0 }, 8))
        return d;
    }
  return course_data ();
}

static DlmQuizQuestion *
the_mean (GRand *rand)
{
  Data d = draw_whole_mean (rand);
  DlmMeanVar s = stats_of (&d, 1);
  g_autofree char *list = dlm_quiz_format_vector (d.x, d.n);
  g_autofree char *sum = dlm_quiz_format_number (s.sum);
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
                                                  sum, (unsigned long) d.n));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (s.sum / (d.n - 1)),
                                 g_strdup (_("Dividing by n − 1 belongs to the variance; the mean divides by n.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (median_of (&d)),
                                 g_strdup (_("That is the median, the middle of the sorted values; the mean is their balance point.")));
  return q;
}

static gboolean
narrow_and_wide (const Data *narrow,
                 const Data *wide)
{
  DlmMeanVar a = stats_of (wide, 1), b = stats_of (narrow, 1);

  return b.variance > 0 && a.variance > 3 * b.variance && all_distinct ((double[]) { a.mean, b.mean }, 2);
}

static DlmQuizQuestion *
more_spread (GRand *rand)
{
  Data wide = course_data (), narrow = { .x = { 2, 3, 4, 3, 4, 4 }, .n = 6 };
  g_autofree char *la = NULL, *lb = NULL, *va = NULL, *vb = NULL, *ma = NULL, *mb = NULL;
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      int middle = g_rand_int_range (rand, 2, 10);
      Data w = draw_ints (rand, 6, -5, 15), c = draw_ints (rand, 6, middle - 1, middle + 2);

      if (narrow_and_wide (&c, &w))
        {
          wide = w;
          narrow = c;
          break;
        }
    }
  la = dlm_quiz_format_vector (wide.x, wide.n);
  lb = dlm_quiz_format_vector (narrow.x, narrow.n);
  va = dlm_quiz_format_number (stats_of (&wide, 1).variance);
  vb = dlm_quiz_format_number (stats_of (&narrow, 1).variance);
  ma = dlm_quiz_format_number (stats_of (&wide, 1).mean);
  mb = dlm_quiz_format_number (stats_of (&narrow, 1).mean);

  /* Translators: two data sets (Python lists) and their variances */
  prompt = g_strdup_printf (_("A = %s has variance %s; B = %s has variance %s. What does that tell you?"),
                            la, va, lb, vb);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("A has more values than B")),
                                 /* Translators: %lu is how many values each data set has */
                                 g_strdup_printf (_("Both hold %lu values: variance does not count values, it measures their spread."),
                                                  (unsigned long) wide.n));
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
divide_by_n_minus_1 (GRand *rand)
{
  Data d = draw_whole_mean (rand);
  DlmMeanVar sample = stats_of (&d, 1), population = stats_of (&d, 0);
  g_autofree char *list = dlm_quiz_format_vector (d.x, d.n);
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
                                                  (unsigned long) d.n, (unsigned long) d.n - 1));
  /* the deviations sum to 0 exactly; what the sum computes is 0 up to rounding */
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (0),
                                 g_strdup (_("The plain deviations from the mean cancel out to 0 — that is exactly why they are squared first.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (sample.variance),
                                 /* Translators: %s is the sum of squared deviations, %lu is n − 1 */
                                 g_strdup_printf (_("Right: the squared deviations add up to %s, divided by n − 1 = %lu."),
                                                  ss, (unsigned long) d.n - 1));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (ss),
                                 g_strdup (_("That is the total of the squared deviations; it still has to be divided by n − 1.")));
  return q;
}

static DlmQuizQuestion *
all_equal (GRand *rand)
{
  Data d = { .n = g_rand_int_range (rand, 3, 8) };
  double value = g_rand_int_range (rand, -9, 31);
  g_autofree char *list = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  for (guint i = 0; i < d.n; i++)
    d.x[i] = value;
  list = dlm_quiz_format_vector (d.x, d.n);
  /* Translators: %s is a Python list of equal numbers */
  prompt = g_strdup_printf (_("Every value in %s is the same. What is the variance?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (stats_of (&d, 1).variance),
                                 g_strdup (_("Right: every value equals the mean, so every deviation, and every square, is 0.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (1),
                                 g_strdup (_("Variance has no floor of 1; with no spread at all there is nothing to add up.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Undefined, because it divides by zero")),
                                 /* Translators: %lu is n − 1, the divisor */
                                 g_strdup_printf (_("The divisor is n − 1 = %lu, not 0; only the deviations are 0."),
                                                  (unsigned long) d.n - 1));
  return q;
}

/* ---- outliers ------------------------------------------------------------ */

/* The index of a value that occurs once while one other value is the only
 * mode, or -1. */
static int
lone_value (const Data *d)
{
  guint count = 0;
  g_autoptr(GArray) modes = dlm_meanvar_modes (d->x, d->n, &count);

  if (count < 2 || modes->len != 1)
    return -1;
  for (guint i = 0; i < d->n; i++)
    {
      guint same = 0;

      for (guint j = 0; j < d->n; j++)
        same += d->x[j] == d->x[i];
      if (same == 1)
        return i;
    }
  return -1;
}

static DlmQuizQuestion *
outlier (GRand *rand)
{
  Data d = { .x = { 2, 3, 4, 3, 4, 4 }, .n = 6 }, typo;
  int at = 0;
  g_autofree char *list = NULL, *m0 = NULL, *m1 = NULL, *d0 = NULL, *d1 = NULL, *v0 = NULL, *v1 = NULL;
  g_autofree char *mode = NULL, *prompt = NULL;
  g_autoptr(GArray) modes = NULL;
  DlmQuizQuestion *q;

  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      int middle = g_rand_int_range (rand, 3, 9);
      Data c = draw_ints (rand, 6, middle - 2, middle + 3);
      int i = lone_value (&c);

      if (i >= 0)
        {
          d = c;
          at = i;
          break;
        }
    }
  /* a hundredfold typo moves the mean by at least 99 × 1 / 6 > 16, more
   * than the median can move within data spread over 5 */
  typo = d;
  typo.x[at] = d.x[at] * 100;
  list = dlm_quiz_format_vector (d.x, d.n);
  m0 = dlm_quiz_format_number (stats_of (&d, 1).mean);
  m1 = dlm_quiz_format_number (stats_of (&typo, 1).mean);
  d0 = dlm_quiz_format_number (median_of (&d));
  d1 = dlm_quiz_format_number (median_of (&typo));
  v0 = dlm_quiz_format_number (d.x[at]);
  v1 = dlm_quiz_format_number (typo.x[at]);
  modes = dlm_meanvar_modes (d.x, d.n, NULL);
  mode = dlm_quiz_format_number (g_array_index (modes, double, 0));

  /* Translators: %s is a Python list; a value in it is typed as another, far larger one */
  prompt = g_strdup_printf (_("In %s, the %s is mistyped as %s. Which of these summaries changes the most?"),
                            list, v0, v1);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The median")), strcmp (d0, d1) == 0
                                 /* Translators: %s is the median, the same before and after the typo */
                                 ? g_strdup_printf (_("The middle of the sorted values stays at %s; it ignores how extreme the end is."), d0)
                                 /* Translators: the median before and after the typo */
                                 : g_strdup_printf (_("The middle of the sorted values only goes from %s to %s; it ignores how extreme the end is."),
                                                    d0, d1));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The most frequent value (the mode)")),
                                 /* Translators: %s is the mode, which the typo leaves alone */
                                 g_strdup_printf (_("The most frequent value, %s, stays the same: the typo only changed a value that occurred once."),
                                                  mode));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("The mean")),
                                 /* Translators: the mean before and after the typo */
                                 g_strdup_printf (_("Right: every value pulls on the mean, so it jumps from %s to %s."),
                                                  m0, m1));
  return q;
}

/* Σ xᵢ² / (n − 1): the "variance" of someone who forgets to subtract the mean. */
static double
uncentred_variance (const Data *d)
{
  DlmMeanVar s = stats_of (d, 1);

  return (s.sum_squares + d->n * s.mean * s.mean) / (d->n - 1);
}

static DlmQuizQuestion *
shifted (GRand *rand)
{
  static const int shifts[] = { 10, 50, 100, 1000 };
  Data d1 = { .x = { 1, 2, 3, 3, 2, 1 }, .n = 6 }, d2;
  int shift = shifts[g_rand_int_range (rand, 0, G_N_ELEMENTS (shifts))];
  g_autofree char *l1 = NULL, *l2 = NULL, *v = NULL, *r1 = NULL, *r2 = NULL, *ss = NULL, *by = NULL;
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      Data c = draw_ints (rand, 6, 1, 6);

      if (stats_of (&c, 1).variance > 0)
        {
          d1 = c;
          break;
        }
    }
  d2 = d1;
  for (guint i = 0; i < d2.n; i++)
    d2.x[i] += shift;
  l1 = dlm_quiz_format_vector (d1.x, d1.n);
  l2 = dlm_quiz_format_vector (d2.x, d2.n);
  v = dlm_quiz_format_number (stats_of (&d1, 1).variance);
  r1 = dlm_quiz_format_number (uncentred_variance (&d1));
  r2 = dlm_quiz_format_number (uncentred_variance (&d2));
  ss = dlm_quiz_format_number (stats_of (&d2, 1).sum_squares);
  by = dlm_quiz_format_number (shift);

  /* Translators: two Python lists; the second is the first plus a constant */
  prompt = g_strdup_printf (_("What are the variances of d1 = %s and d2 = %s (dividing by n − 1)?"), l1, l2);
  q = dlm_quiz_question_new (prompt);
  /* Translators: a variance for each of two data sets */
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("%s for d1, %s for d2"), r1, r2),
                                 g_strdup (_("Those square the raw values; variance squares the distances from the mean, so it centers first.")));
  /* Translators: the variance both data sets share */
  dlm_quiz_question_take_choice (q, TRUE, g_strdup_printf (_("%s for both"), v),
                                 /* Translators: %s is what was added to every value, twice */
                                 g_strdup_printf (_("Right: adding %s to every value moves the mean by %s too, so the deviations do not change."),
                                                  by, by));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("%s for both"), "0"),
                                 /* Translators: %s is the sum of squared deviations */
                                 g_strdup_printf (_("The plain deviations do cancel to 0, which is why they are squared: in each set the squares add up to %s."),
                                                  ss));
  return q;
}

/* ---- why squares ----------------------------------------------------------- */

/* Right-skewed data: a value repeated three times (the mode) and others
 * spread above it, so mode < median < mean. */
static gboolean
skewed_ok (const Data *d)
{
  DlmMeanVar s = stats_of (d, 1);
  DlmMedian m = dlm_meanvar_median (d->x, d->n);
  guint count = 0;
  g_autoptr(GArray) modes = dlm_meanvar_modes (d->x, d->n, &count);
  double mode = g_array_index (modes, double, 0);

  /* the mean off the flat stretch of Σ|xᵢ − c|, so it is plainly not a minimum */
  return count >= 2 && modes->len == 1 && (s.mean < m.low || s.mean > m.high) &&
         all_distinct ((double[]) { s.mean, m.median, mode, m.low, m.high }, m.high > m.low ? 5 : 3);
}

static Data
draw_skewed (GRand *rand)
{
  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      guint n = g_rand_int_range (rand, 6, 10);
      int mode = g_rand_int_range (rand, 1, 6);
      Data d = { .n = n };

      for (guint i = 0; i < n; i++)
        {
          /* the square of a uniform draw: most values near the mode, a few far */
          double u = g_rand_double (rand);

          d.x[i] = i < 3 ? mode : mode + 1 + (int) (u * u * 14);
        }
      /* in a drawn order, not the mode's copies first */
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = g_rand_int_range (rand, 0, i + 1);
          double t = d.x[i];

          d.x[i] = d.x[j];
          d.x[j] = t;
        }
      if (skewed_ok (&d))
        return d;
    }
  return (Data) { .x = { 1, 2, 2, 2, 3, 4, 5, 8, 13 }, .n = 9 };
}

/* "The mean, 4.444": a named center and its value. */
static char *
named_value (const char *format,
             double      value)
{
  g_autofree char *v = dlm_quiz_format_number (value);

  return g_strdup_printf (format, v);
}

static char *
sum_sq_text (const Data *d,
             double      c)
{
  return dlm_quiz_format_number (dlm_meanvar_sum_sq_at (d->x, d->n, c));
}

static double
midrange (const Data *d)
{
  double lo = d->x[0], hi = d->x[0];

  for (guint i = 1; i < d->n; i++)
    {
      lo = MIN (lo, d->x[i]);
      hi = MAX (hi, d->x[i]);
    }
  return (lo + hi) / 2;
}

static DlmQuizQuestion *
squares_minimum (GRand *rand)
{
  Data d = draw_skewed (rand);
  DlmMeanVar s = stats_of (&d, 1);
  double med = median_of (&d), mid = midrange (&d);
  g_autoptr(GArray) modes = dlm_meanvar_modes (d.x, d.n, NULL);
  double mode = g_array_index (modes, double, 0);
  g_autofree char *list = dlm_quiz_format_vector (d.x, d.n), *prompt = NULL;
  g_autofree char *ss = dlm_quiz_format_number (s.sum_squares);
  g_autofree char *at_med = sum_sq_text (&d, med), *at_mode = sum_sq_text (&d, mode), *at_mid = sum_sq_text (&d, mid);
  DlmQuizQuestion *q;

  /* Translators: %s is a Python list of numbers */
  prompt = g_strdup_printf (_("For x = %s, which center c makes the sum of squared distances Σ(xᵢ − c)² smallest?"), list);
  q = dlm_quiz_question_new (prompt);
  /* Translators: %s is the mean's value */
  dlm_quiz_question_take_choice (q, TRUE, named_value (_("The mean, %s"), s.mean),
                                 /* Translators: %s is the smallest sum of squares */
                                 g_strdup_printf (_("Right: the slope −2 Σ(xᵢ − c) is 0 only where the deviations cancel, at the mean; the sum there is %s."),
                                                  ss));
  /* Translators: %s is the median's value */
  dlm_quiz_question_take_choice (q, FALSE, named_value (_("The median, %s"), med),
                                 /* Translators: the sum of squares at the median, then at the mean */
                                 g_strdup_printf (_("The median makes the absolute distances smallest; the squared ones add up to %s there, more than %s at the mean."),
                                                  at_med, ss));
  /* Translators: %s is the mode's value */
  dlm_quiz_question_take_choice (q, FALSE, named_value (_("The mode, %s"), mode),
                                 /* Translators: %s is the sum of squares at the mode */
                                 g_strdup_printf (_("The most frequent value is not the nearest to all of them: the squares add up to %s there."),
                                                  at_mode));
  if (all_distinct ((double[]) { mid, s.mean, med, mode }, 4))
    /* Translators: %s is the midpoint of the smallest and the largest value */
    dlm_quiz_question_take_choice (q, FALSE, named_value (_("Halfway between the smallest and the largest, %s"), mid),
                                   /* Translators: %s is the sum of squares at that midpoint */
                                   g_strdup_printf (_("The midrange looks only at the two ends; the squares add up to %s there."),
                                                    at_mid));
  return q;
}

static DlmQuizQuestion *
absolute_minimum (GRand *rand)
{
  Data d = draw_skewed (rand);
  DlmMeanVar s = stats_of (&d, 1);
  DlmMedian m = dlm_meanvar_median (d.x, d.n);
  g_autofree char *list = dlm_quiz_format_vector (d.x, d.n), *prompt = NULL;
  g_autofree char *least = dlm_quiz_format_number (dlm_meanvar_sum_abs_at (d.x, d.n, m.median));
  g_autofree char *med = dlm_quiz_format_number (m.median), *low = NULL, *high = NULL;
  g_autofree char *at_mean = dlm_quiz_format_number (dlm_meanvar_sum_abs_at (d.x, d.n, s.mean));
  g_autoptr(GArray) modes = dlm_meanvar_modes (d.x, d.n, NULL);
  double mode = g_array_index (modes, double, 0);
  g_autofree char *at_mode = dlm_quiz_format_number (dlm_meanvar_sum_abs_at (d.x, d.n, mode));
  DlmQuizQuestion *q;

  /* Translators: %s is a Python list of numbers */
  prompt = g_strdup_printf (_("For x = %s, which center c makes the sum of absolute distances Σ|xᵢ − c| smallest?"), list);
  q = dlm_quiz_question_new (prompt);
  /* Translators: %s is the mean's value */
  dlm_quiz_question_take_choice (q, FALSE, named_value (_("Only the mean, %s"), s.mean),
                                 /* Translators: the sum of absolute distances from the mean, then the least sum */
                                 g_strdup_printf (_("The mean makes the squared distances smallest; the absolute ones add up to %s there, more than the least, %s."),
                                                  at_mean, least));
  if (dlm_meanvar_sum_abs_at (d.x, d.n, mode) > dlm_meanvar_sum_abs_at (d.x, d.n, m.median))
    /* Translators: %s is the mode's value */
    dlm_quiz_question_take_choice (q, FALSE, named_value (_("Only the mode, %s"), mode),
                                   /* Translators: the sum of absolute distances from the mode, then the least sum */
                                   g_strdup_printf (_("The most frequent value is not the nearest to all of them: the distances add up to %s there, more than the least, %s."),
                                                    at_mode, least));
  if (m.high == m.low)
    {
      /* Translators: %s is the median's value */
      dlm_quiz_question_take_choice (q, TRUE, named_value (_("Only the median, %s"), m.median),
                                     /* Translators: the least sum of absolute distances */
                                     g_strdup_printf (_("Right: with as many values below c as above, moving c either way adds more than it saves; the sum is %s."),
                                                      least));
      return q;
    }
  low = dlm_quiz_format_number (m.low);
  high = dlm_quiz_format_number (m.high);
  /* Translators: the two middle values */
  dlm_quiz_question_take_choice (q, TRUE, g_strdup_printf (_("Every c from %s to %s"), low, high),
                                 /* Translators: the least sum, then the median */
                                 g_strdup_printf (_("Right: between the two middle values as many values lie below c as above, so the sum stays at its least, %s; the median %s is one of these centers."),
                                                  least, med));
  dlm_quiz_question_take_choice (q, FALSE, named_value (_("Only the median, %s"), m.median),
                                 /* Translators: the two middle values and the least sum */
                                 g_strdup_printf (_("The median is one of them, but the sum is flat from %s to %s: every c there gives %s."),
                                                  low, high, least));
  return q;
}

/* Data whose four answers below read differently; the fallback [1, 2, 3, 6]
 * has mean 3, distances summing to 6, 6 / 4 = 1.5 and 6 / 3 = 2. */
static Data
draw_for_mad (GRand *rand)
{
  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      Data d = draw_whole_mean (rand);
      DlmMeanVar s = stats_of (&d, 1);

      if (all_distinct ((double[]) { s.mad, s.mad_n1, s.sum_abs, s.sd }, 4))
        return d;
    }
  return (Data) { .x = { 1, 2, 3, 6 }, .n = 4 };
}

static DlmQuizQuestion *
mad_divisor (GRand *rand)
{
  Data d = draw_for_mad (rand);
  DlmMeanVar s = stats_of (&d, 1);
  g_autofree char *list = dlm_quiz_format_vector (d.x, d.n), *prompt = NULL;
  g_autofree char *sum = dlm_quiz_format_number (s.sum_abs);
  DlmQuizQuestion *q;

  /* Translators: a Python list, then the sum of its absolute deviations */
  prompt = g_strdup_printf (_("The distances |xᵢ − x̄| of x = %s from its mean add up to %s. What is its mean absolute deviation, as usually defined?"),
                            list, sum);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (s.mad),
                                 /* Translators: %lu is n */
                                 g_strdup_printf (_("Right: a mean divides by n = %lu, as pandas’ former mad() did."),
                                                  (unsigned long) d.n));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (s.mad_n1),
                                 g_strdup (_("That divides by n − 1, as the course’s slide does: a divisor borrowed from the sample variance.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (sum),
                                 g_strdup (_("That is the sum of the distances; their mean still divides by n.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (s.sd),
                                 g_strdup (_("That is the standard deviation, the square root of the variance: it squares the distances first.")));
  return q;
}

/* Data whose sum of squares and sum of sizes of the deviations differ. */
static Data
draw_for_cancel (GRand *rand)
{
  for (guint k = 0; k < MAX_DRAWS; k++)
    {
      Data d = draw_whole_mean (rand);
      DlmMeanVar s = stats_of (&d, 1);

      if (all_distinct ((double[]) { 0, s.sum_squares, s.sum_abs }, 3))
        return d;
    }
  return course_data ();
}

static DlmQuizQuestion *
why_square (GRand *rand)
{
  Data d = draw_for_cancel (rand);
  DlmMeanVar s = stats_of (&d, 1);
  g_autofree char *list = dlm_quiz_format_vector (d.x, d.n), *prompt = NULL;
  g_autofree char *mean = dlm_quiz_format_number (s.mean);
  g_autofree char *half = dlm_quiz_format_number (s.sum_abs / 2);
  DlmQuizQuestion *q;

  /* Translators: a Python list, then its mean */
  prompt = g_strdup_printf (_("x = %s has mean %s. What do the deviations xᵢ − x̄ add up to?"), list, mean);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (0),
                                 /* Translators: %s is the total above the mean, twice */
                                 g_strdup_printf (_("Right: those above the mean add up to +%s and those below to −%s; they always cancel, which is why the variance squares them first."),
                                                  half, half));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (s.sum_squares),
                                 g_strdup (_("That is the sum of the squared deviations; the plain ones, with their signs, cancel.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (s.sum_abs),
                                 g_strdup (_("That adds their sizes |xᵢ − x̄|, as the mean absolute deviation does; with their signs they cancel.")));
  return q;
}

void
dlm_meanvar_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  g_ptr_array_add (questions, the_mean (rand));
  g_ptr_array_add (questions, more_spread (rand));
  g_ptr_array_add (questions, divide_by_n_minus_1 (rand));
  g_ptr_array_add (questions, all_equal (rand));
  g_ptr_array_add (questions, outlier (rand));
  g_ptr_array_add (questions, shifted (rand));
  g_ptr_array_add (questions, mad_divisor (rand));
  g_ptr_array_add (questions, why_square (rand));
  g_ptr_array_add (questions, squares_minimum (rand));
  g_ptr_array_add (questions, absolute_minimum (rand));
}
