/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <math.h>

#include "dlm-entropy.h"
#include "dlm-format.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-softmax.h"

/* An amount of information with at most three decimals, as the panel
 * labels it: "0.515 bits", "1 bit", "2 bits". */
static char *
bits_text (double value)
{
  g_autofree char *number = dlm_format_short (round (value * 1000) / 1000, -1);

  /* Translators: an amount of information, e.g. "0.515 bits" or "1 bit" */
  return g_strdup_printf (ngettext ("%s bit", "%s bits", value == 1.0 ? 1 : 2), number);
}

/* A biased coin (p from 0.6 to 0.95, or its mirror image) beside a
 * certain one and the fair one. */
static void
add_coin_question (GPtrArray *questions,
                   GRand     *rand)
{
  double biased = g_rand_int_range (rand, 12, 20) / 20.0;
  double certain = g_rand_boolean (rand) ? 1 : 0;
  g_autofree char *hb = NULL, *h1 = bits_text (dlm_binary_entropy (certain, 2));
  g_autofree char *h05 = bits_text (dlm_binary_entropy (0.5, 2));
  g_autofree char *pb = NULL, *pc = dlm_quiz_format_number (certain);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A coin lands heads with probability p. For which p "
                                                "is its entropy largest?"));

  if (g_rand_boolean (rand))
    biased = 1 - biased;
  hb = bits_text (dlm_binary_entropy (biased, 2));
  pb = dlm_quiz_format_number (biased);
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf ("p = %s", pb),
                                 /* Translators: a probability such as 0.9, then an entropy such as
                                  * "0.469 bits" */
                                 g_strdup_printf (_("This coin mostly lands on one side, so there is "
                                                    "little surprise: H(%s) is only %s."), pb, hb));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf ("p = %s", pc),
                                 /* Translators: p (0 or 1), then an entropy, "0 bits" */
                                 g_strdup_printf (_("A coin that always lands on the same side holds no "
                                                    "surprise at all: H(%s) = %s."), pc, h1));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup ("p = 0.5"),
                                 /* Translators: %s is an entropy, "1 bit" */
                                 g_strdup_printf (_("A fair coin is the hardest to predict: H(0.5) = %s, "
                                                    "the most a coin can have."), h05));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Every p gives the same entropy")),
                                 /* Translators: two entropies, "0 bits" and "1 bit" */
                                 g_strdup_printf (_("H depends on p: from %s for a certain coin to %s "
                                                    "for a fair one."), h1, h05));
  g_ptr_array_add (questions, q);
}

static void
add_uniform_choice (DlmQuizQuestion *q,
                    gboolean         correct,
                    const double    *p,
                    const char      *why)
{
  g_autofree char *h = bits_text (dlm_entropy (p, 4, 2));

  dlm_quiz_question_take_choice (q, correct, dlm_quiz_format_vector (p, 4),
                                 /* Translators: the first %s says why, the second is an
                                  * entropy such as "2 bits" */
                                 g_strdup_printf (_("%s H = %s."), why, h));
}

/* @p shuffled in place with @rand (Fisher–Yates). */
static void
shuffle (double *p,
         guint   n,
         GRand  *rand)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      double t = p[i - 1];

      p[i - 1] = p[j];
      p[j] = t;
    }
}

/* Four outcomes; the uniform distribution has the most, log₂ 4 bits. The
 * others are drawn: one outcome dominating by a drawn share, one certain
 * outcome, an uneven spread, each in a drawn order. */
static void
add_uniform_question (GPtrArray *questions,
                      GRand     *rand)
{
  double major = 0.4 + 0.15 * g_rand_int_range (rand, 1, 4);
  double minor = round ((1 - major) / 3 * 100) / 100;
  double peaked[] = { major, minor, minor, minor };
  double certain[] = { 1, 0, 0, 0 };
  double uneven[] = { 0.4, 0.3, 0.2, 0.1 };
  const double uniform[] = { 0.25, 0.25, 0.25, 0.25 };
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which distribution over four outcomes has the "
                                                "highest entropy?"));

  shuffle (peaked, 4, rand);
  shuffle (certain, 4, rand);
  shuffle (uneven, 4, rand);
  add_uniform_choice (q, FALSE, peaked, _("One outcome dominates, so it is easy to guess:"));
  add_uniform_choice (q, FALSE, certain, _("The outcome is known in advance:"));
  add_uniform_choice (q, FALSE, uneven, _("Closer to even, but some outcomes are still likelier:"));
  add_uniform_choice (q, TRUE, uniform,
                      _("Equally likely outcomes are the hardest to guess; no distribution over "
                        "four outcomes beats log₂ 4:"));
  g_ptr_array_add (questions, q);
}

