/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <float.h>
#include <math.h>

#include "dlm-explog.h"
#include "dlm-format.h"
#include "dlm-quiz-private.h"

/* Every number of an attempt is drawn from its GRand and every reason is
 * computed for the numbers drawn, so that a seed gives its attempt back. */

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

/* @n in superscript or subscript digits: "³", "₁₀". */
static char *
small_digits (guint    n,
              gboolean super)
{
  static const char *const small[2][10] = {
    { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉" },
    { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" },
  };
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *s = g_string_new (NULL);

  for (const char *d = digits; *d != '\0'; d++)
    g_string_append (s, small[super ? 1 : 0][*d - '0']);
  return g_string_free (s, FALSE);
}

/* The name of the logarithm to a whole base: "log₂", "log₁₀"; "ln" for e. */
static char *
log_name (double base)
{
  g_autofree char *sub = NULL;

  if (base == M_E)
    return g_strdup ("ln");
  sub = small_digits ((guint) base, FALSE);
  return g_strconcat ("log", sub, NULL);
}

/* "2³" */
static char *
power_text (guint base,
            guint power)
{
  g_autofree char *sup = small_digits (power, TRUE);

  return g_strdup_printf ("%u%s", base, sup);
}

/* log_b x for a drawn base and power, against the other operations the
 * course offers as the inverse. */
static void
add_meaning_question (GPtrArray *questions,
                      GRand     *rand)
{
  static const guint bases[] = { 2, 3, 5, 10 };
  guint b = bases[g_rand_int_range (rand, 0, G_N_ELEMENTS (bases))];
  /* from 2³ on for base 2: 4 / 2 and 4 − 2 would equal log₂ 4 */
  guint k = (guint) g_rand_int_range (rand, 2, 5) + (b == 2);
  double x = dlm_exp_base (k, b);
  g_autofree char *log = log_name (b), *power = power_text (b, k);
  g_autofree char *l = whole_log_text (x, b);
  g_autofree char *xt = dlm_format_short (x, -1);
  g_autofree char *back = dlm_format_short (dlm_exp_base (dlm_log_base (x, b), b), 0);
  g_autofree char *product = dlm_format_short (b * x, -1);
  g_autofree char *quotient = dlm_format_short (x / b, -1);
  g_autofree char *difference = dlm_format_short (x - b, -1);
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What does the logarithm of x to the base b tell "
                                                "you?"));

  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("The product of b and x")),
                                 /* Translators: "That is multiplication: 2 × 8 = 16, but log₂ 8 = 3. …" */
                                 g_strdup_printf (_("That is multiplication: %1$u × %2$s = %3$s, but "
                                                    "%4$s %2$s = %5$s. The logarithm is about powers."),
                                                  b, xt, product, log, l));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("x divided by b")),
                                 /* Translators: "That is division: 8 / 2 = 4, but log₂ 8 = 3." */
                                 g_strdup_printf (_("That is division: %2$s / %1$u = %3$s, but %4$s %2$s = "
                                                    "%5$s."), b, xt, quotient, log, l));
  dlm_quiz_question_take_choice (q, TRUE,
                                 g_strdup (_("The power to which b must be raised to give x: it undoes "
                                             "exponentiation")),
                                 /* Translators: "2³ = 8, so log₂ 8 = 3: …, and 2 raised to log₂ 8 is 8 again." */
                                 g_strdup_printf (_("%1$s = %2$s, so %3$s %2$s = %4$s: the logarithm undoes "
                                                    "the power, and %5$u raised to %3$s %2$s is %6$s again."),
                                                  power, xt, log, l, b, back));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("x minus b")),
                                 /* Translators: "That is subtraction: 8 − 2 = 6, but log₂ 8 = 3." */
                                 g_strdup_printf (_("That is subtraction: %2$s − %1$u = %3$s, but %4$s %2$s = "
                                                  "%5$s."), b, xt, difference, log, l));
  g_ptr_array_add (questions, q);
}

