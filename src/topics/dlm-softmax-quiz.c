/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-softmax.h"

/* Each attempt draws its own logits from the attempt's GRand: small whole
 * numbers, so that e^z and the sums in the reasons can be checked by hand. */

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

/* Three different whole numbers from @lo to @hi (inclusive), in the order
 * drawn. */
static void
draw_logits (GRand  *rand,
             int     lo,
             int     hi,
             double *z)
{
  for (guint i = 0; i < 3; i++)
    {
      gboolean again;

      do
        {
          z[i] = g_rand_int_range (rand, lo, hi + 1);
          again = FALSE;
          for (guint j = 0; j < i; j++)
            again |= z[j] == z[i];
        }
      while (again);
    }
}

/* "e³" or "e⁻²": e to a small whole power, as the reasons write it. */
static char *
power_of_e (double exponent)
{
  static const char *const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  GString *out = g_string_new ("e");
  g_autofree char *number = g_strdup_printf ("%d", (int) fabs (exponent));

  if (exponent < 0)
    g_string_append (out, "⁻");
  for (const char *c = number; *c != '\0'; c++)
    g_string_append (out, digits[*c - '0']);
  return g_string_free (out, FALSE);
}

/* "z₂" or "σ₂": a symbol with the 1-based position @i + 1 as subscript. */
static char *
subscripted (const char *symbol,
             guint       i)
{
  static const char *const digits[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉" };

  g_assert (i + 1 < 10);
  return g_strconcat (symbol, digits[i + 1], NULL);
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
add_range_question (GPtrArray *questions,
                    GRand     *rand)
{
  double p[3], example_z[3];
  g_autofree char *z = NULL;
  g_autofree char *p0 = NULL, *p1 = NULL, *p2 = NULL, *sum = NULL;
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which values can the outputs of softmax take?"));

  draw_logits (rand, -2, 4, example_z);
  z = dlm_quiz_format_vector (example_z, 3);
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

/* The texts of the right value and of three slips: no exponential, e^z
 * not divided by the total, equal shares. The four must read differently. */
typedef struct {
  char *plain, *alone, *equal, *right;
} ValueChoices;

static void
value_choices_clear (ValueChoices *c)
{
  g_clear_pointer (&c->plain, g_free);
  g_clear_pointer (&c->alone, g_free);
  g_clear_pointer (&c->equal, g_free);
  g_clear_pointer (&c->right, g_free);
}

static gboolean
value_choices_distinct (const ValueChoices *c)
{
  const char *t[] = { c->plain, c->alone, c->equal, c->right };

  for (guint i = 0; i < G_N_ELEMENTS (t); i++)
    for (guint j = i + 1; j < G_N_ELEMENTS (t); j++)
      if (g_strcmp0 (t[i], t[j]) == 0)
        return FALSE;
  return TRUE;
}

static void
value_choices_fill (ValueChoices *c,
                    const double *z,
                    guint         k)
{
  double p[3], e[3], naive[3];

  softmax_of (z, p);
  dlm_softmax_naive (z, 3, e, naive);
  value_choices_clear (c);
  c->plain = probability_text (z[k] / (z[0] + z[1] + z[2]));
  c->alone = dlm_format_short (e[k], 2);
  c->equal = probability_text (1.0 / 3);
  c->right = probability_text (p[k]);
}

/* Which entry is asked about, and logits (1 to 6, all different) for which
 * the right value and the three slips all read differently. */
static guint
draw_value_logits (GRand        *rand,
                   double       *z,
                   ValueChoices *c)
{
  guint k;

  do
    {
      draw_logits (rand, 1, 6, z);
      k = (guint) g_rand_int_range (rand, 0, 3);
      value_choices_fill (c, z, k);
    }
  while (!value_choices_distinct (c));
  return k;
}

static void
add_value_question (GPtrArray *questions,
                    GRand     *rand)
{
  double z[3], e[3], naive[3];
  ValueChoices c = { 0 };
  guint k = draw_value_logits (rand, z, &c);
  g_autofree char *zt = dlm_quiz_format_vector (z, 3), *entry = subscripted ("z", k);
  g_autofree char *ek = power_of_e (z[k]), *e0 = power_of_e (z[0]), *e1 = power_of_e (z[1]);
  g_autofree char *e2 = power_of_e (z[2]), *tt = NULL, *ekv = NULL, *prompt = NULL;
  g_autofree char *z0 = dlm_quiz_format_number (z[0]), *z1 = dlm_quiz_format_number (z[1]);
  g_autofree char *z2 = dlm_quiz_format_number (z[2]), *zk = dlm_quiz_format_number (z[k]);
  DlmQuizQuestion *q;

  dlm_softmax_naive (z, 3, e, naive);
  tt = dlm_format_short (e[0] + e[1] + e[2], 2);
  ekv = dlm_format_short (e[k], 2);
  /* Translators: an entry such as z₂, then a vector of logits such as [1, 2, 3] */
  prompt = g_strdup_printf (_("What probability does softmax give the entry %s of z = %s?"), entry, zt);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, g_steal_pointer (&c.plain),
                                 /* Translators: "3 / (1 + 2 + 3)": one logit over their plain sum */
                                 g_strdup_printf (_("That is %s / (%s + %s + %s): the logits were divided by "
                                                    "their sum without exponentiating them first."),
                                                  zk, z0, z1, z2));
  dlm_quiz_question_take_choice (q, FALSE, g_steal_pointer (&c.alone),
                                 /* Translators: e³ alone, then the sum e¹ + e² + e³ and its value */
                                 g_strdup_printf (_("That is %s alone; it still has to be divided by "
                                                    "the total %s + %s + %s = %s."), ek, e0, e1, e2, tt));
  dlm_quiz_question_take_choice (q, FALSE, g_steal_pointer (&c.equal),
                                 g_strdup (_("Equal shares would ignore the logits; the largest logit "
                                             "gets the largest share.")));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (c.right),
                                 /* Translators: e³ / (e¹ + e² + e³) = 20.09 / 30.19 ≈ 0.67 */
                                 g_strdup_printf (_("%s / (%s + %s + %s) = %s / %s ≈ %s."), ek, e0, e1, e2,
                                                  ekv, tt, c.right));
  value_choices_clear (&c);
  g_ptr_array_add (questions, q);
}

static void
add_monotonic_question (GPtrArray *questions,
                        GRand     *rand)
{
  double z[3], raised_z[3], before[3], after[3];
  g_autofree char *bt = NULL, *at = NULL, *zt = NULL, *zi = NULL, *si = NULL, *from = NULL, *to = NULL;
  guint i;
  DlmQuizQuestion *q = dlm_quiz_question_new (_("You raise one logit zᵢ and keep the others fixed. "
                                                "What happens to its probability σᵢ?"));

  /* a raise of 1 to 3 that moves σᵢ by at least 0.01, so the two
   * probabilities in the reason read differently */
  do
    {
      draw_logits (rand, 0, 5, z);
      i = (guint) g_rand_int_range (rand, 0, 3);
      memcpy (raised_z, z, sizeof z);
      raised_z[i] += g_rand_int_range (rand, 1, 4);
      softmax_of (z, before);
      softmax_of (raised_z, after);
      g_free (bt);
      g_free (at);
      bt = probability_text (before[i]);
      at = probability_text (after[i]);
    }
  while (g_strcmp0 (bt, at) == 0);
  zt = dlm_quiz_format_vector (z, 3);
  zi = subscripted ("z", i);
  si = subscripted ("σ", i);
  from = dlm_quiz_format_number (z[i]);
  to = dlm_quiz_format_number (raised_z[i]);

  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("It always increases")),
                                 /* Translators: "raising z₁ from 1 to 2 in [1, 2, 3] lifts σ₁ from
                                  * 0.09 to 0.21" */
                                 g_strdup_printf (_("A bigger logit always gets a bigger share: raising "
                                                    "%s from %s to %s in %s lifts %s from %s to %s."),
                                                  zi, from, to, zt, si, bt, at));
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

