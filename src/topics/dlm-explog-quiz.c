/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <math.h>

#include "dlm-explog.h"
#include "dlm-format.h"
#include "dlm-quiz-private.h"

/* Logarithms in the quiz are whole numbers or two-decimal values, as the
 * panel's read-outs show them. */
static char *
log_text (double x,
          double base)
{
  return dlm_format_short (dlm_log_base (x, base), 2);
}

static char *
whole_log_text (double x,
                double base)
{
  return dlm_format_short (dlm_log_base (x, base), 0);
}

/* log₂ 8 against the other operations the course offers as the inverse. */
static void
add_meaning_question (GPtrArray *questions)
{
  g_autofree char *l8 = whole_log_text (8, 2);
  g_autofree char *power = dlm_format_short (dlm_exp_base (dlm_log_base (8, 2), 2), 0);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What does the logarithm of x to the base b tell "
                                                "you?"));

  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The product of b and x")),
                                 /* Translators: %s is log₂ 8, that is 3 */
                                 g_strdup_printf (_("That is multiplication: 2 × 8 = 16, but log₂ 8 = "
                                                    "%s. The logarithm is about powers."), l8));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("x divided by b")),
                                 /* Translators: %s is log₂ 8, that is 3 */
                                 g_strdup_printf (_("That is division: 8 / 2 = 4, but log₂ 8 = %s."), l8));
  dlm_quiz_question_take_choice (q, TRUE,
                                 g_strdup (_("The power to which b must be raised to give x: it undoes "
                                             "exponentiation")),
                                 /* Translators: log₂ 8 (3), then 2 raised to it (8) */
                                 g_strdup_printf (_("2³ = 8, so log₂ 8 = %s: the logarithm undoes the "
                                                    "power, and 2 raised to log₂ 8 is %s again."),
                                                  l8, power));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("x minus b")),
                                 /* Translators: %s is log₂ 8, that is 3 */
                                 g_strdup_printf (_("That is subtraction: 8 − 2 = 6, but log₂ 8 = %s."),
                                                  l8));
  g_ptr_array_add (questions, q);
}

static void
add_log_one_question (GPtrArray *questions)
{
  g_autofree char *ln1 = whole_log_text (1, M_E);
  g_autofree char *l2 = whole_log_text (1, 2), *l10 = whole_log_text (1, 10);
  g_autofree char *l10_10 = whole_log_text (10, 10);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is the logarithm of 1?"));

  dlm_quiz_question_take_choice (q, TRUE, whole_log_text (1, M_E),
                                 /* Translators: ln 1, log₂ 1 and log₁₀ 1, all 0 */
                                 g_strdup_printf (_("Every base raised to the power 0 gives 1: ln 1 = %s, "
                                                    "log₂ 1 = %s, log₁₀ 1 = %s."), ln1, l2, l10));
  dlm_quiz_question_take_choice (q, FALSE, whole_log_text (10, 10),
                                 /* Translators: %s is log₁₀ 10, that is 1 */
                                 g_strdup_printf (_("1 is the log of the base itself (log₁₀ 10 = %s), not "
                                                    "of the number 1."), l10_10));
  dlm_quiz_question_add_choice (q, FALSE, _("Undefined"),
                                _("The logarithm is undefined only for x ≤ 0, and 1 is positive."));
  dlm_quiz_question_add_choice (q, FALSE, _("It depends on the base"),
                                _("b⁰ = 1 for every base b, so the answer is the same in every "
                                  "base."));
  g_ptr_array_add (questions, q);
}

/* log₁₀ 100 and the numbers a slip gives: the base, log₁₀ 1000, log₁₀ 10. */
static void
add_log_hundred_question (GPtrArray *questions)
{
  g_autofree char *right = whole_log_text (100, 10);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is log₁₀ 100?"));

  dlm_quiz_question_take_choice (q, FALSE, dlm_format_short (10, 0),
                                 g_strdup (_("10 is the base. The logarithm counts how many tens must "
                                             "be multiplied to reach 100.")));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (right),
                                 /* Translators: %s is log₁₀ 100, that is 2 */
                                 g_strdup_printf (_("10 × 10 = 10² = 100, so the power needed is %s."),
                                                  right));
  dlm_quiz_question_take_choice (q, FALSE, whole_log_text (1000, 10),
                                 g_strdup (_("That is log₁₀ 1000: three tens, 10³ = 1000.")));
  dlm_quiz_question_take_choice (q, FALSE, whole_log_text (10, 10),
                                 g_strdup (_("That is log₁₀ 10, the log of the base itself.")));
  g_ptr_array_add (questions, q);
}

