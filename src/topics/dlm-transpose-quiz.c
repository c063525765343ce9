/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-matmul.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* Draws are redrawn until their choices differ; a few tries do. */
#define MAX_TRIES 200

/* A rows×cols matrix of integers from @lo to @hi. */
static gsl_matrix *
random_matrix (GRand *rand,
               guint  rows,
               guint  cols,
               int    lo,
               int    hi)
{
  gsl_matrix *m = gsl_matrix_alloc (rows, cols);

  for (guint i = 0; i < rows; i++)
    for (guint j = 0; j < cols; j++)
      gsl_matrix_set (m, i, j, g_rand_int_range (rand, lo, hi + 1));
  return m;
}

static void
add_twice_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is the transpose of the transpose of a matrix A, (Aᵀ)ᵀ?"));

  dlm_quiz_question_add_choice (q, FALSE, _("The identity matrix I"),
                                _("Flipping twice does not erase the numbers; it puts each one back where it started."));
  dlm_quiz_question_add_choice (q, FALSE, _("The inverse A⁻¹"),
                                _("The inverse undoes a multiplication; transposing twice only undoes the flip."));
  dlm_quiz_question_add_choice (q, TRUE, _("A itself"),
                                _("Right: every element goes from (i, j) to (j, i) and back to (i, j)."));
  dlm_quiz_question_add_choice (q, FALSE, _("−A"),
                                _("Transposing moves elements around but never changes their signs."));
  g_ptr_array_add (questions, q);
}

static void
add_scalar_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("α is a number and A a matrix. What is (αA)ᵀ?"));

  dlm_quiz_question_add_choice (q, TRUE, "αAᵀ",
                                _("Right: scaling multiplies every element wherever it sits, so scaling and transposing can come in either order."));
  dlm_quiz_question_add_choice (q, FALSE, "αA",
                                _("The scalar does not cancel the transpose: the result still has A's rows and columns swapped."));
  dlm_quiz_question_add_choice (q, FALSE, "Aᵀ",
                                _("The scalar stays: every element is still multiplied by α."));
  dlm_quiz_question_add_choice (q, FALSE, "(1/α) Aᵀ",
                                _("Nothing is divided when transposing: a single number is its own transpose, so α stays as it is."));
  g_ptr_array_add (questions, q);
}

/* np.rot90: a quarter turn to the left, which takes the rows of Aᵀ in
 * reverse order; a common mix-up with the flip. */
static gsl_matrix *
quarter_turn (const gsl_matrix *transposed)
{
  gsl_matrix *turned = gsl_matrix_alloc (transposed->size1, transposed->size2);

  for (gsize i = 0; i < transposed->size1; i++)
    {
      gsl_vector_const_view row = gsl_matrix_const_row (transposed, transposed->size1 - 1 - i);
      gsl_matrix_set_row (turned, i, &row.vector);
    }
  return turned;
}

/* A drawn m × 2 matrix (m from 3 to 5) whose transpose, quarter turn and
 * reshape all differ. */
static void
add_flip_question (GPtrArray *questions,
                   GRand     *rand)
{
  g_autoptr(gsl_matrix) a = NULL, at = NULL, turned = NULL;
  gsl_matrix_view reshaped;
  g_autofree char *a_text = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  for (guint tries = 0; tries < MAX_TRIES; tries++)
    {
      g_clear_pointer (&a, gsl_matrix_free);
      g_clear_pointer (&at, gsl_matrix_free);
      g_clear_pointer (&turned, gsl_matrix_free);
      a = random_matrix (rand, g_rand_int_range (rand, 3, 6), 2, -3, 9);
      at = dlm_matmul_op (a, TRUE);
      turned = quarter_turn (at);
      /* the same numbers read row by row into the transposed shape */
      reshaped = gsl_matrix_view_array (a->data, at->size1, at->size2);
      if (!gsl_matrix_equal (at, turned) && !gsl_matrix_equal (at, &reshaped.matrix) &&
          !gsl_matrix_equal (turned, &reshaped.matrix))
        break;
    }
  a_text = dlm_quiz_format_matrix (a);
  /* Translators: %1$u × %2$u is the shape of the matrix %3$s */
  prompt = g_strdup_printf (_("What is the transpose of the %1$u × %2$u matrix A = %3$s?"),
                            (guint) a->size1, (guint) a->size2, a_text);
  q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (turned),
                                 g_strdup (_("That is a quarter turn (np.rot90), which puts the rows in reverse order; a transpose mirrors over the main diagonal.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_matrix (at),
                                 /* Translators: two matrix shapes, e.g. "the 5 × 2 matrix becomes 2 × 5" */
                                 g_strdup_printf (_("Right: column j of A becomes row j of Aᵀ, so the %u × %u matrix becomes %u × %u."),
                                                  (guint) a->size1, (guint) a->size2, (guint) at->size1, (guint) at->size2));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (&reshaped.matrix),
                                 g_strdup (_("That pours the numbers row by row into the new shape (a reshape); a transpose turns the first column of A into the first row.")));
  g_ptr_array_add (questions, q);
}

