/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gsl/gsl_statistics_double.h>
#include <string.h>

#include "dlm-argmax-topic.h"
#include "dlm-format.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-softmax.h"

/* Every number below comes from the same functions the panel uses (GSL's
 * first-occurrence min/max index, the topic's loss curve), so a question
 * cannot contradict the figure. */

/* Each attempt draws its lists from the attempt's GRand: small whole
 * numbers (or tenths), so that every answer can be found by eye. */

/* @n whole numbers from @lo to @hi (inclusive). */
static void
draw_list (GRand  *rand,
           double *x,
           gsize   n,
           int     lo,
           int     hi)
{
  for (gsize i = 0; i < n; i++)
    x[i] = g_rand_int_range (rand, lo, hi + 1);
}

static guint
count_of (const double *x,
          gsize         n,
          double        value)
{
  guint count = 0;

  for (gsize i = 0; i < n; i++)
    count += x[i] == value;
  return count;
}

/* "−1 and 1": what two calls return, in order. */
static char *
pair (double first,
      double second)
{
  g_autofree char *a = dlm_quiz_format_number (first);
  g_autofree char *b = dlm_quiz_format_number (second);

  /* Translators: the results of two calls, e.g. of np.min(x) and np.argmin(x) */
  return g_strdup_printf (_("%s and %s"), a, b);
}

/* Six values whose smallest occurs once and differs from its index, so
 * that the value and the index in the four answers cannot be confused. */
