/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-svd.h"

/* The matrix whose singular values the energy question lists: a diagonal
 * matrix, so its singular values are its diagonal, largest first. */
#define ENERGY_MATRIX "3 0 0; 0 2 0; 0 0 1"

static void
add_spectral_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is the central idea of a spectral theory?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Ranking the data from largest to smallest"),
                                _("Putting values in order is sorting; a spectral theory takes one object apart into components."));
  dlm_quiz_question_add_choice (q, TRUE, _("Breaking a big object into simple parts that can be studied one at a time"),
                                _("Right: the singular value decomposition, for example, writes a picture as a sum of simple rank-1 layers."));
  dlm_quiz_question_add_choice (q, FALSE, _("Finding the single most important number in a data set"),
                                _("The largest singular value is only one of the parts; the idea is to keep them all and look at each."));
  dlm_quiz_question_add_choice (q, FALSE, _("Measuring how colorful an image is"),
                                _("“Spectrum” here means the list of how strong each component is, not the colors of light."));
  g_ptr_array_add (questions, q);
}

static void
add_simple_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Why can deep learning be called simple?"));

  dlm_quiz_question_add_choice (q, FALSE, _("It uses nothing but dot products"),
                                _("Without a nonlinear step, stacked layers collapse into one linear map; the nonlinearity is needed too."));
  dlm_quiz_question_add_choice (q, FALSE, _("It uses nothing but nonlinear functions"),
                                _("The nonlinear functions act on weighted sums, which are dot products: both ingredients are needed."));
  dlm_quiz_question_add_choice (q, TRUE, _("It is built from two easy operations: dot products and simple nonlinear functions"),
                                _("Right: each unit takes a weighted sum of its inputs (a dot product) and passes it through a simple nonlinearity."));
  dlm_quiz_question_add_choice (q, FALSE, _("Its networks have only a few parameters"),
                                _("Modern networks have millions or billions of parameters; the simplicity is in each piece, not in their number."));
  g_ptr_array_add (questions, q);
}

static void
add_complicated_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Why is deep learning complicated?"));

  dlm_quiz_question_add_choice (q, TRUE, _("It is made of a huge number of parts"),
                                _("Right: millions of weights and units, each simple on its own, like the many layers of a decomposition."));
  dlm_quiz_question_add_choice (q, FALSE, _("It contains nonlinear functions"),
                                _("Nonlinearities are what make it complex; complicated is about the number of parts."));
  dlm_quiz_question_add_choice (q, FALSE, _("It relies only on dot products"),
                                _("Dot products are plain arithmetic: they are why it is simple, not why it is complicated."));
  g_ptr_array_add (questions, q);
}

static void
add_complex_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Why is deep learning complex?"));

  dlm_quiz_question_add_choice (q, FALSE, _("It has many interconnected parts"),
                                _("Many parts alone make a thing complicated: a car has many parts and can still be understood."));
  dlm_quiz_question_add_choice (q, TRUE, _("Its many nonlinearities interact, so its behavior is unintuitive and hard to interpret"),
                                _("Right: like the Lorenz system, it cannot be understood by taking it apart into its pieces."));
  dlm_quiz_question_add_choice (q, FALSE, _("Its arithmetic is advanced mathematics"),
                                _("The arithmetic is mostly sums and products; the difficulty comes from how the nonlinear pieces interact."));
  g_ptr_array_add (questions, q);
}

static void
add_lorenz_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("In the Lorenz view two trajectories start 10⁻⁹ apart. What happens to the distance between them?"));

  dlm_quiz_question_add_choice (q, FALSE, _("It stays near 10⁻⁹, because the rules are deterministic"),
                                _("Deterministic does not mean predictable: the nonlinear terms amplify tiny differences."));
  dlm_quiz_question_add_choice (q, FALSE, _("It shrinks to 0, because both follow the same equations"),
                                _("Same equations, different starts: on the log-scale plot the distance rises instead of falling."));
  dlm_quiz_question_add_choice (q, TRUE, _("It grows roughly exponentially until it is as large as the attractor"),
                                _("Right: this sensitivity to the start makes the system complex and its long-term path unpredictable."));
  dlm_quiz_question_add_choice (q, FALSE, _("It grows steadily by the same amount every second"),
                                _("On the log-scale plot the distance rises along a roughly straight line: that is exponential growth, not linear."));
  g_ptr_array_add (questions, q);
}

/* "92.86 %", as the spectral view writes the energy kept. */
static char *
format_percent (double fraction)
{
  g_autofree char *number = dlm_format_fixed (100 * fraction, 2);

  /* Translators: a percentage, e.g. "92.86 %" */
  return g_strdup_printf (_("%s %%"), number);
}

static void
add_energy_question (GPtrArray *questions)
{
  g_autoptr(gsl_matrix) a = dlm_parse_matrix ("a", ENERGY_MATRIX, 9, NULL);
  g_autoptr(DlmSvd) svd = dlm_svd_compute (a);
  const gsl_vector *s = svd->s;
  double sum = gsl_vector_get (s, 0) + gsl_vector_get (s, 1) + gsl_vector_get (s, 2);
  g_autofree char *s1 = dlm_quiz_format_number (gsl_vector_get (s, 0));
  g_autofree char *s2 = dlm_quiz_format_number (gsl_vector_get (s, 1));
  g_autofree char *s3 = dlm_quiz_format_number (gsl_vector_get (s, 2));
  /* Translators: the %s are three singular values, e.g. 3, 2 and 1 */
  g_autofree char *prompt = g_strdup_printf (_("A matrix has the singular values %s, %s and %s. What share of "
                                               "the energy do its first two rank-1 layers keep?"), s1, s2, s3);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE,
                                 format_percent ((gsl_vector_get (s, 0) + gsl_vector_get (s, 1)) / sum),
                                 g_strdup (_("That adds the singular values themselves; energy adds their squares, which favors the large ones.")));
  dlm_quiz_question_take_choice (q, FALSE, format_percent (2.0 / svd->rank),
                                 g_strdup (_("That counts layers, two of three, as if every layer were equally strong.")));
  dlm_quiz_question_take_choice (q, FALSE, format_percent (dlm_svd_energy_kept (svd, 1)),
                                 g_strdup (_("That is the first layer alone; the second layer adds its share too.")));
  dlm_quiz_question_take_choice (q, TRUE, format_percent (dlm_svd_energy_kept (svd, 2)),
                                 g_strdup (_("Right: energy counts squared singular values, so the share is (s₁² + s₂²) / (s₁² + s₂² + s₃²).")));
  g_ptr_array_add (questions, q);
}

void
dlm_complex_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  add_spectral_question (questions);
  add_simple_question (questions);
  add_complicated_question (questions);
  add_complex_question (questions);
  add_lorenz_question (questions);
  add_energy_question (questions);
}
