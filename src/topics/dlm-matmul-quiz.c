/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gsl/gsl_matrix.h>

#include "dlm-matmul.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* Draws are redrawn until the choices they lead to differ; with these
 * ranges a few tries do, this many always. */
#define MAX_TRIES 200

/* A 2×2 matrix of integers from @lo to @hi. */
static gsl_matrix *
random_matrix (GRand *rand,
               int    lo,
               int    hi)
{
  gsl_matrix *m = gsl_matrix_alloc (2, 2);

  for (guint k = 0; k < 4; k++)
    gsl_matrix_set (m, k / 2, k % 2, g_rand_int_range (rand, lo, hi + 1));
  return m;
}

/* Three different sizes from 2 to 6. */
static void
draw_sizes (GRand *rand,
            guint  sizes[3])
{
  sizes[0] = g_rand_int_range (rand, 2, 7);
  do
    sizes[1] = g_rand_int_range (rand, 2, 7);
  while (sizes[1] == sizes[0]);
  do
    sizes[2] = g_rand_int_range (rand, 2, 7);
  while (sizes[2] == sizes[0] || sizes[2] == sizes[1]);
}

static gboolean
all_differ (const double *values,
            guint         n)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (values[i] == values[j])
        return FALSE;
  return TRUE;
}

/* "2×4": the shape of the product of an a_rows×a_cols and a b_rows×b_cols
 * matrix, as the core forms it, so the answer is the one the panel shows. */
static char *
product_shape (guint a_rows,
               guint a_cols,
               guint b_rows,
               guint b_cols)
{
  g_autoptr(gsl_matrix) a = gsl_matrix_calloc (a_rows, a_cols);
  g_autoptr(gsl_matrix) b = gsl_matrix_calloc (b_rows, b_cols);
  g_autoptr(gsl_matrix) c = NULL;

  g_assert (dlm_matmul_check_shapes ("b", "A", a_rows, a_cols, "B", b_rows, b_cols, NULL));
  c = dlm_matmul (a, FALSE, b, FALSE);
  return g_strdup_printf ("%zu×%zu", c->size1, c->size2);
}

static char *
shape_text (guint rows,
            guint cols)
{
  return g_strdup_printf ("%u×%u", rows, cols);
}

static void
add_rule_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("When is the product AB of two matrices defined?"));
  g_autofree char *shape = product_shape (5, 2, 2, 7);

  dlm_quiz_question_add_choice (q, FALSE, _("When A has as many rows as B has columns"),
                                _("That is the rule for BA. In AB each row of A meets a column of B, "
                                  "so A’s columns must match B’s rows."));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("When A has as many columns as B has rows")),
                                 /* Translators: %s is a matrix shape such as 5×7 */
                                 g_strdup_printf (_("Right: a row of A and a column of B must have the same "
                                                    "length. 5×2 times 2×7 works and gives %s."), shape));
  dlm_quiz_question_add_choice (q, FALSE, _("When A and B have the same number of columns"),
                                _("A 2×3 and a 4×3 matrix share their columns, but a row of 3 numbers "
                                  "cannot pair up with a column of 4."));
  dlm_quiz_question_add_choice (q, FALSE, _("Only when both are square matrices"),
                                _("Square matrices of one size do fit, but so does 5×2 times 2×7: only "
                                  "the inner sizes have to agree."));
  g_ptr_array_add (questions, q);
}

/* The distractors of the shape questions are the factors' own shapes and
 * the product's sizes mixed up (or the shape of BA). */