/* A column of 3 to 5 integers whose sum differs from the sum of their
 * squares: Σ x(x − 1) is 0 only when every x is 0 or 1, so the first is
 * at least 2. */
static gsl_matrix *
random_column (GRand *rand)
{
  gsl_matrix *v = random_matrix (rand, g_rand_int_range (rand, 3, 6), 1, -3, 6);

  gsl_matrix_set (v, 0, 0, g_rand_int_range (rand, 2, 7));
  return v;
}

/* vᵀv for a drawn column. */
static void
add_inner_question (GPtrArray *questions,
                    GRand     *rand)
{
  g_autoptr(gsl_matrix) a = random_column (rand);
  gsl_matrix_const_view v = gsl_matrix_const_submatrix (a, 0, 0, a->size1, 1);
  g_autoptr(gsl_matrix) vtv = dlm_matmul (&v.matrix, TRUE, &v.matrix, FALSE);
  g_autofree double *entries = g_new (double, a->size1);
  g_autofree double *squares = g_new (double, a->size1);
  g_autofree char *v_text = NULL, *prompt = NULL, *value = NULL;
  double sum = 0;
  DlmQuizQuestion *q;

  for (gsize i = 0; i < a->size1; i++)
    {
      entries[i] = gsl_matrix_get (a, i, 0);
      squares[i] = entries[i] * entries[i];
      sum += entries[i];
    }
  v_text = dlm_quiz_format_vector (entries, a->size1);
  /* Translators: %s is a list of numbers, e.g. [1, 0, 2, 5, −2] */
  prompt = g_strdup_printf (_("v is the column vector with the entries %s. What is vᵀv?"), v_text);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A %u × %u matrix"), (guint) a->size1, (guint) a->size1),
                                 g_strdup (_("That is vvᵀ, a column times a row; vᵀv is a row times a column.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_vector (squares, a->size1),
                                 g_strdup (_("Those are the squares one by one; vᵀv also adds them up.")));
  dlm_quiz_question_add_number (q, FALSE, sum,
                                _("That adds the entries of v; vᵀv adds their squares."));
  value = dlm_quiz_format_number (gsl_matrix_get (vtv, 0, 0));
  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: %s is a number */
                                 g_strdup_printf (_("%s, a 1 × 1 scalar"), value),
                                 g_strdup (_("Right: (1 × n)·(n × 1) is 1 × 1: the sum of the squares, which is never negative.")));
  g_ptr_array_add (questions, q);
}

static void
add_dot_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("a and b are column vectors of the same length n. What is aᵀb?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Their outer product, an n × n matrix"),
                                _("The outer product is abᵀ, a column times a row."));
  dlm_quiz_question_add_choice (q, TRUE, _("Their dot product, a single number"),
                                _("Right: a row of n numbers times a column of n numbers is 1 × 1, the sum Σ aᵢbᵢ."));
  dlm_quiz_question_add_choice (q, FALSE, _("Their sum, a vector of length n"),
                                _("Adding vectors needs no transpose; aᵀb multiplies pairs and adds the products."));
  dlm_quiz_question_add_choice (q, FALSE, _("Their element-wise product, a vector of length n"),
                                _("The pairwise products are only the first step; aᵀb also adds them up."));
  g_ptr_array_add (questions, q);
}

static void
add_symmetric_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A square matrix A is symmetric. Which equation holds?"));

  dlm_quiz_question_add_choice (q, FALSE, "Aᵀ = −A",
                                _("That defines a skew-symmetric matrix, whose diagonal must be all zeros."));
  dlm_quiz_question_add_choice (q, FALSE, "Aᵀ = A⁻¹",
                                _("That describes an orthogonal matrix, such as a rotation."));
  dlm_quiz_question_add_choice (q, TRUE, "Aᵀ = A",
                                _("Right: row k holds the same numbers as column k, so the flip changes nothing."));
  dlm_quiz_question_add_choice (q, FALSE, "Aᵀ = 0",
                                _("Only the zero matrix has a transpose full of zeros."));
  g_ptr_array_add (questions, q);
}

void
dlm_transpose_quiz_build (GPtrArray *questions,
                          GRand     *rand)
{
  add_twice_question (questions);
  add_scalar_question (questions);
  add_flip_question (questions, rand);
  add_inner_question (questions, rand);
  add_dot_question (questions);
  add_symmetric_question (questions);
}