/* log 1 in a drawn base: 0 in every base. */
static void
add_log_one_question (GPtrArray *questions,
                      GRand     *rand)
{
  static const double bases[] = { M_E, 2, 10 };
  double b = bases[g_rand_int_range (rand, 0, G_N_ELEMENTS (bases))];
  g_autofree char *log = log_name (b);
  g_autofree char *sym = b == M_E ? g_strdup ("e") : dlm_format_short (b, -1);
  g_autofree char *l1 = whole_log_text (1, b), *lb = whole_log_text (b, b);
  g_autofree char *ln1 = whole_log_text (1, M_E), *l2 = whole_log_text (1, 2);
  g_autofree char *l10 = whole_log_text (1, 10);
  /* Translators: "What is log₂ 1?" */
  g_autofree char *prompt = g_strdup_printf (_("What is %s 1?"), log);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, TRUE, g_strdup (l1),
                                 /* Translators: ln 1, log₂ 1 and log₁₀ 1, all 0 */
                                 g_strdup_printf (_("Every base raised to the power 0 gives 1: ln 1 = %s, "
                                                    "log₂ 1 = %s, log₁₀ 1 = %s."), ln1, l2, l10));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (lb),
                                 /* Translators: "1 is the log of the base itself (log₂ 2 = 1), …" */
                                 g_strdup_printf (_("%s is the log of the base itself (%s %s = %s), not "
                                                    "of the number 1."), lb, log, sym, lb));
  dlm_quiz_question_add_choice (q, FALSE, _("Undefined"),
                                _("The logarithm is undefined only for x ≤ 0, and 1 is positive."));
  dlm_quiz_question_add_choice (q, FALSE, _("It depends on the base"),
                                _("b⁰ = 1 for every base b, so the answer is the same in every "
                                  "base."));
  g_ptr_array_add (questions, q);
}

/* log₁₀ of a drawn power of ten, and the numbers a slip gives: the base,
 * one power too many or too few. */
static void
add_log_power_question (GPtrArray *questions,
                        GRand     *rand)
{
  guint k = (guint) g_rand_int_range (rand, 2, 7);
  double x = dlm_exp_base (k, 10);
  g_autofree char *xt = dlm_format_short (x, -1), *power = power_text (10, k);
  g_autofree char *right = whole_log_text (x, 10);
  g_autofree char *more = dlm_format_short (10 * x, -1), *less = dlm_format_short (x / 10, -1);
  /* Translators: "What is log₁₀ 1000?" */
  g_autofree char *prompt = g_strdup_printf (_("What is log₁₀ %s?"), xt);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, dlm_format_short (10, 0),
                                 /* Translators: %s is a power of ten, e.g. 1000 */
                                 g_strdup_printf (_("10 is the base. The logarithm counts how many tens "
                                                    "must be multiplied to reach %s."), xt));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (right),
                                 /* Translators: "10³ = 1000, so the power needed is 3." */
                                 g_strdup_printf (_("%s = %s, so the power needed is %s."), power, xt, right));
  dlm_quiz_question_take_choice (q, FALSE, whole_log_text (10 * x, 10),
                                 /* Translators: "That is log₁₀ 10000, one ten more." */
                                 g_strdup_printf (_("That is log₁₀ %s, one ten more."), more));
  dlm_quiz_question_take_choice (q, FALSE, whole_log_text (x / 10, 10),
                                 /* Translators: "That is log₁₀ 100, one ten fewer." */
                                 g_strdup_printf (_("That is log₁₀ %s, one ten fewer."), less));
  g_ptr_array_add (questions, q);
}

static void
add_names_question (GPtrArray *questions,
                    GRand     *rand)
{
  guint k = (guint) g_rand_int_range (rand, 2, 7);
  g_autofree char *e = dlm_format_short (dlm_exp_base (1, M_E), 3);
  g_autofree char *x = dlm_format_short (dlm_exp_base (k, 10), -1);
  g_autofree char *l = whole_log_text (dlm_exp_base (k, 10), 10);
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
                                 /* Translators: "… log₁₀ 1000 = 3 counts the zeros." */
                                 g_strdup_printf (_("Base 10 matches our decimal digits: log₁₀ %s = %s "
                                                    "counts the zeros."), x, l));
  g_ptr_array_add (questions, q);
}

/* "(x − 2)² + 0.5", "(x + 1)² + 1", "x² + 2" */
static char *
loss_text (int    a,
           double c)
{
  g_autofree char *ct = dlm_format_short (c, -1);

  if (a == 0)
    return g_strdup_printf ("x² + %s", ct);
  return g_strdup_printf ("(x %s %d)² + %s", a > 0 ? "−" : "+", ABS (a), ct);
}

