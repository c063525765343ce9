/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-format.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-softmax.h"

/* The panel's opening logits (the course's example). */
static const double example_z[] = { 1, 2, 3 };

/* Probabilities to two decimals, as the panel's bars label them. */
static char *
probability_text (double p)
{
  return dlm_format_short (p, 2);
}

static void
softmax_of (const double *z,
            double       *probabilities)
{
  if (!dlm_softmax (z, 3, 1.0, probabilities, NULL))
    g_assert_not_reached ();
}

static void
add_role_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is softmax for, at the end of a classifier "
                                                "network?"));

  dlm_quiz_question_add_choice (q, FALSE, _("It computes the gradient of the loss"),
                                _("Gradients come from backpropagation; softmax is a forward step "
                                  "that produces the network’s output."));
  dlm_quiz_question_add_choice (q, TRUE, _("It turns a vector of scores into a probability distribution"),
                                _("Each logit becomes a positive share, and the shares add up to 1: "
                                  "one probability per class."));
  dlm_quiz_question_add_choice (q, FALSE, _("It reduces the input to fewer dimensions"),
                                _("The output is exactly as long as the input: one probability for "
                                  "each logit."));
  dlm_quiz_question_add_choice (q, FALSE, _("It fits a straight line, as linear regression does"),
                                _("Softmax fits nothing: it is a fixed formula applied to the "
                                  "logits."));
  g_ptr_array_add (questions, q);
}

static void
add_range_question (GPtrArray *questions)
{
  double p[3];
  g_autofree char *z = dlm_quiz_format_vector (example_z, 3);
  g_autofree char *p0 = NULL, *p1 = NULL, *p2 = NULL, *sum = NULL;
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which values can the outputs of softmax take?"));

  softmax_of (example_z, p);
  p0 = probability_text (p[0]);
  p1 = probability_text (p[1]);
  p2 = probability_text (p[2]);
  sum = dlm_format_short (p[0] + p[1] + p[2], -1);

  dlm_quiz_question_add_choice (q, FALSE, _("Any real number, just like the logits"),
                                _("That describes the inputs. Exponentiating and dividing by the total "
                                  "brings every output between 0 and 1."));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Whole numbers, positive or negative")),
                                 /* Translators: logits such as [1, 2, 3], then three probabilities */
                                 g_strdup_printf (_("The outputs are fractions: for z = %s they are "
                                                    "%s, %s and %s."), z, p0, p1, p2));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("Numbers between 0 and 1 that add up to 1")),
                                 /* Translators: logits such as [1, 2, 3], three probabilities,
                                  * then their total (1) */
                                 g_strdup_printf (_("Every eᶻ is positive and is divided by the total: "
                                                    "for z = %s, %s + %s + %s = %s."),
                                                  z, p0, p1, p2, sum));
  dlm_quiz_question_add_choice (q, FALSE, _("Numbers greater than 1"),
                                _("Each output is a share of a total of 1, so none can be larger "
                                  "than 1."));
  g_ptr_array_add (questions, q);
}

/* The right value and the numbers three slips give: no exponential, no
 * division, equal shares. */
