/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gsl/gsl_blas.h>
#include <math.h>

#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* The dot panel's default matrices, from the course. */
#define COURSE_A "0 3 2; -3 -3 1; 1 0 2"
#define COURSE_B "1 0 6; 2 -1 0; 5 1 4"

/* Two vectors of the same length and the numbers a quiz derives from
 * them: the dot product (by BLAS, as the panel computes it), the pairwise
 * products, and the usual mistakes. */
typedef struct {
  gsize   n;
  double  dot;
  double *products;
  double  abs_sum;       /* Σ |xᵢyᵢ|: the signs dropped */
  double  entry_sum;     /* Σ xᵢ + Σ yᵢ: every entry added */
  double  sums_product;  /* (Σ xᵢ)(Σ yᵢ): the sums multiplied */
} DotWork;

static void
dot_work_init (DotWork      *w,
               const double *x,
               const double *y,
               gsize         n)
{
  gsl_vector_const_view xv = gsl_vector_const_view_array (x, n);
  gsl_vector_const_view yv = gsl_vector_const_view_array (y, n);
  double sx = 0, sy = 0;

  w->n = n;
  w->products = g_new (double, n);
  w->abs_sum = 0;
  gsl_blas_ddot (&xv.vector, &yv.vector, &w->dot);
  for (gsize i = 0; i < n; i++)
    {
      w->products[i] = x[i] * y[i];
      w->abs_sum += fabs (w->products[i]);
      sx += x[i];
      sy += y[i];
    }
  w->entry_sum = sx + sy;
  w->sums_product = sx * sy;
}

static void
dot_work_clear (DotWork *w)
{
  g_clear_pointer (&w->products, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DotWork, dot_work_clear)

static const char *
products_reason (void)
{
  return _("Those are the pairwise products; the dot product adds them into one number.");
}

static void
add_small_question (GPtrArray *questions)
{
  static const double a[] = { 1, 2 }, b[] = { 3, 4 };
  g_auto(DotWork) w = { 0 };
  g_autofree char *a_text = dlm_quiz_format_vector (a, G_N_ELEMENTS (a));
  g_autofree char *b_text = dlm_quiz_format_vector (b, G_N_ELEMENTS (b));
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  dot_work_init (&w, a, b, G_N_ELEMENTS (a));
  /* Translators: the %s are two vectors, e.g. [1, 2] and [3, 4] */
  prompt = g_strdup_printf (_("What is the dot product of a = %s and b = %s?"), a_text, b_text);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_add_number (q, FALSE, w.entry_sum,
                                _("That adds all the numbers; the dot product multiplies them in pairs first."));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_vector (w.products, w.n),
                                 g_strdup (products_reason ()));
  dlm_quiz_question_add_number (q, TRUE, w.dot,
                                _("Right: multiply the entries in pairs, first with first and second with second, then add the products."));
  dlm_quiz_question_add_number (q, FALSE, w.sums_product,
                                _("That multiplies the two sums; the dot product adds the pairwise products."));
  g_ptr_array_add (questions, q);
}

static void
add_kind_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What kind of result does the dot product of two vectors give?"));

  dlm_quiz_question_add_choice (q, TRUE, _("A scalar: one number"),
                                _("Right: however long the vectors are, their products are added into a single number."));
  dlm_quiz_question_add_choice (q, FALSE, _("A vector of the same length"),
                                _("That is the element-wise product, before the adding."));
  dlm_quiz_question_add_choice (q, FALSE, _("A matrix"),
                                _("A column times a row, the outer product, gives a matrix; the dot product is a row times a column."));
  dlm_quiz_question_add_choice (q, FALSE, _("A 3rd-order tensor"),
                                _("A dot product adds no indices: it removes the one index the vectors had."));
  g_ptr_array_add (questions, q);
}

static void
add_orthogonal_question (GPtrArray *questions)
{
  static const double p[] = { 3, 1 }, r[] = { -1, 3 };
  g_auto(DotWork) w = { 0 };
  gsl_vector_const_view pv = gsl_vector_const_view_array (p, 2), rv = gsl_vector_const_view_array (r, 2);
  g_autofree char *p_text = dlm_quiz_format_vector (p, 2);
  g_autofree char *r_text = dlm_quiz_format_vector (r, 2);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  dot_work_init (&w, p, r, 2);
  /* Translators: the %s are two arrows, e.g. [3, 1] and [−1, 3] */
  prompt = g_strdup_printf (_("The arrows p = %s and q = %s meet at a right angle. What is p·q?"), p_text, r_text);
  q = dlm_quiz_question_new (prompt);
  /* cos 0° = 1: the cosine similarity of arrows that point the same way */
  dlm_quiz_question_add_number (q, FALSE, cos (0),
                                _("1 is the cosine of 0°, for arrows pointing the same way; at 90° the cosine is 0."));
  dlm_quiz_question_add_number (q, TRUE, w.dot,
                                _("Right: at a right angle neither arrow reaches along the other, so the dot product is 0."));
  dlm_quiz_question_add_number (q, FALSE, gsl_blas_dnrm2 (&pv.vector) * gsl_blas_dnrm2 (&rv.vector),
                                _("That is |p||q|, the value for arrows pointing the same way; at 90° it is multiplied by cos 90° = 0."));
  dlm_quiz_question_add_choice (q, FALSE, _("Undefined"),
                                _("Any two vectors of the same length have a dot product; at a right angle it is simply 0."));
  g_ptr_array_add (questions, q);
}