static void
add_shape_question (GPtrArray *questions,
                    GRand     *rand)
{
  guint s[3];
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  draw_sizes (rand, s);
  /* Translators: the shapes of A (m×n) and B (n×p) */
  prompt = g_strdup_printf (_("A is %u×%u and B is %u×%u. What is the shape of AB?"), s[0], s[1], s[1], s[2]);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, shape_text (s[1], s[2]),
                                 g_strdup (_("That is B’s own shape. The product takes its rows from A "
                                             "and its columns from B.")));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (s[1], s[0]),
                                 /* Translators: the inner size, then the outer ones */
                                 g_strdup_printf (_("The inner sizes, the two %us, are the ones that cancel; the "
                                                    "outer sizes %u and %u are left."), s[1], s[0], s[2]));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (s[0], s[1]),
                                 g_strdup_printf (_("That is A’s shape. AB keeps A’s %u rows but takes B’s %u "
                                                    "columns."), s[0], s[2]));
  dlm_quiz_question_take_choice (q, TRUE, product_shape (s[0], s[1], s[1], s[2]),
                                 g_strdup_printf (_("The inner sizes (%u and %u) agree and drop out; the outer "
                                                    "ones, %u and %u, give the shape."), s[1], s[1], s[0], s[2]));
  g_ptr_array_add (questions, q);
}

static void
add_swapped_shape_question (GPtrArray *questions,
                            GRand     *rand)
{
  guint s[3], m, n;
  g_autofree char *ba = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  /* m > n: the product is bigger than either factor */
  draw_sizes (rand, s);
  m = MAX (s[0], s[1]);
  n = MIN (s[0], s[1]);
  ba = product_shape (n, m, m, n);
  prompt = g_strdup_printf (_("A is %u×%u and B is %u×%u. What is the shape of AB?"), m, n, n, m);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, product_shape (m, n, n, m),
                                 /* Translators: the rows of A, the columns of B (the same number) */
                                 g_strdup_printf (_("%u rows from A and %u columns from B: here the product is "
                                                    "bigger than either factor."), m, m));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (ba),
                                 /* Translators: %s is a matrix shape such as 2×2 */
                                 g_strdup_printf (_("That is the shape of BA, %s: swapping the factors "
                                                    "swaps which sizes are on the outside."), ba));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (m, n),
                                 g_strdup_printf (_("That is A’s shape; the width of AB comes from B’s %u "
                                                    "columns."), m));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (n, m),
                                 g_strdup_printf (_("That is B’s shape; the height of AB comes from A’s %u "
                                                    "rows."), m));
  g_ptr_array_add (questions, q);
}

/* The four numbers of the entry question for A, B and entry (i, j): the
 * answer, the entry at the swapped position, the lone entries multiplied,
 * and row i of A paired with row j of B. */
static void
entry_candidates (const gsl_matrix *a,
                  const gsl_matrix *b,
                  guint             i,
                  guint             j,
                  double            out[4])
{
  g_autoptr(gsl_matrix) c = dlm_matmul (a, FALSE, b, FALSE);
  g_autoptr(gsl_matrix) abt = dlm_matmul (a, FALSE, b, TRUE);

  out[0] = gsl_matrix_get (c, i, j);
  out[1] = gsl_matrix_get (c, j, i);
  out[2] = gsl_matrix_get (a, i, j) * gsl_matrix_get (b, i, j);
  out[3] = gsl_matrix_get (abt, i, j);
}

/* An entry off the diagonal of AB for two drawn 2×2 matrices, and the
 * numbers three slips give. */
