/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gsl/gsl_blas.h>
#include <math.h>

#include "dlm-dot.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* Draws are redrawn until the choices they lead to are all different;
 * with these ranges a few tries do, this many always. */
#define MAX_TRIES 200

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

/* @n integers from @lo to @hi, both included. */
static void
draw_integers (GRand  *rand,
               double *out,
               gsize   n,
               int     lo,
               int     hi)
{
  for (gsize i = 0; i < n; i++)
    out[i] = g_rand_int_range (rand, lo, hi + 1);
}

static gboolean
all_differ (const double *values,
            gsize         n)
{
  for (gsize i = 0; i < n; i++)
    for (gsize j = i + 1; j < n; j++)
      if (values[i] == values[j])
        return FALSE;
  return TRUE;
}

/* Two vectors of @n integers whose dot product, entry sum and product of
 * sums (and, with @signs, the sum of |products|) are all different. */
static void
draw_pair (GRand  *rand,
           double *a,
           double *b,
           gsize   n,
           int     lo,
           int     hi,
           gboolean signs)
{
  for (guint tries = 0; tries < MAX_TRIES; tries++)
    {
      g_auto(DotWork) w = { 0 };
      double v[4];

      draw_integers (rand, a, n, lo, hi);
      draw_integers (rand, b, n, lo, hi);
      dot_work_init (&w, a, b, n);
      v[0] = w.dot, v[1] = w.entry_sum, v[2] = w.sums_product, v[3] = signs ? w.abs_sum : G_MAXDOUBLE;
      if (all_differ (v, 4))
        return;
    }
}