static void
add_signs_question (GPtrArray *questions)
{
  static const double a[] = { 2, -1, 3 }, b[] = { 4, 0, -2 };
  g_auto(DotWork) w = { 0 };
  g_autofree char *a_text = dlm_quiz_format_vector (a, G_N_ELEMENTS (a));
  g_autofree char *b_text = dlm_quiz_format_vector (b, G_N_ELEMENTS (b));
  g_autofree char *products = NULL, *dot = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  dot_work_init (&w, a, b, G_N_ELEMENTS (a));
  products = dlm_quiz_format_vector (w.products, w.n);
  dot = dlm_quiz_format_number (w.dot);
  /* Translators: the %s are two vectors */
  prompt = g_strdup_printf (_("What is %s · %s?"), a_text, b_text);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_add_number (q, FALSE, w.abs_sum,
                                _("That drops the minus signs; a negative product must be subtracted."));
  dlm_quiz_question_add_number (q, FALSE, w.entry_sum,
                                _("That adds all six numbers; the dot product multiplies them in pairs first."));
  dlm_quiz_question_take_choice (q, FALSE, g_strdup (products), g_strdup (products_reason ()));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (dot),
                                 /* Translators: %1$s is a list of products, e.g. [8, 0, −6]; %2$s their sum */
                                 g_strdup_printf (_("Right: the pairwise products are %1$s, and together they make %2$s."),
                                                  products, dot));
  g_ptr_array_add (questions, q);
}

static void
add_self_question (GPtrArray *questions)
{
  static const double a[] = { 3, 4 };
  g_auto(DotWork) w = { 0 };
  gsl_vector_const_view av = gsl_vector_const_view_array (a, G_N_ELEMENTS (a));
  g_autofree char *a_text = dlm_quiz_format_vector (a, G_N_ELEMENTS (a));
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  dot_work_init (&w, a, a, G_N_ELEMENTS (a));
  /* Translators: %s is a vector, e.g. [3, 4] */
  prompt = g_strdup_printf (_("What is the dot product of a vector with itself, a·a, for a = %s?"), a_text);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_add_number (q, FALSE, gsl_blas_dnrm2 (&av.vector),
                                _("That is the length |a|; a·a is its square, with no square root taken."));
  dlm_quiz_question_add_number (q, TRUE, w.dot,
                                _("Right: a·a is the sum of the squares, the squared length |a|²."));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_vector (w.products, w.n),
                                 g_strdup (_("Those are the squares one by one; a·a adds them up.")));
  dlm_quiz_question_add_number (q, FALSE, 0,
                                _("Only the zero vector gives 0: a vector is never at a right angle to itself."));
  g_ptr_array_add (questions, q);
}

/* The Frobenius inner product of the course's two 3×3 matrices. */
static void
add_matrix_question (GPtrArray *questions)
{
  g_autoptr(gsl_matrix) a = dlm_parse_matrix ("a", COURSE_A, 9, NULL);
  g_autoptr(gsl_matrix) b = dlm_parse_matrix ("b", COURSE_B, 9, NULL);
  g_auto(DotWork) w = { 0 };
  g_autofree char *a_text = dlm_quiz_format_matrix (a);
  g_autofree char *b_text = dlm_quiz_format_matrix (b);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* parsed matrices are contiguous: their entries are one long vector */
  dot_work_init (&w, a->data, b->data, a->size1 * a->size2);
  /* Translators: the %s are two matrices */
  prompt = g_strdup_printf (_("What is the dot product of the matrices A = %s and B = %s?"), a_text, b_text);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_add_number (q, FALSE, w.entry_sum,
                                _("That adds all the entries of both matrices; the dot product multiplies matching entries first."));
  dlm_quiz_question_take_choice (q, FALSE,
                                 /* Translators: %u × %u is the shape of the product */
                                 g_strdup_printf (_("The %u × %u matrix product AB"), (guint) a->size1, (guint) b->size2),
                                 g_strdup (_("AB combines rows with columns and gives a matrix; the dot product pairs entries in the same place and gives one number.")));
  dlm_quiz_question_add_number (q, TRUE, w.dot,
                                _("Right: the products of the entries in the same places, added up."));
  dlm_quiz_question_add_choice (q, FALSE, _("Nothing: only vectors have a dot product"),
                                _("Matrices of the same shape have one too (the Frobenius inner product): read each as one long vector."));
  g_ptr_array_add (questions, q);
}

void
dlm_dot_quiz_build (GPtrArray *questions,
                    GRand     *rand)
{
  add_small_question (questions);
  add_kind_question (questions);
  add_orthogonal_question (questions);
  add_signs_question (questions);
  add_self_question (questions);
  add_matrix_question (questions);
}