static void
add_entry_question (GPtrArray *questions,
                    GRand     *rand)
{
  g_autoptr(gsl_matrix) a = NULL, b = NULL, bt = NULL;
  guint i = 1, j = 0;
  double v[4];
  g_autofree char *at = NULL, *btext = NULL, *right = NULL, *swapped = NULL, *rows = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  for (guint tries = 0; tries < MAX_TRIES; tries++)
    {
      g_clear_pointer (&a, gsl_matrix_free);
      g_clear_pointer (&b, gsl_matrix_free);
      a = random_matrix (rand, 1, 9);
      b = random_matrix (rand, 1, 9);
      i = g_rand_int_range (rand, 0, 2);
      j = 1 - i;
      entry_candidates (a, b, i, j, v);
      if (all_differ (v, 4))
        break;
    }
  bt = dlm_matmul_op (b, TRUE);
  at = dlm_quiz_format_matrix (a);
  btext = dlm_quiz_format_matrix (b);
  right = dlm_matmul_terms (a, b, i, j, v[0], 4);
  swapped = dlm_matmul_terms (a, b, j, i, v[1], 4);
  rows = dlm_matmul_terms (a, bt, i, j, v[3], 4);
  /* Translators: two 2×2 matrices such as [[1, 3], [5, 7]], then a row and a column (from 1) */
  prompt = g_strdup_printf (_("A = %s and B = %s. What is the entry in row %u, column %u of AB?"),
                            at, btext, i + 1, j + 1);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (v[1]),
                                 /* Translators: a row, a column, then a sum such as 1×4 + 3×8 = 28 */
                                 g_strdup_printf (_("That is row %u, column %u (%s): the row number picks "
                                                    "the row of A, the column number the column of B."),
                                                  j + 1, i + 1, swapped));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (v[2]),
                                 g_strdup (_("That multiplies just the two entries in that spot; an "
                                             "entry of AB takes a whole row of A and a whole column of B.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (v[0]),
                                 /* Translators: a row, a column, then a sum such as 5×2 + 7×6 = 52 */
                                 g_strdup_printf (_("Row %u of A times column %u of B, pair by pair: %s."),
                                                  i + 1, j + 1, right));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (v[3]),
                                 /* Translators: a row of A, a row of B, then a sum such as 5×2 + 7×4 = 38 */
                                 g_strdup_printf (_("That pairs row %u of A with row %u of B (%s); AB uses "
                                                    "a column of B instead."), i + 1, j + 1, rows));
  g_ptr_array_add (questions, q);
}

static void
add_order_question (GPtrArray *questions,
                    GRand     *rand)
{
  g_autoptr(gsl_matrix) a = NULL, b = NULL, ab = NULL, ba = NULL;
  g_autofree char *at = NULL, *bt = NULL, *ab00 = NULL, *ba00 = NULL;
  DlmQuizQuestion *q;

  /* a pair whose products differ in the first entry, which the reason names */
  for (guint tries = 0; tries < MAX_TRIES; tries++)
    {
      g_clear_pointer (&a, gsl_matrix_free);
      g_clear_pointer (&b, gsl_matrix_free);
      g_clear_pointer (&ab, gsl_matrix_free);
      g_clear_pointer (&ba, gsl_matrix_free);
      a = random_matrix (rand, 0, 9);
      b = random_matrix (rand, 0, 9);
      ab = dlm_matmul (a, FALSE, b, FALSE);
      ba = dlm_matmul (b, FALSE, a, FALSE);
      if (gsl_matrix_get (ab, 0, 0) != gsl_matrix_get (ba, 0, 0))
        break;
    }
  at = dlm_quiz_format_matrix (a);
  bt = dlm_quiz_format_matrix (b);
  ab00 = dlm_quiz_format_number (gsl_matrix_get (ab, 0, 0));
  ba00 = dlm_quiz_format_number (gsl_matrix_get (ba, 0, 0));
  q = dlm_quiz_question_new (_("Is matrix multiplication commutative: is AB always equal to BA?"));

  dlm_quiz_question_take_choice (q, FALSE, g_strdup (_("Yes, always")),
                                 /* Translators: A = %s and B = %s are matrices; then two numbers */
                                 g_strdup_printf (_("For A = %s and B = %s, AB starts with %s but BA "
                                                    "with %s."), at, bt, ab00, ba00));
  dlm_quiz_question_add_choice (q, TRUE, _("Only in special cases; in general AB ≠ BA"),
                                _("Some pairs commute, such as A and I, but most do not, and BA may not "
                                  "even be defined when AB is."));
  dlm_quiz_question_add_choice (q, FALSE, _("Never"),
                                _("Too strong: every square matrix commutes with the identity and with "
                                  "itself."));
  dlm_quiz_question_add_choice (q, FALSE, _("Only when A and B are both the identity"),
                                _("The identity commutes with every square matrix of its size, so many "
                                  "more pairs than I and I commute."));
  g_ptr_array_add (questions, q);
}