/* A drawn loss (x − a)² + c and where its logarithm is lowest. */
static void
add_monotonic_question (GPtrArray *questions,
                        GRand     *rand)
{
  static const double offsets[] = { 0.25, 0.5, 2, 3 };
  int a = g_rand_int_range (rand, -2, 4);
  double c = offsets[g_rand_int_range (rand, 0, G_N_ELEMENTS (offsets))];
  g_autofree char *f = loss_text (a, c);
  g_autofree char *at = g_strdup_printf ("%d", a);
  g_autofree char *fmin = dlm_format_short (c, -1), *lmin = log_text (c, M_E);
  /* Translators: "The loss f(x) = (x − 1)² + 0.25 is always positive. …" */
  g_autofree char *prompt = g_strdup_printf (_("The loss f(x) = %s is always positive. Where does "
                                               "ln f(x) have its minimum?"), f);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_add_choice (q, FALSE, _("At a smaller x, because log squeezes large values"),
                                _("Log does squeeze large values together, but it never reorders "
                                  "them, so the lowest point stays where it is."));
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: "At x = 1, as for f: log is strictly increasing" */
                                 g_strdup_printf (_("At x = %s, as for f: log is strictly increasing"), at),
                                 /* Translators: "f is lowest, 0.25, at x = 1, so ln f is lowest there too: ln 0.25 = −1.39." */
                                 g_strdup_printf (_("f is lowest, %1$s, at x = %2$s, so ln f is lowest "
                                                    "there too: ln %1$s = %3$s. If f(a) < f(b) then "
                                                    "ln f(a) < ln f(b)."), fmin, at, lmin));
  dlm_quiz_question_add_choice (q, FALSE, _("At the maximum of f, because log reverses the order"),
                                _("That would be −log f; log itself keeps the order of positive "
                                  "numbers."));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Nowhere, because ln f(x) can be negative")),
                                 /* Translators: "Its lowest value, ln 0.25 = −1.39, is negative …" */
                                 g_strdup_printf (_("Its lowest value, ln %s = %s, may be negative, but it "
                                                    "is still the lowest point: ln f exists because "
                                                    "f > 0."), fmin, lmin));
  g_ptr_array_add (questions, q);
}

/* n factors of a drawn p, with n past the step where the product becomes
 * exactly 0 in double precision. */
static void
add_underflow_question (GPtrArray *questions,
                        GRand     *rand)
{
  static const double probabilities[] = { 0.1, 0.05, 0.02, 0.01, 0.001 };
  double p = probabilities[g_rand_int_range (rand, 0, G_N_ELEMENTS (probabilities))];
  guint step = dlm_underflow_step (p, DLM_EXPLOG_MAX_N);
  /* a round number of factors, between 1.25 and 2 times the step */
  guint n = 10 * (guint) ceil ((step + g_rand_int_range (rand, step / 4, step)) / 10.0);
  g_autofree char *pt = dlm_format_short (p, -1);
  g_autofree char *product = dlm_format_short (dlm_repeated_product (p, n), -1);
  g_autofree char *sum = dlm_format_short (dlm_repeated_log_sum (p, n, M_E), 2);
  g_autofree char *term = log_text (p, M_E);
  g_autofree char *exponent = dlm_format_short (n * log10 (p), 0);
  g_autofree char *smallest = dlm_format_short (DBL_TRUE_MIN, 2);
  /* Translators: %u is the number of factors (200), %s a probability (0.01) */
  g_autofree char *prompt = g_strdup_printf (_("A model multiplies %u probabilities of %s each, in "
                                               "double precision. What happens?"), n, pt);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: the product (0), then the sum of logs (−921.03) */
                                 g_strdup_printf (_("The product becomes exactly %s, while the sum of "
                                                    "the logs, %s, stays finite"), product, sum),
                                 /* Translators: "Below about 4.9 × 10⁻³²⁴ a double can only hold 0: after 162 factors …" */
                                 g_strdup_printf (_("Below about %s a double can only hold 0: after %u "
                                                    "factors the product is gone."), smallest, step));
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup (_("The product is stored exactly, as a very small positive "
                                             "number")),
                                 /* Translators: "The exact product, about 10 to the power −400, is far below …" */
                                 g_strdup_printf (_("The exact product, about 10 to the power %s, is far "
                                                    "below the smallest positive double, about %s."),
                                                  exponent, smallest));
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

/* The 1-2-5 values of two decades from a drawn power of ten, as the
 * stretch view draws them: only the powers of ten are evenly spaced. */