static void
add_certain_question (GPtrArray *questions)
{
  const double certain[] = { 1, 0, 0 };
  g_autofree char *h05 = bits_text (dlm_binary_entropy (0.5, 2));
  DlmQuizQuestion *q = dlm_quiz_question_new (_("An experiment always has the same outcome: its "
                                                "probability is 1. What is its entropy?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Infinite"),
                                _("Infinity appears in cross-entropy, when a prediction gives the true "
                                  "outcome probability 0; not here."));
  dlm_quiz_question_take_choice (q, TRUE, bits_text (dlm_entropy (certain, 3, 2)),
                                 g_strdup (_("Nothing is uncertain: 1 · log 1 = 0, and the impossible "
                                             "outcomes add 0 · log 0 = 0.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (h05),
                                 g_strdup (_("That is the entropy of a fair coin, where two outcomes are "
                                             "equally likely.")));
  dlm_quiz_question_add_choice (q, FALSE, _("Undefined, because log 0 is undefined"),
                                _("Each 0 · log 0 term counts as 0, its limit, so the entropy is well "
                                  "defined."));
  g_ptr_array_add (questions, q);
}

static void
add_origin_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Who introduced entropy as a measure of "
                                                "information?"));

  dlm_quiz_question_add_choice (q, TRUE, _("Claude Shannon"),
                                _("In 1948 Shannon, an engineer at Bell Labs, defined it to measure "
                                  "the information in messages."));
  dlm_quiz_question_add_choice (q, FALSE, _("Alan Turing"),
                                _("Turing laid the foundations of computing; entropy as a measure "
                                  "of information came from someone else."));
  dlm_quiz_question_add_choice (q, FALSE, _("Isaac Newton"),
                                _("Newton worked on mechanics and calculus, centuries before "
                                  "information theory."));
  dlm_quiz_question_add_choice (q, FALSE, _("Albert Einstein"),
                                _("Einstein’s famous work was in physics; information theory came "
                                  "from communications engineering."));
  g_ptr_array_add (questions, q);
}

static void
add_meaning_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What does the entropy of a distribution "
                                                "measure?"));

  dlm_quiz_question_add_choice (q, FALSE, _("How far the values spread around their mean"),
                                _("That is variance, which needs numbers and a mean; entropy uses only "
                                  "the probabilities."));
  dlm_quiz_question_add_choice (q, FALSE, _("How fast a message can be sent"),
                                _("Speed is a property of the channel; entropy describes the outcomes "
                                  "themselves."));
  dlm_quiz_question_add_choice (q, TRUE, _("The average uncertainty, or information, of one outcome"),
                                _("High entropy: outcomes are hard to predict and each one tells a lot. "
                                  "Low entropy: they mostly repeat."));
  dlm_quiz_question_add_choice (q, FALSE, _("The amount of noise in a signal"),
                                _("Noise is a disturbance added to a signal; entropy is how "
                                  "unpredictable the outcomes are, noisy or not."));
  g_ptr_array_add (questions, q);
}

/* The four answers of the cross-entropy question, which must read
 * differently: q of the true class itself, the loss in bits (right), the
 * entropy of q, the loss in nats. */
static gboolean
cross_choices_distinct (const double *p,
                        const double *qd)
{
  char *t[4] = {
    bits_text (qd[dlm_argmax (p, 3)]), bits_text (dlm_cross_entropy (p, qd, 3, 2)),
    bits_text (dlm_entropy (qd, 3, 2)), bits_text (dlm_cross_entropy (p, qd, 3, M_E)),
  };
  gboolean distinct = TRUE;

  for (guint i = 0; i < 4; i++)
    for (guint j = i + 1; j < 4; j++)
      distinct &= g_strcmp0 (t[i], t[j]) != 0;
  for (guint i = 0; i < 4; i++)
    g_free (t[i]);
  return distinct;
}

/* A prediction q over three classes (tenths, each at least 0.1) and a
 * one-hot truth at a drawn class. The distractors are q's own probability,
 * q's entropy and the loss in nats. */
static void
draw_cross_case (GRand  *rand,
                 double *p,
                 double *qd)
{
  do
    {
      int a = g_rand_int_range (rand, 1, 9), b = g_rand_int_range (rand, 1, 10 - a);

      qd[0] = a / 10.0;
      qd[1] = b / 10.0;
      qd[2] = (10 - a - b) / 10.0;
      p[0] = p[1] = p[2] = 0;
      p[g_rand_int_range (rand, 0, 3)] = 1;
    }
  while (!cross_choices_distinct (p, qd));
}