/* Like the course's third image: cat and dog tie, horse scores lower. */
static void
add_tie_question (GPtrArray *questions,
                  GRand     *rand)
{
  int tie = g_rand_int_range (rand, 2, 7);
  double z[] = { tie, tie, tie - g_rand_int_range (rand, 1, 5) };
  double p[3];
  g_autofree char *tie_text = NULL, *rest = NULL, *pair = NULL, *prompt = NULL;
  g_autofree char *a = dlm_quiz_format_number (z[0]), *b = dlm_quiz_format_number (z[2]);
  DlmQuizQuestion *q;

  /* Translators: the scores of cat and dog (equal), then of horse */
  prompt = g_strdup_printf (_("A classifier scores an image cat %s, dog %s, horse %s. What can you say "
                              "about the probabilities of cat and dog?"), a, a, b);
  q = dlm_quiz_question_new (prompt);
  softmax_of (z, p);
  tie_text = probability_text (p[0]);
  rest = probability_text (p[2]);
  pair = probability_text (p[0] + p[1]);

  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Both are 0")),
                                 /* Translators: %s is a probability such as 0.49 */
                                 g_strdup_printf (_("Softmax never gives exactly 0, since every eᶻ is "
                                                    "positive; here each is %s."), tie_text));
  dlm_quiz_question_add_choice (q, FALSE, _("They are undefined, because of the tie"),
                                _("The formula works for any finite logits; a tie in the scores just "
                                  "gives a tie in the probabilities."));
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: %s is a probability such as 0.49 */
                                 g_strdup_printf (_("They are equal: %s each"), tie_text),
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

