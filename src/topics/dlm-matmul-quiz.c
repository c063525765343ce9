/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gsl/gsl_matrix.h>

#include "dlm-matmul.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* The panel's opening example (the course's): A·B = [20, 28; 52, 76]. */
static const double example_a[] = { 1, 3, 5, 7 };
static const double example_b[] = { 2, 4, 6, 8 };

static gsl_matrix *
example_matrix (const double *entries)
{
  gsl_matrix *m = gsl_matrix_alloc (2, 2);

  for (guint k = 0; k < 4; k++)
    gsl_matrix_set (m, k / 2, k % 2, entries[k]);
  return m;
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
add_shape_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A is 2×3 and B is 3×4. What is the shape of AB?"));

  dlm_quiz_question_take_choice (q, FALSE, shape_text (3, 4),
                                 g_strdup (_("That is B’s own shape. The product takes its rows from A "
                                             "and its columns from B.")));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (3, 2),
                                 g_strdup (_("The inner sizes, the two 3s, are the ones that cancel; the "
                                             "outer sizes 2 and 4 are left.")));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (2, 3),
                                 g_strdup (_("That is A’s shape. AB keeps A’s 2 rows but takes B’s 4 "
                                             "columns.")));
  dlm_quiz_question_take_choice (q, TRUE, product_shape (2, 3, 3, 4),
                                 g_strdup (_("The inner sizes (3 and 3) agree and drop out; the outer "
                                             "ones, 2 and 4, give the shape.")));
  g_ptr_array_add (questions, q);
}

static void
add_swapped_shape_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A is 3×2 and B is 2×3. What is the shape of AB?"));
  g_autofree char *ba = product_shape (2, 3, 3, 2);

  dlm_quiz_question_take_choice (q, TRUE, product_shape (3, 2, 2, 3),
                                 g_strdup (_("3 rows from A and 3 columns from B: here the product is "
                                             "bigger than either factor.")));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (ba),
                                 /* Translators: %s is a matrix shape such as 2×2 */
                                 g_strdup_printf (_("That is the shape of BA, %s: swapping the factors "
                                                    "swaps which sizes are on the outside."), ba));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (3, 2),
                                 g_strdup (_("That is A’s shape; the width of AB comes from B’s 3 "
                                             "columns.")));
  dlm_quiz_question_take_choice (q, FALSE, shape_text (2, 3),
                                 g_strdup (_("That is B’s shape; the height of AB comes from A’s 3 "
                                             "rows.")));
  g_ptr_array_add (questions, q);
}

/* Entry (2, 1) of the panel's example, and the numbers three slips give:
 * the transposed position, the lone entries multiplied, a row of B used
 * instead of a column. */
static void
add_entry_question (GPtrArray *questions)
{
  g_autoptr(gsl_matrix) a = example_matrix (example_a);
  g_autoptr(gsl_matrix) b = example_matrix (example_b);
  g_autoptr(gsl_matrix) bt = dlm_matmul_op (b, TRUE);
  g_autoptr(gsl_matrix) c = dlm_matmul (a, FALSE, b, FALSE);
  g_autoptr(gsl_matrix) abt = dlm_matmul (a, FALSE, b, TRUE);
  g_autofree char *at = dlm_quiz_format_matrix (a), *btext = dlm_quiz_format_matrix (b);
  g_autofree char *right = dlm_matmul_terms (a, b, 1, 0, gsl_matrix_get (c, 1, 0), 4);
  g_autofree char *swapped = dlm_matmul_terms (a, b, 0, 1, gsl_matrix_get (c, 0, 1), 4);
  g_autofree char *rows = dlm_matmul_terms (a, bt, 1, 0, gsl_matrix_get (abt, 1, 0), 4);
  /* Translators: the two %s are 2×2 matrices such as [[1, 3], [5, 7]] */
  g_autofree char *prompt = g_strdup_printf (_("A = %s and B = %s. What is the entry in row 2, "
                                               "column 1 of AB?"), at, btext);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (gsl_matrix_get (c, 0, 1)),
                                 /* Translators: %s is a sum such as 1×4 + 3×8 = 28 */
                                 g_strdup_printf (_("That is row 1, column 2 (%s): the row number picks "
                                                    "the row of A, the column number the column of B."),
                                                  swapped));
  dlm_quiz_question_take_choice (q, FALSE,
                                 dlm_quiz_format_number (gsl_matrix_get (a, 1, 0) * gsl_matrix_get (b, 1, 0)),
                                 g_strdup (_("That multiplies just the two entries in that spot; an "
                                             "entry of AB takes a whole row of A and a whole column of B.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (gsl_matrix_get (c, 1, 0)),
                                 /* Translators: %s is a sum such as 5×2 + 7×6 = 52 */
                                 g_strdup_printf (_("Row 2 of A times column 1 of B, pair by pair: %s."),
                                                  right));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_number (gsl_matrix_get (abt, 1, 0)),
                                 /* Translators: %s is a sum such as 5×2 + 7×4 = 38 */
                                 g_strdup_printf (_("That pairs row 2 of A with row 1 of B (%s); AB uses "
                                                    "B’s first column instead."), rows));
  g_ptr_array_add (questions, q);
}

static void
add_order_question (GPtrArray *questions)
{
  g_autoptr(gsl_matrix) a = example_matrix (example_a);
  g_autoptr(gsl_matrix) b = example_matrix (example_b);
  g_autoptr(gsl_matrix) ab = dlm_matmul (a, FALSE, b, FALSE);
  g_autoptr(gsl_matrix) ba = dlm_matmul (b, FALSE, a, FALSE);
  g_autofree char *at = dlm_quiz_format_matrix (a), *bt = dlm_quiz_format_matrix (b);
  g_autofree char *ab00 = dlm_quiz_format_number (gsl_matrix_get (ab, 0, 0));
  g_autofree char *ba00 = dlm_quiz_format_number (gsl_matrix_get (ba, 0, 0));
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Is matrix multiplication commutative: is AB always "
                                                "equal to BA?"));

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
add_identity_question (GPtrArray *questions)
{
  g_autoptr(gsl_matrix) a = example_matrix (example_a);
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

void
dlm_matmul_quiz_build (GPtrArray *questions,
                       GRand     *rand)
{
  add_rule_question (questions);
  add_shape_question (questions);
  add_swapped_shape_question (questions);
  add_entry_question (questions);
  add_order_question (questions);
  add_identity_question (questions);
}
