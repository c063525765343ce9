/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <math.h>

#include "dlm-complex-private.h"
#include "dlm-format.h"
#include "dlm-life.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-svd.h"

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

/* The starts are 10⁻⁶ to 10⁻¹² apart, as the panel's ε can be set. */
static void
add_lorenz_question (GPtrArray *questions,
                     GRand     *rand)
{
  double epsilon = pow (10, -g_rand_int_range (rand, 6, 13));
  g_autofree char *apart = dlm_complex_format_distance (epsilon);
  g_autofree char *prompt = g_strdup_printf (_("In the Lorenz view two trajectories start %s apart. What happens "
                                               "to the distance between them?"), apart);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("It stays near %s, because the rules are deterministic"), apart),
                                 g_strdup (_("Deterministic does not mean predictable: the nonlinear terms amplify tiny differences.")));
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

/* Three different whole singular values, largest first, whose four
 * answers all read differently. */
static void
draw_singular_values (GRand *rand,
                      int    s[3])
{
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      double sum, squares;

      s[2] = g_rand_int_range (rand, 1, 4);
      s[1] = s[2] + g_rand_int_range (rand, 1, 4);
      s[0] = s[1] + g_rand_int_range (rand, 1, 5);
      sum = s[0] + s[1] + s[2];
      squares = s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
      /* the plain sum's share and the layer count's must not be the answer */
      if (fabs ((s[0] + s[1]) / sum - (s[0] * s[0] + s[1] * s[1]) / squares) > 0.001 &&
          fabs (2.0 / 3.0 - (s[0] * s[0] + s[1] * s[1]) / squares) > 0.001 &&
          fabs (2.0 / 3.0 - (s[0] + s[1]) / sum) > 0.001)
        return;
    }
  s[0] = 3, s[1] = 2, s[2] = 1;
}

static void
add_energy_question (GPtrArray *questions,
                     GRand     *rand)
{
  int v[3];
  g_autofree char *text = NULL;
  g_autoptr(gsl_matrix) a = NULL;
  g_autoptr(DlmSvd) svd = NULL;
  const gsl_vector *s;
  double sum;
  g_autofree char *s1 = NULL, *s2 = NULL, *s3 = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  /* a diagonal matrix: its singular values are its diagonal */
  draw_singular_values (rand, v);
  text = g_strdup_printf ("%d 0 0; 0 %d 0; 0 0 %d", v[0], v[1], v[2]);
  a = dlm_parse_matrix ("a", text, 9, NULL);
  /* three small whole numbers on a diagonal always decompose */
  svd = dlm_svd_compute (a, NULL);
  g_assert (svd != NULL);
  s = svd->s;
  sum = gsl_vector_get (s, 0) + gsl_vector_get (s, 1) + gsl_vector_get (s, 2);
  s1 = dlm_quiz_format_number (gsl_vector_get (s, 0));
  s2 = dlm_quiz_format_number (gsl_vector_get (s, 1));
  s3 = dlm_quiz_format_number (gsl_vector_get (s, 2));
  /* Translators: the %s are three singular values, e.g. 3, 2 and 1 */
  prompt = g_strdup_printf (_("A matrix has the singular values %s, %s and %s. What share of "
                              "the energy do its first two rank-1 layers keep?"), s1, s2, s3);
  q = dlm_quiz_question_new (prompt);
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

/* ---- the Game of Life --------------------------------------------------------- */

/* What the rules do to a live cell with 1 to 5 live neighbors: the three
 * fates, the right one as dlm_life_next_state() decides. */
static void
add_survival_question (GPtrArray *questions,
                       GRand     *rand)
{
  guint n = g_rand_int_range (rand, 1, 6);
  gboolean lives = dlm_life_next_state (TRUE, n);
  g_autofree char *prompt = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "In the Game of Life a live cell has %u live neighbor. "
                                                          "What is it in the next step?",
                                                          "In the Game of Life a live cell has %u live neighbors. "
                                                          "What is it in the next step?", n), n);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, lives, g_strdup (_("Alive: 2 or 3 live neighbors keep a live cell alive")),
                                 lives ? g_strdup_printf (_("Right: with %u it survives."), n)
                                       : g_strdup_printf (_("With %u it is not 2 or 3, so it dies."), n));
  dlm_quiz_question_take_choice (q, !lives && n < 2, g_strdup (_("Dead, of loneliness: fewer than 2 live neighbors")),
                                 n < 2 ? g_strdup_printf (_("Right: %u is fewer than 2."), n)
                                       : g_strdup_printf (_("%u is not fewer than 2."), n));
  dlm_quiz_question_take_choice (q, !lives && n > 3, g_strdup (_("Dead, of overcrowding: more than 3 live neighbors")),
                                 n > 3 ? g_strdup_printf (_("Right: %u is more than 3."), n)
                                       : g_strdup_printf (_("%u is not more than 3."), n));
  g_ptr_array_add (questions, q);
}