static void
add_names_question (GPtrArray *questions)
{
  g_autofree char *e = dlm_format_short (dlm_exp_base (1, M_E), 3);
  g_autofree char *l1000 = whole_log_text (1000, 10);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is the logarithm to the base 10 called?"));

  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The natural logarithm")),
                                 /* Translators: %s is e, 2.718 */
                                 g_strdup_printf (_("The natural logarithm, ln, has the base e ≈ %s."), e));
  dlm_quiz_question_add_choice (q, FALSE, _("The binary logarithm"),
                                _("The binary logarithm, log₂, has the base 2; entropy in bits uses "
                                  "it."));
  dlm_quiz_question_add_choice (q, FALSE, _("The exponential logarithm"),
                                _("No logarithm has that name: the exponential is the logarithm’s "
                                  "inverse, not a kind of logarithm."));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("The common logarithm")),
                                 /* Translators: %s is log₁₀ 1000, that is 3 */
                                 g_strdup_printf (_("Base 10 matches our decimal digits: log₁₀ 1000 = %s "
                                                    "counts the zeros."), l1000));
  g_ptr_array_add (questions, q);
}

static void
add_monotonic_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A loss f(x) is always positive. Where does log f(x) "
                                                "have its minimum?"));

  dlm_quiz_question_add_choice (q, FALSE, _("At a smaller x, because log squeezes large values"),
                                _("Log does squeeze large values together, but it never reorders "
                                  "them, so the lowest point stays where it is."));
  dlm_quiz_question_add_choice (q, TRUE, _("At the same x as f, because log is strictly increasing"),
                                _("If f(a) < f(b) then log f(a) < log f(b): the order, and so the "
                                  "argmin, is unchanged."));
  dlm_quiz_question_add_choice (q, FALSE, _("At the maximum of f, because log reverses the order"),
                                _("That would be −log f; log itself keeps the order of positive "
                                  "numbers."));
  dlm_quiz_question_add_choice (q, FALSE, _("Nowhere, because log f(x) can be negative"),
                                _("Negative values are fine (log of numbers below 1); log f exists "
                                  "because f > 0, and it has a lowest point."));
  g_ptr_array_add (questions, q);
}

/* The panel's precision example: 200 factors of 0.01. */
static void
add_underflow_question (GPtrArray *questions)
{
  const double p = 0.01;
  const guint n = 200;
  g_autofree char *pt = dlm_format_short (p, -1);
  g_autofree char *product = dlm_format_short (dlm_repeated_product (p, n), -1);
  g_autofree char *sum = dlm_format_short (dlm_repeated_log_sum (p, n, M_E), 2);
  g_autofree char *term = log_text (p, M_E);
  /* Translators: %u is the number of factors (200), %s a probability (0.01) */
  g_autofree char *prompt = g_strdup_printf (_("A model multiplies %u probabilities of %s each, in "
                                               "double precision. What happens?"), n, pt);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: the product (0), then the sum of logs (−921.03) */
                                 g_strdup_printf (_("The product becomes exactly %s, while the sum of "
                                                    "the logs, %s, stays finite"), product, sum),
                                 /* Translators: %u is the number of factors after which the product is 0 */
                                 g_strdup_printf (_("Below about 5·10⁻³²⁴ a double can only hold 0: "
                                                    "after %u factors the product is gone."),
                                                  dlm_underflow_step (p, n)));
  dlm_quiz_question_add_choice (q, FALSE, _("The product is stored exactly as 10⁻⁴⁰⁰"),
                                _("10⁻⁴⁰⁰ is far below the smallest positive double, about "
                                  "5·10⁻³²⁴, so it cannot be stored."));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The sum of the logs overflows instead")),
                                 /* Translators: ln 0.01 (−4.61), then the sum of 200 of them */
                                 g_strdup_printf (_("Each term is only %s, so the sum is %s, far from "
                                                    "any limit."), term, sum));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Both the product and the sum of logs become 0")),
                                 /* Translators: %s is the sum of logs (−921.03) */
                                 g_strdup_printf (_("Only the product collapses; adding logs keeps the "
                                                    "information: the sum is %s."), sum));
  g_ptr_array_add (questions, q);
}

void
dlm_explog_quiz_build (GPtrArray *questions,
                       GRand     *rand)
{
  add_meaning_question (questions);
  add_log_one_question (questions);
  add_log_hundred_question (questions);
  add_names_question (questions);
  add_monotonic_question (questions);
  add_underflow_question (questions);
}