/* The stability view: three large logits (all past the point where e^x
 * overflows a double) through the textbook formula. */
static void
add_overflow_question (GPtrArray *questions,
                       GRand     *rand)
{
  double a = g_rand_int_range (rand, 72, 101) * 10;
  double z[] = { a, a + g_rand_int_range (rand, 1, 4), 0 };
  double p[3], e[3], naive[3];
  g_autofree char *zt = NULL, *pt = NULL, *limit = dlm_format_short (log (DBL_MAX), 2);
  g_autofree char *low = NULL, *high = NULL, *prompt = NULL, *decades = NULL;
  DlmQuizQuestion *q;

  z[2] = z[1] + g_rand_int_range (rand, 1, 4);
  zt = dlm_quiz_format_vector (z, 3);
  softmax_of (z, p);
  dlm_softmax_naive (z, 3, e, naive);
  g_assert (isnan (naive[0]));
  pt = dlm_quiz_format_vector_fixed (p, 3, 2);
  low = dlm_quiz_format_number (z[0]);
  high = dlm_quiz_format_number (z[2]);
  decades = dlm_format_short (floor (z[0] / M_LN10), -1);
  /* Translators: %s is a vector of large logits such as [1000, 1001, 1002] */
  prompt = g_strdup_printf (_("You compute softmax of z = %s in float64 straight from the formula "
                              "eᶻ / Σ eᶻ, without subtracting the largest logit. What comes out?"), zt);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("NaN for every entry")),
                                 /* Translators: the smallest logit, then ln of the largest double, 709.78 */
                                 g_strdup_printf (_("Already e^%s is ∞ in float64 (eˣ overflows above "
                                                    "x = %s), so every entry is ∞/∞ = NaN."), low, limit));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (pt),
                                 /* Translators: the largest logit, e.g. 1002 */
                                 g_strdup_printf (_("That is the true softmax, which you get by subtracting "
                                                    "the largest logit, %s, first; the direct formula never "
                                                    "gets there."), high));
  dlm_quiz_question_add_choice (q, FALSE, "[0, 0, 1]",
                                _("Overflow does not round the smaller entries away: it breaks every "
                                  "entry at once."));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The exact answer: float64 reaches 10³⁰⁸")),
                                 /* Translators: the smallest logit, then its power of ten, e.g. 434 */
                                 g_strdup_printf (_("e^%s is more than 10^%s, far beyond the largest "
                                                    "float64, about 1.8 × 10³⁰⁸."), low, decades));
  g_ptr_array_add (questions, q);
}

void
dlm_softmax_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  add_role_question (questions);
  add_range_question (questions, rand);
  add_value_question (questions, rand);
  add_monotonic_question (questions, rand);
  add_tie_question (questions, rand);
  add_shape_question (questions);
  add_overflow_question (questions, rand);
}