static void
add_cross_entropy_question (GPtrArray *questions,
                            GRand     *rand)
{
  double p[3], qd[3];
  g_autofree char *qt = NULL, *pt = NULL, *q0 = NULL, *prompt = NULL;
  guint truth;
  DlmQuizQuestion *q;

  draw_cross_case (rand, p, qd);
  truth = dlm_argmax (p, 3);
  qt = dlm_quiz_format_vector (qd, 3);
  pt = dlm_quiz_format_vector (p, 3);
  q0 = dlm_quiz_format_number (qd[truth]);
  /* Translators: a predicted distribution such as [0.7, 0.2, 0.1], then a one-hot
   * truth such as [1, 0, 0] */
  prompt = g_strdup_printf (_("A classifier predicts q = %s, and the truth is p = %s. What is the "
                              "cross-entropy H(p, q) in bits?"), qt, pt);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, bits_text (qd[truth]),
                                 /* Translators: %s is the predicted probability, 0.7 */
                                 g_strdup_printf (_("That is the predicted probability itself; the loss "
                                                    "is −log₂ %s."), q0));
  dlm_quiz_question_take_choice (q, TRUE, bits_text (dlm_cross_entropy (p, qd, 3, 2)),
                                 /* Translators: %s is the probability of the true class, 0.7 */
                                 g_strdup_printf (_("With a one-hot truth only the true class counts: "
                                                    "H(p, q) = −log₂ %s."), q0));
  dlm_quiz_question_take_choice (q, FALSE, bits_text (dlm_entropy (qd, 3, 2)),
                                 g_strdup (_("That is the entropy of q alone; cross-entropy weighs each "
                                             "log q by the truth p.")));
  dlm_quiz_question_take_choice (q, FALSE, bits_text (dlm_cross_entropy (p, qd, 3, M_E)),
                                 /* Translators: %s is the predicted probability, 0.7 */
                                 g_strdup_printf (_("That is −ln %s, measured in nats; bits use the "
                                                    "logarithm to the base 2."), q0));
  g_ptr_array_add (questions, q);
}

/* With a one-hot truth H(p) = 0, so KL(p ‖ q) = H(p, q) − H(p) is the
 * cross-entropy itself. */
static void
add_kl_question (GPtrArray *questions,
                 GRand     *rand)
{
  double p[3], qd[3];
  g_autofree char *qt = NULL, *pt = NULL, *ce = NULL, *qtrue = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  draw_cross_case (rand, p, qd);
  qt = dlm_quiz_format_vector (qd, 3);
  pt = dlm_quiz_format_vector (p, 3);
  ce = bits_text (dlm_cross_entropy (p, qd, 3, 2));
  qtrue = dlm_quiz_format_number (qd[dlm_argmax (p, 3)]);
  /* Translators: a one-hot truth such as [1, 0, 0], then a prediction such as [0.7, 0.2, 0.1] */
  prompt = g_strdup_printf (_("The truth is p = %s and the prediction q = %s. How do the "
                              "cross-entropy H(p, q) and the KL divergence KL(p ‖ q) compare?"), pt, qt);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: %s is an amount such as "0.515 bits" */
                                 g_strdup_printf (_("They are equal: both %s"), ce),
                                 g_strdup (_("A one-hot p is certain, H(p) = 0, so KL = H(p, q) − H(p) "
                                             "is the cross-entropy itself.")));
  dlm_quiz_question_take_choice (q, FALSE,
                                 /* Translators: %s is an amount such as "0.515 bits" */
                                 g_strdup_printf (_("KL is 0 and H(p, q) is %s"), ce),
                                 /* Translators: %s is q of the true class, such as 0.7 */
                                 g_strdup_printf (_("KL is 0 only when q equals p; here q gives the true "
                                                    "class only %s."), qtrue));
  dlm_quiz_question_add_choice (q, FALSE, _("KL is larger than H(p, q)"),
                                _("KL = H(p, q) − H(p), and H(p) is never negative, so KL can never "
                                  "exceed the cross-entropy."));
  dlm_quiz_question_add_choice (q, FALSE, _("They cannot be compared: KL is not measured in bits"),
                                _("Both use the same logarithm; with log₂ both are in bits."));
  g_ptr_array_add (questions, q);
}

void
dlm_entropy_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  add_coin_question (questions, rand);
  add_uniform_question (questions, rand);
  add_certain_question (questions);
  add_origin_question (questions);
  add_meaning_question (questions);
  add_cross_entropy_question (questions, rand);
  add_kl_question (questions, rand);
}