static void
add_identity_question (GPtrArray *questions,
                       GRand     *rand)
{
  g_autoptr(gsl_matrix) a = random_matrix (rand, -5, 9);
  g_autoptr(gsl_matrix) id = gsl_matrix_alloc (2, 2);
  g_autoptr(gsl_matrix) ai = NULL;
  g_autofree char *at = dlm_quiz_format_matrix (a), *ait = NULL;
  DlmQuizQuestion *q = dlm_quiz_question_new (_("I is the identity matrix: ones on the diagonal, "
                                                "zeros elsewhere. What is A·I?"));

  gsl_matrix_set_identity (id);
  ai = dlm_matmul (a, FALSE, id, FALSE);
  ait = dlm_quiz_format_matrix (ai);

  dlm_quiz_question_add_choice (q, FALSE, _("The zero matrix"),
                                _("Only multiplying by the zero matrix gives zeros; the ones on I’s "
                                  "diagonal copy every entry of A."));
  dlm_quiz_question_add_choice (q, FALSE, _("The transpose Aᵀ"),
                                _("Multiplying by I moves no entry; swapping rows and columns is a "
                                  "different operation."));
  dlm_quiz_question_add_choice (q, FALSE, _("The inverse A⁻¹"),
                                _("The inverse is the matrix that gives I when multiplied by A, not the "
                                  "result of multiplying by I."));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("A itself, unchanged")),
                                 /* Translators: A, then A·I: the same matrix, such as [[1, 3], [5, 7]] */
                                 g_strdup_printf (_("I plays the part of 1: for A = %s, A·I is again %s."),
                                                  at, ait));
  g_ptr_array_add (questions, q);
}

/* The steps view fills C row by row: which entry does step s fill? The
 * distractors fill column by column, or count from 0. */
static void
add_steps_question (GPtrArray *questions,
                    GRand     *rand)
{
  guint rows, cols, step, i, j;
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  do
    {
      rows = g_rand_int_range (rand, 2, 5);
      cols = g_rand_int_range (rand, 3, 6);
      step = g_rand_int_range (rand, 2, rows * cols + 1);
      dlm_matmul_step_entry (step, cols, &i, &j);
    }
  /* the column-by-column and the 0-based readings must name other entries */
  while ((step - 1) % rows == i && (step - 1) / rows == j);
  /* Translators: the shape of C (rows×cols), then a step number */
  prompt = g_strdup_printf (_("C = AB is %u×%u and is filled one entry at a time, row by row, as in "
                              "the steps view. Which entry does step %u fill?"), rows, cols, step);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: a row and a column of C, counted from 1 */
                                 g_strdup_printf (_("Row %u, column %u"), i + 1, j + 1),
                                 g_strdup_printf (_("Right: each row holds %u entries, so step %u lands in "
                                                    "row %u at column %u."), cols, step, i + 1, j + 1));
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("Row %u, column %u"), (step - 1) % rows + 1, (step - 1) / rows + 1),
                                 g_strdup (_("That fills C column by column; the steps go along each row first.")));
  dlm_quiz_question_add_choice (q, FALSE, _("All of them at once"),
                                _("NumPy’s A @ B computes them all, but the steps view shows one dot product per step."));
  g_ptr_array_add (questions, q);
}

void
dlm_matmul_quiz_build (GPtrArray *questions,
                       GRand     *rand)
{
  add_rule_question (questions);
  add_shape_question (questions, rand);
  add_swapped_shape_question (questions, rand);
  add_entry_question (questions, rand);
  add_order_question (questions, rand);
  add_identity_question (questions, rand);
  add_steps_question (questions, rand);
}