static void
add_value_question (GPtrArray *questions)
{
  double p[3], e[3], naive[3], total = 0, plain = 0;
  g_autofree char *et = NULL, *tt = NULL, *pt = NULL;
  g_autofree char *z = dlm_quiz_format_vector (example_z, 3);
  /* Translators: %s is a vector of logits such as [1, 2, 3] */
  g_autofree char *prompt = g_strdup_printf (_("What probability does softmax give the last entry "
                                               "of z = %s?"), z);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  softmax_of (example_z, p);
  dlm_softmax_naive (example_z, 3, e, naive);
  for (guint i = 0; i < 3; i++)
    {
      total += e[i];
      plain += example_z[i];
    }
  et = dlm_format_short (e[2], 2);
  tt = dlm_format_short (total, 2);
  pt = probability_text (p[2]);

  dlm_quiz_question_take_choice (q, FALSE, probability_text (example_z[2] / plain),
                                 g_strdup (_("That is 3 / (1 + 2 + 3): the logits were divided by "
                                             "their sum without exponentiating them first.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (et),
                                 /* Translators: %s is the total of the exponentials, 30.19 */
                                 g_strdup_printf (_("That is e³ alone; it still has to be divided by "
                                                    "the total e¹ + e² + e³ = %s."), tt));
  dlm_quiz_question_take_choice (q, FALSE, probability_text (1.0 / 3),
                                 g_strdup (_("Equal shares would ignore the logits; the largest logit "
                                             "gets the largest share.")));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (pt),
                                 /* Translators: e³, the total of the exponentials, then the result */
                                 g_strdup_printf (_("e³ / (e¹ + e² + e³) = %s / %s ≈ %s."), et, tt, pt));
  g_ptr_array_add (questions, q);
}

static void
add_monotonic_question (GPtrArray *questions)
{
  const double raised_z[] = { 2, 2, 3 };
  double before[3], after[3];
  g_autofree char *bt = NULL, *at = NULL;
  g_autofree char *z = dlm_quiz_format_vector (example_z, 3);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("You raise one logit zᵢ and keep the others fixed. "
                                                "What happens to its probability σᵢ?"));

  softmax_of (example_z, before);
  softmax_of (raised_z, after);
  bt = probability_text (before[0]);
  at = probability_text (after[0]);

  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("It always increases")),
                                 /* Translators: logits such as [1, 2, 3], then two probabilities,
                                  * before and after */
                                 g_strdup_printf (_("A bigger logit always gets a bigger share: raising "
                                                    "z₁ from 1 to 2 in %s lifts σ₁ from %s to %s."),
                                                  z, bt, at));
  dlm_quiz_question_add_choice (q, FALSE, _("It always decreases"),
                                _("The logit sits in the numerator, so its share grows; it is the "
                                  "other classes’ shares that shrink."));
  dlm_quiz_question_add_choice (q, FALSE, _("It may rise or fall, depending on the other logits"),
                                _("Whatever the other logits are, raising zᵢ raises σᵢ: softmax is "
                                  "strictly increasing in each logit."));
  dlm_quiz_question_add_choice (q, FALSE, _("It stays the same"),
                                _("Only adding the same amount to every logit leaves softmax unchanged; "
                                  "raising a single one does not."));
  g_ptr_array_add (questions, q);
}

/* The course's third image: cat and dog tie. */
static void
add_tie_question (GPtrArray *questions)
{
  const double z[] = { 4, 4, 1 };
  double p[3];
  g_autofree char *tie = NULL, *rest = NULL, *pair = NULL;
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A classifier scores an image cat 4, dog 4, horse 1. "
                                                "What can you say about the probabilities of cat and "
                                                "dog?"));

  softmax_of (z, p);
  tie = probability_text (p[0]);
  rest = probability_text (p[2]);
  pair = probability_text (p[0] + p[1]);

  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Both are 0")),
                                 /* Translators: %s is a probability such as 0.49 */
                                 g_strdup_printf (_("Softmax never gives exactly 0, since every eᶻ is "
                                                    "positive; here each is %s."), tie));
  dlm_quiz_question_add_choice (q, FALSE, _("They are undefined, because of the tie"),
                                _("The formula works for any finite logits; a tie in the scores just "
                                  "gives a tie in the probabilities."));
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: %s is a probability such as 0.49 */
                                 g_strdup_printf (_("They are equal: %s each"), tie),
                                 /* Translators: %s is horse's probability, such as 0.02 */
                                 g_strdup_printf (_("Equal logits give equal exponentials and so equal "
                                                    "shares; horse gets the remaining %s."), rest));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("They add up to 1")),
                                 /* Translators: %s is the two probabilities' total, such as 0.98 */
                                 g_strdup_printf (_("All three add up to 1; cat and dog alone add up "
                                                    "to %s."), pair));
  g_ptr_array_add (questions, q);
}

static void
add_shape_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Is softmax a convex function of its logits?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Yes, always convex"),
                                _("Plot σ₁ against z₁ with the other logits fixed: an S-shaped curve "
                                  "that bends upward on the left but downward on the right."));
  dlm_quiz_question_add_choice (q, FALSE, _("No, it is always concave"),
                                _("The same S-shaped curve bends upward at first, so it is not concave "
                                  "either."));
  dlm_quiz_question_add_choice (q, FALSE, _("Only for positive logits"),
                                _("Adding one constant to every logit changes nothing, so the sign of "
                                  "the logits cannot decide the shape."));
  dlm_quiz_question_add_choice (q, TRUE, _("Neither convex nor concave"),
                                _("Its S-shaped curves bend both ways: smooth and increasing, but "
                                  "neither convex nor concave."));
  g_ptr_array_add (questions, q);
}

void
dlm_softmax_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  add_role_question (questions);
  add_range_question (questions);
  add_value_question (questions);
  add_monotonic_question (questions);
  add_tie_question (questions);
  add_shape_question (questions);
}