static void
add_even_spacing_question (GPtrArray *questions,
                           GRand     *rand)
{
  static const double steps[] = { 1, 2, 5 };
  double lo = dlm_exp_base (-g_rand_int_range (rand, 2, 5), 10);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL, *two = NULL, *five = NULL;
  g_autofree char *p0 = dlm_format_short (lo, -1), *p1 = dlm_format_short (10 * lo, -1);
  g_autofree char *p2 = dlm_format_short (100 * lo, -1);
  g_autofree char *d2 = dlm_format_short (log10 (2), 2), *d52 = dlm_format_short (log10 (5.0 / 2), 2);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  for (guint d = 0; d < 2; d++)
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      g_ptr_array_add (values, dlm_format_short (lo * steps[i] * dlm_exp_base (d, 10), -1));
  g_ptr_array_add (values, g_strdup (p2));
  g_ptr_array_add (values, NULL);
  list = g_strjoinv (", ", (char **) values->pdata);
  two = g_strdup (g_ptr_array_index (values, 1));
  five = g_strdup (g_ptr_array_index (values, 2));
  /* Translators: %s is a list of numbers "0.001, 0.002, 0.005, 0.01, …" */
  prompt = g_strdup_printf (_("The values %s are marked on a logarithmic axis. Which of them are "
                              "evenly spaced?"), list);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: "Only 0.001, 0.01 and 0.1, the powers of ten" */
                                 g_strdup_printf (_("Only %s, %s and %s, the powers of ten"), p0, p1, p2),
                                 g_strdup (_("A log axis gives every factor of 10 the same room, so the "
                                             "powers of ten are one decade apart; the values between "
                                             "them are not evenly spaced.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("All of them: a log axis spaces every value evenly")),
                                 /* Translators: "0.002 is 0.30 of a decade above 0.001, and 0.005 another 0.40 above it: …" */
                                 g_strdup_printf (_("%s is %s of a decade above %s, and %s another %s "
                                                    "above it: equal ratios get equal room, not every "
                                                    "value."), two, d2, p0, five, d52));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("None of them: a log axis squeezes large values")),
                                 /* Translators: "… 0.001, 0.01 and 0.1 are one decade apart." */
                                 g_strdup_printf (_("It squeezes large values together, but each factor of "
                                                    "10 gets the same room: %s, %s and %s are one decade "
                                                    "apart."), p0, p1, p2));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Only the small ones, which a log axis stretches")),
                                 /* Translators: "From 0.001 to 0.01 is as far as from 0.01 to 0.1." */
                                 g_strdup_printf (_("It stretches them by ratio, not evenly: from %s to %s "
                                                    "is as far as from %s to %s."), p0, p1, p1, p2));
  g_ptr_array_add (questions, q);
}

/* Where r times a power of ten sits on a log₁₀ axis: log₁₀ r of a decade
 * above it, against the linear fraction, a whole decade and ln r. */
static void
add_decade_fraction_question (GPtrArray *questions,
                              GRand     *rand)
{
  guint r = (guint) g_rand_int_range (rand, 2, 6);
  double lo = dlm_exp_base (-g_rand_int_range (rand, 1, 4), 10);
  g_autofree char *lot = dlm_format_short (lo, -1), *xt = dlm_format_short (r * lo, -1);
  g_autofree char *right = log_text (r, 10), *linear = dlm_format_short ((r - 1) / 9.0, 2);
  g_autofree char *natural = log_text (r, M_E), *ten = dlm_format_short (10 * lo, -1);
  /* Translators: "On a log₁₀ axis, how many decades above 0.001 does 0.002 sit?" */
  g_autofree char *prompt = g_strdup_printf (_("On a log₁₀ axis, how many decades above %s does %s "
                                               "sit?"), lot, xt);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, TRUE, g_strdup (right),
                                 /* Translators: "log₁₀ 0.002 − log₁₀ 0.001 = log₁₀ 2 = 0.30." */
                                 g_strdup_printf (_("log₁₀ %s − log₁₀ %s = log₁₀ %u = %s."), xt, lot, r, right));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (linear),
                                 /* Translators: "That is where 0.002 sits between 0.001 and 0.01 on a linear axis." */
                                 g_strdup_printf (_("That is where %s sits between %s and %s on a linear "
                                                    "axis."), xt, lot, ten));
  dlm_quiz_question_take_choice (q, FALSE, dlm_format_short (1, 2),
                                 /* Translators: "A whole decade is a factor of 10: from 0.001 to 0.01." */
                                 g_strdup_printf (_("A whole decade is a factor of 10: from %s to %s."), lot, ten));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (natural),
                                 /* Translators: "That is ln 2: the distance in powers of e, not of 10." */
                                 g_strdup_printf (_("That is ln %u: the distance in powers of e, not of "
                                                    "10."), r));
  g_ptr_array_add (questions, q);
}

void
dlm_explog_quiz_build (GPtrArray *questions,
                       GRand     *rand)
{
  add_meaning_question (questions, rand);
  add_log_one_question (questions, rand);
  add_log_power_question (questions, rand);
  add_names_question (questions, rand);
  add_even_spacing_question (questions, rand);
  add_decade_fraction_question (questions, rand);
  add_monotonic_question (questions, rand);
  add_underflow_question (questions, rand);
}