static void
add_small_question (GPtrArray *questions,
                    GRand     *rand)
{
  double a[2], b[2];
  g_auto(DotWork) w = { 0 };
  g_autofree char *a_text = NULL, *b_text = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  draw_pair (rand, a, b, 2, 1, 6, FALSE);
  a_text = dlm_quiz_format_vector (a, 2);
  b_text = dlm_quiz_format_vector (b, 2);
  dot_work_init (&w, a, b, 2);
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

/* p, and q = m·(−p₂, p₁): a quarter turn of p, stretched. */
static void
add_orthogonal_question (GPtrArray *questions,
                         GRand     *rand)
{
  double p[2], r[2];
  int m = g_rand_int_range (rand, 1, 3);
  g_auto(DotWork) w = { 0 };
  gsl_vector_const_view pv = gsl_vector_const_view_array (p, 2), rv = gsl_vector_const_view_array (r, 2);
  g_autofree char *p_text = NULL, *r_text = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  draw_integers (rand, p, 2, 1, 5);
  r[0] = -m * p[1];
  r[1] = m * p[0];
  p_text = dlm_quiz_format_vector (p, 2);
  r_text = dlm_quiz_format_vector (r, 2);
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
add_signs_question (GPtrArray *questions,
                    GRand     *rand)
{
  double a[3], b[3];
  g_auto(DotWork) w = { 0 };
  g_autofree char *a_text = NULL, *b_text = NULL, *products = NULL, *dot = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  draw_pair (rand, a, b, 3, -4, 5, TRUE);
  a_text = dlm_quiz_format_vector (a, 3);
  b_text = dlm_quiz_format_vector (b, 3);
  dot_work_init (&w, a, b, 3);
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
add_self_question (GPtrArray *questions,
                   GRand     *rand)
{
  double a[2];
  g_auto(DotWork) w = { 0 };
  gsl_vector_const_view av = gsl_vector_const_view_array (a, 2);
  g_autofree char *a_text = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  draw_integers (rand, a, 2, 1, 6);
  a_text = dlm_quiz_format_vector (a, 2);
  dot_work_init (&w, a, a, 2);
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

/* The Frobenius inner product of two drawn 2×2 matrices. */
static void
add_matrix_question (GPtrArray *questions,
                     GRand     *rand)
{
  g_autoptr(gsl_matrix) a = gsl_matrix_alloc (2, 2), b = gsl_matrix_alloc (2, 2);
  g_auto(DotWork) w = { 0 };
  g_autofree char *a_text = NULL, *b_text = NULL, *prompt = NULL;
  DlmQuizQuestion *q;

  /* allocated matrices are contiguous: their entries are one long vector */
  draw_pair (rand, a->data, b->data, 4, -3, 5, FALSE);
  a_text = dlm_quiz_format_matrix (a);
  b_text = dlm_quiz_format_matrix (b);
  dot_work_init (&w, a->data, b->data, 4);
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

/* The convolution view: one output of a kernel sliding over a signal,
 * against np.convolve's flipped kernel, the window's plain sum and the
 * neighbouring window. */
static void
add_slide_question (GPtrArray *questions,
                    GRand     *rand)
{
  double x[6], k[3], v[4] = { 0 };
  guint i = 0;
  g_autofree char *x_text = NULL, *k_text = NULL, *prompt = NULL, *terms = NULL;
  DlmQuizQuestion *q;

  for (guint tries = 0; tries < MAX_TRIES; tries++)
    {
      g_autofree double *flipped = NULL;

      draw_integers (rand, x, 6, -2, 5);
      draw_integers (rand, k, 3, -2, 3);
      i = g_rand_int_range (rand, 0, 3);
      flipped = dlm_dot_slide (x, 6, k, 3, TRUE);
      v[0] = dlm_dot_slide_at (x, k, 3, i);
      v[1] = flipped[i];
      v[2] = x[i] + x[i + 1] + x[i + 2];
      v[3] = dlm_dot_slide_at (x, k, 3, i + 1);
      if (all_differ (v, 4))
        break;
    }
  x_text = dlm_quiz_format_vector (x, 6);
  k_text = dlm_quiz_format_vector (k, 3);
  /* Translators: a signal, a kernel, then an index: "x = [1, 2, …], k = [1, 0, −1]: y[2]?" */
  prompt = g_strdup_printf (_("The kernel k = %s slides over x = %s without being flipped, as "
                              "PyTorch's conv1d does. What is the output y[%u]?"), k_text, x_text, i);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_number (v[0]),
                                 /* Translators: %1$u, %2$u: where the window starts and ends */
                                 g_strdup_printf (_("Right: the kernel covers x[%1$u] to x[%2$u]; multiply in pairs and add, as np.correlate(x, k, 'valid') does."),
                                                  i, i + 2));
  dlm_quiz_question_add_number (q, FALSE, v[1],
                                _("That flips the kernel first, as np.convolve does; deep learning's convolution layers do not flip it."));
  dlm_quiz_question_add_number (q, FALSE, v[2],
                                _("That adds the window's numbers without weighting them by the kernel."));
  dlm_quiz_question_add_number (q, FALSE, v[3],
                                _("That is the next window over; output i starts at x[i], counting from 0."));
  g_ptr_array_add (questions, q);
}

/* How many outputs 'valid' sliding gives: n − k + 1. */
static void
add_count_question (GPtrArray *questions,
                    GRand     *rand)
{
  guint n = g_rand_int_range (rand, 6, 13), k = g_rand_int_range (rand, 2, 6);
  /* Translators: a signal of %1$u numbers and a kernel of %2$u */
  g_autofree char *prompt = g_strdup_printf (_("A kernel of %2$u numbers slides over a signal of %1$u "
                                               "numbers, only where it fits wholly ('valid'). How many "
                                               "outputs are there?"), n, k);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_add_number (q, TRUE, dlm_dot_slide_length (n, k),
                                _("Right: the kernel can start at 0, 1, … up to n − k: that is n − k + 1 places."));
  dlm_quiz_question_add_number (q, FALSE, n,
                                _("That many outputs needs padding at the ends ('same'); without it the kernel fits in fewer places."));
  dlm_quiz_question_add_number (q, FALSE, n - k,
                                _("One too few: the last place, starting at n − k, counts too."));
  dlm_quiz_question_add_number (q, FALSE, n + k - 1,
                                _("That counts every overlap, even partial ones ('full' mode); 'valid' keeps only whole windows."));
  g_ptr_array_add (questions, q);
}

void
dlm_dot_quiz_build (GPtrArray *questions,
                    GRand     *rand)
{
  add_small_question (questions, rand);
  add_kind_question (questions);
  add_orthogonal_question (questions, rand);
  add_signs_question (questions, rand);
  add_self_question (questions, rand);
  add_matrix_question (questions, rand);
  add_slide_question (questions, rand);
  add_count_question (questions, rand);
}