/* What the rules do to a dead cell with 1 to 5 live neighbors. */
static void
add_birth_question (GPtrArray *questions,
                    GRand     *rand)
{
  guint n = g_rand_int_range (rand, 1, 6);
  gboolean born = dlm_life_next_state (FALSE, n);
  g_autofree char *prompt = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "In the Game of Life a dead cell has %u live neighbor. "
                                                          "What is it in the next step?",
                                                          "In the Game of Life a dead cell has %u live neighbors. "
                                                          "What is it in the next step?", n), n);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, born, g_strdup (_("Alive: exactly 3 live neighbors bring a dead cell to life")),
                                 born ? g_strdup (_("Right: 3 neighbors make a birth."))
                                      : g_strdup_printf (_("A birth needs exactly 3 live neighbors, not %u."), n));
  dlm_quiz_question_take_choice (q, !born, g_strdup (_("Still dead")),
                                 born ? g_strdup (_("With exactly 3 live neighbors a dead cell comes alive."))
                                      : g_strdup_printf (_("Right: only exactly 3 bring it to life, and it has %u."), n));
  dlm_quiz_question_add_choice (q, FALSE, _("Alive, because a dead cell always comes back after one step"),
                                _("The rules bring a dead cell to life only with exactly 3 live neighbors."));
  g_ptr_array_add (questions, q);
}

static void
add_still_life_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is a still life in the Game of Life?"));

  dlm_quiz_question_add_choice (q, TRUE, _("A pattern that stays the same at every step, like a block of 2 × 2 cells"),
                                _("Right: each cell of a block has 3 live neighbors, so all stay alive, and no dead cell has exactly 3."));
  dlm_quiz_question_add_choice (q, FALSE, _("A pattern that has died out"),
                                _("An empty grid does not change either, but a still life has live cells that keep each other alive."));
  dlm_quiz_question_add_choice (q, FALSE, _("A pattern that comes back every 2 steps, like the blinker"),
                                _("That is an oscillator: it changes and returns; a still life does not change at all."));
  dlm_quiz_question_add_choice (q, FALSE, _("A pattern that moves across the grid, like the glider"),
                                _("The glider is a spaceship: it moves; a still life stays where it is, unchanged."));
  g_ptr_array_add (questions, q);
}

/* Where a glider is after 8 to 40 steps, found by running one. */
static void
add_glider_question (GPtrArray *questions,
                     GRand     *rand)
{
  guint moves = g_rand_int_range (rand, 2, 11), steps = 4 * moves;
  /* room to move without wrapping round the edges */
  DlmLifeSetup setup = { moves + 6, moves + 6, DLM_LIFE_GLIDER, 0, 0, steps };
  g_autoptr(DlmLifeRun) run = dlm_life_run (&setup, NULL);
  g_autofree char *prompt = g_strdup_printf (_("A glider is a pattern of 5 cells that comes back to its own shape "
                                               "every 4 steps, moved one cell. How far has it moved after %u steps?"),
                                             steps);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  g_assert (run != NULL && dlm_life_run_is_shifted (run, 0, steps, moves, moves));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup_printf (_("%u cells down and %u right"), moves, moves),
                                 g_strdup_printf (_("Right: one cell diagonally every 4 steps, %u times."), moves));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("%u cells down and %u right"), steps, steps),
                                 g_strdup (_("That is one cell every step; the glider needs 4 steps for one cell.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup_printf (_("%u cells down and %u right"), 2 * moves, 2 * moves),
                                 g_strdup (_("That is one cell every 2 steps; the glider takes 4.")));
  dlm_quiz_question_add_choice (q, FALSE, _("Nowhere: it turns back into its start and stays"),
                                _("It does come back to its shape, but each time one cell further down and right."));
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
  add_lorenz_question (questions, rand);
  add_energy_question (questions, rand);
  add_survival_question (questions, rand);
  add_birth_question (questions, rand);
  add_still_life_question (questions);
  add_glider_question (questions, rand);
}