static DlmQuizQuestion *
min_and_argmin (GRand *rand)
{
  double values[6];
  gsize n = G_N_ELEMENTS (values), imin;
  double vmin;
  g_autofree char *list = NULL;
  g_autofree char *prompt = NULL;
  g_autofree char *v = NULL;
  DlmQuizQuestion *q;

  do
    {
      draw_list (rand, values, n, -5, 9);
      imin = gsl_stats_min_index (values, 1, n);
      vmin = values[imin];
    }
  while (vmin == imin || count_of (values, n, vmin) > 1);
  list = dlm_quiz_format_vector (values, n);
  v = dlm_quiz_format_number (vmin);

  /* Translators: %s is a Python list such as [1, −1, 3, 0, 4, 3] */
  prompt = g_strdup_printf (_("For x = %s, what do np.min(x) and np.argmin(x) return, in that order?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, pair (vmin, vmin),
                                 /* Translators: %lu is an index */
                                 g_strdup_printf (_("np.argmin does not repeat the smallest value; it tells you where it sits: index %lu."),
                                                  (unsigned long) imin));
  dlm_quiz_question_take_choice (q, TRUE, pair (vmin, imin),
                                 /* Translators: %s is a value, %lu its index */
                                 g_strdup_printf (_("Right: the smallest value is %s, and it sits at index %lu, counting from 0 as NumPy does."),
                                                  v, (unsigned long) imin));
  dlm_quiz_question_take_choice (q, FALSE, pair (imin, imin),
                                 /* Translators: %s is the smallest value */
                                 g_strdup_printf (_("np.min gives the smallest value itself, %s, not its index."), v));
  dlm_quiz_question_take_choice (q, FALSE, pair (imin, vmin),
                                 g_strdup (_("Swapped: the value comes from np.min, the location from np.argmin.")));
  return q;
}

/* Four values whose largest occurs once and is neither its index nor its
 * position, so that index, value and position are three answers. */
static DlmQuizQuestion *
argmax_of_list (GRand *rand)
{
  double x[4];
  gsize n = G_N_ELEMENTS (x), i;
  g_autofree char *list = NULL, *prompt = NULL, *vmax = NULL;
  double both[2];
  DlmQuizQuestion *q;

  do
    {
      draw_list (rand, x, n, 0, 9);
      i = dlm_argmax (x, n);
    }
  while (x[i] == i || x[i] == i + 1 || count_of (x, n, x[i]) > 1);
  list = dlm_quiz_format_vector (x, n);
  vmax = dlm_quiz_format_number (x[i]);
  both[0] = i;
  both[1] = x[i];

  /* Translators: %s is a Python list such as [1, 3, 7, 4] */
  prompt = g_strdup_printf (_("What does np.argmax(%s) return?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (i),
                                 /* Translators: %s is the largest value, %lu its 0-based index */
                                 g_strdup_printf (_("Right: the largest value, %s, is at index %lu when counting starts at 0."),
                                                  vmax, (unsigned long) i));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (x[i]),
                                 g_strdup (_("That is the largest value, which np.max returns; np.argmax returns its index.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (i + 1),
                                 g_strdup (_("That is its position counted from 1, as the slides write it; NumPy counts from 0.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_vector (both, 2),
                                 g_strdup (_("np.argmax returns a single index, not the index together with the value.")));
  return q;
}

/* Tenths whose largest occurs exactly twice. */
static DlmQuizQuestion *
argmax_of_tie (GRand *rand)
{
  double x[4];
  gsize n = G_N_ELEMENTS (x), first, last;
  g_autofree char *list = NULL;
  g_autofree char *prompt = NULL;
  double tied[2];
  DlmQuizQuestion *q;

  do
    {
      draw_list (rand, x, n, 1, 9);
      for (gsize i = 0; i < n; i++)
        x[i] /= 10;
      first = dlm_argmax (x, n);
    }
  while (count_of (x, n, x[first]) != 2);
  last = first;
  list = dlm_quiz_format_vector (x, n);

  for (gsize i = first + 1; i < n; i++)
    if (x[i] == x[first])
      last = i;
  tied[0] = first;
  tied[1] = last;

  /* Translators: %s is a Python list whose largest value occurs twice */
  prompt = g_strdup_printf (_("The largest value of %s occurs twice. What does np.argmax return?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_vector (tied, 2),
                                 g_strdup (_("np.argmax always returns one index; to list every tie, compare the values with their maximum.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number ((first + last) / 2.0),
                                 g_strdup (_("Indices are not averaged; the answer is always a place that holds the maximum.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (first),
                                 g_strdup (_("Right: with a tie, the first occurrence wins.")));
  dlm_quiz_question_add_choice (q, FALSE, _("An error, because the maximum is not unique"),
                                _("A tie is not an error: NumPy quietly picks the first of the tied places."));
  return q;
}

/* The course's example of a classifier's output. */
static const double class_probabilities[] = { 0, 0.05, 0.8, 0.1, 0.05 };
static const char *const class_names[] = {
  N_("squirrel"), N_("speed-limit sign"), N_("stop sign"), N_("tomato"), N_("car")
};
G_STATIC_ASSERT (G_N_ELEMENTS (class_names) == G_N_ELEMENTS (class_probabilities));

/* "squirrel 0, speed-limit sign 0.05, …" */
static char *
classifier_output (const double *p)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (class_names); i++)
    {
      g_autofree char *pt = dlm_quiz_format_number (p[i]);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%s %s", _(class_names[i]), pt);
    }
  return g_string_free (out, FALSE);
}

/* The course's output with its probabilities dealt to the classes in a
 * drawn order. */
static DlmQuizQuestion *
classifier_prediction (GRand *rand)
{
  gsize n = G_N_ELEMENTS (class_probabilities);
  double p[G_N_ELEMENTS (class_probabilities)];
  gsize best, worst;
  g_autofree char *output = NULL;
  g_autofree char *prompt = NULL, *pbest = NULL, *pworst = NULL;
  DlmQuizQuestion *q;

  memcpy (p, class_probabilities, sizeof p);
  for (gsize i = n; i > 1; i--)
    {
      gsize j = (gsize) g_rand_int_range (rand, 0, (gint32) i);
      double t = p[i - 1];

      p[i - 1] = p[j];
      p[j] = t;
    }
  best = dlm_argmax (p, n);
  worst = gsl_stats_min_index (p, 1, n);
  output = classifier_output (p);
  pbest = dlm_quiz_format_number (p[best]);
  pworst = dlm_quiz_format_number (p[worst]);

  /* Translators: %s lists classes with their probabilities */
  prompt = g_strdup_printf (_("An image classifier outputs these probabilities: %s. Which class does it predict?"), output);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (pbest),
                                 g_strdup (_("That is the highest probability, the model’s confidence; the prediction is the class where it occurs.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_(class_names[worst])),
                                 /* Translators: %s is a probability */
                                 g_strdup_printf (_("That class has the lowest probability, %s: it is the argmin, the least likely class."), pworst));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_(class_names[best])),
                                 /* Translators: %s is a probability */
                                 g_strdup_printf (_("Right: the prediction is the argmax, the class with the highest probability, %s."), pbest));
  return q;
}

static DlmQuizQuestion *
training_is_argmin (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("Training searches for the weights x at which a loss L(x) is as small as possible. "
                               "Which expression stands for those weights?"));
  dlm_quiz_question_add_choice (q, FALSE, "minₓ L(x)",
                                _("That is the smallest loss itself, a number; the weights are the place where it is reached."));
  dlm_quiz_question_add_choice (q, TRUE, "argminₓ L(x)",
                                _("Right: argmin gives the input at which the minimum occurs — here, the best weights."));
  dlm_quiz_question_add_choice (q, FALSE, "argmaxₓ L(x)",
                                _("That would be the weights with the largest loss, the worst ones."));
  return q;
}

/* A loss L(x) = (x − c)² + d with a drawn bottom (c, d), sampled on the
 * function view's grid and searched as np.argmin does. */
typedef struct {
  double c, d;
} Bowl;

static double
bowl_loss (const Bowl *bowl,
           double      x)
{
  return (x - bowl->c) * (x - bowl->c) + bowl->d;
}

static void
bowl_minimum (const Bowl *bowl,
              double     *x_best,
              double     *lowest)
{
  double step = (DLM_ARGMAX_GRID_MAX - DLM_ARGMAX_GRID_MIN) / (DLM_ARGMAX_GRID_N - 1);
  g_autofree double *loss = g_new (double, DLM_ARGMAX_GRID_N);
  gsize imin;

  for (gsize i = 0; i < DLM_ARGMAX_GRID_N; i++)
    loss[i] = bowl_loss (bowl, i * step + DLM_ARGMAX_GRID_MIN);
  imin = gsl_stats_min_index (loss, 1, DLM_ARGMAX_GRID_N);
  *x_best = imin * step + DLM_ARGMAX_GRID_MIN;
  *lowest = loss[imin];
}

static DlmQuizQuestion *
loss_curve (GRand *rand)
{
  Bowl bowl;
  double x_best, lowest;
  g_autofree char *xt = NULL, *lt = NULL, *ct = NULL, *dt = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  /* a bottom on the grid, with c ≠ d so min and argmin differ */
  do
    {
      bowl.c = g_rand_int_range (rand, 1, 5);
      bowl.d = g_rand_int_range (rand, 1, 5);
    }
  while (bowl.c == bowl.d);
  bowl_minimum (&bowl, &x_best, &lowest);
  xt = dlm_quiz_format_number (x_best);
  lt = dlm_quiz_format_number (lowest);
  ct = dlm_quiz_format_number (bowl.c);
  dt = dlm_quiz_format_number (bowl.d);

  /* Translators: "L(x) = (x − 2)² + 1", c and d drawn */
  prompt = g_strdup_printf (_("A loss curve is L(x) = (x − %s)² + %s. What are min L(x) and argminₓ L(x), in that order?"),
                            ct, dt);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, pair (lowest, x_best),
                                 /* Translators: %s is an x value, the second %s the loss there */
                                 g_strdup_printf (_("Right: the curve bottoms out at x = %s, where the loss is %s."), xt, lt));
  dlm_quiz_question_take_choice (q, FALSE, pair (x_best, lowest),
                                 g_strdup (_("Swapped: the minimum is a height on the y axis, the argmin a place on the x axis.")));
  dlm_quiz_question_take_choice (q, FALSE, pair (0, x_best),
                                 /* Translators: the number added to the square, then the lowest value of the curve */
                                 g_strdup_printf (_("The square is 0 at the bottom, but the + %s lifts the whole curve: its lowest value is %s."), dt, lt));
  return q;
}

void
dlm_argmax_quiz_build (GPtrArray *questions,
                       GRand     *rand)
{
  g_ptr_array_add (questions, min_and_argmin (rand));
  g_ptr_array_add (questions, argmax_of_list (rand));
  g_ptr_array_add (questions, argmax_of_tie (rand));
  g_ptr_array_add (questions, classifier_prediction (rand));
  g_ptr_array_add (questions, training_is_argmin ());
  g_ptr_array_add (questions, loss_curve (rand));
}
