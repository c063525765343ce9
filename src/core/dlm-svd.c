/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-svd.h"

gsl_matrix *
dlm_svd_matrix_from_gray (const guint8 *gray,
                          guint         width,
                          guint         height)
{
  gsl_matrix *m;

  g_return_val_if_fail (gray != NULL && width > 0 && height > 0, NULL);

  m = gsl_matrix_alloc (height, width);
  for (guint i = 0; i < height; i++)
    for (guint j = 0; j < width; j++)
      gsl_matrix_set (m, i, j, gray[(gsize) i * width + j]);
  return m;
}

/* The power of two 2^e that brings the largest |entry| of @m below 1:
 * divided by it, GSL's sums of squares cannot overflow (a matrix of
 * 1e308s otherwise decomposes into NaNs with a status of success), and
 * dividing by a power of two is exact. e is 0 when the entries are below 1
 * already. FALSE when an entry is not finite. */
static gboolean
exact_scale (const gsl_matrix *m,
             int              *exponent)
{
  double largest = 0;

  for (gsize i = 0; i < m->size1; i++)
    for (gsize j = 0; j < m->size2; j++)
      {
        double x = fabs (gsl_matrix_get (m, i, j));

        if (!isfinite (x))
          return FALSE;
        largest = MAX (largest, x);
      }
  *exponent = 0;
  if (largest >= 1)
    frexp (largest, exponent);
  return TRUE;
}

static gboolean
all_finite (const gsl_vector *v)
{
  for (gsize i = 0; i < v->size; i++)
    if (!isfinite (gsl_vector_get (v, i)))
      return FALSE;
  return TRUE;
}

/* GSL's decomposition of @work_a (at least as many rows as columns), on
 * the matrix divided by 2^@exponent, its singular values scaled back
 * (with ldexp: 2^1024 itself is beyond double). */
static gboolean
decompose (gsl_matrix *work_a,
           gsl_matrix *v,
           gsl_vector *s,
           int         exponent,
           GError    **error)
{
  gsl_vector *work = gsl_vector_alloc (work_a->size2);
  int status;

  gsl_matrix_scale (work_a, ldexp (1, -exponent));
  status = gsl_linalg_SV_decomp (work_a, v, s, work);
  gsl_vector_free (work);
  if (status != GSL_SUCCESS)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("The singular value decomposition failed: %s"), gsl_strerror (status));
      return FALSE;
    }
  for (gsize i = 0; i < s->size; i++)
    gsl_vector_set (s, i, ldexp (gsl_vector_get (s, i), exponent));
  /* scaling back can overflow: the largest singular value exceeds the
   * largest entry by up to √(rows · cols) */
  if (!all_finite (s))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("The singular value decomposition failed: a singular value is beyond "
                     "the largest number a double holds, about 1.8e308"));
      return FALSE;
    }
  return TRUE;
}

DlmSvd *
dlm_svd_compute (const gsl_matrix  *a,
                 GError           **error)
{
  gboolean wide;
  gsl_matrix *work_a, *v;
  gsl_vector *s;
  int exponent;
  DlmSvd *svd;

  g_return_val_if_fail (a != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!exact_scale (a, &exponent))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("The singular value decomposition failed: the matrix has an entry "
                     "that is not a finite number"));
      return NULL;
    }
  wide = a->size2 > a->size1;
  work_a = wide ? gsl_matrix_alloc (a->size2, a->size1) : gsl_matrix_alloc (a->size1, a->size2);
  if (wide)
    gsl_matrix_transpose_memcpy (work_a, a);
  else
    gsl_matrix_memcpy (work_a, a);
  v = gsl_matrix_alloc (work_a->size2, work_a->size2);
  s = gsl_vector_alloc (work_a->size2);
  if (!decompose (work_a, v, s, exponent, error))
    {
      gsl_matrix_free (work_a);
      gsl_matrix_free (v);
      gsl_vector_free (s);
      return NULL;
    }

  svd = g_new0 (DlmSvd, 1);
  svd->rows = a->size1;
  svd->cols = a->size2;
  svd->rank = s->size;
  svd->s = s;
  /* Aᵀ = U' S V'ᵀ means A = V' S U'ᵀ: the roles of U and V swap */
  svd->u = wide ? v : work_a;
  svd->v = wide ? work_a : v;
  return svd;
}

gsl_matrix *
dlm_svd_reconstruct (const DlmSvd *svd,
                     guint         k)
{
  gsl_matrix *out, *us;

  g_return_val_if_fail (svd != NULL, NULL);
  g_return_val_if_fail (k >= 1 && k <= svd->rank, NULL);

  gsl_matrix_const_view u = gsl_matrix_const_submatrix (svd->u, 0, 0, svd->rows, k);
  gsl_matrix_const_view v = gsl_matrix_const_submatrix (svd->v, 0, 0, svd->cols, k);

  /* (U_k diag(s_k)) V_kᵀ: scale the columns, then one matrix product */
  us = gsl_matrix_alloc (svd->rows, k);
  gsl_matrix_memcpy (us, &u.matrix);
  for (guint j = 0; j < k; j++)
    {
      gsl_vector_view col = gsl_matrix_column (us, j);
      gsl_vector_scale (&col.vector, gsl_vector_get (svd->s, j));
    }
  out = gsl_matrix_alloc (svd->rows, svd->cols);
  gsl_blas_dgemm (CblasNoTrans, CblasTrans, 1.0, us, &v.matrix, 0.0, out);
  gsl_matrix_free (us);
  return out;
}

double
dlm_svd_energy_kept (const DlmSvd *svd,
                     guint         k)
{
  double kept = 0, total;

  g_return_val_if_fail (svd != NULL && k <= svd->rank, NAN);

  total = gsl_blas_dnrm2 (svd->s);
  if (total == 0)
    return 1;
  if (k > 0)
    {
      gsl_vector_const_view head = gsl_vector_const_subvector (svd->s, 0, k);
      kept = gsl_blas_dnrm2 (&head.vector);
    }
  return (kept / total) * (kept / total);
}

double
dlm_svd_frobenius_distance (const gsl_matrix *a,
                            const gsl_matrix *b)
{
  gsl_matrix *d;
  double norm;

  g_return_val_if_fail (a->size1 == b->size1 && a->size2 == b->size2, NAN);

  /* a freshly allocated matrix is one contiguous block: its entries as
   * one long vector, whose 2-norm is the Frobenius norm */
  d = gsl_matrix_alloc (a->size1, a->size2);
  gsl_matrix_memcpy (d, a);
  gsl_matrix_sub (d, b);
  gsl_vector_view all = gsl_vector_view_array (d->data, d->size1 * d->size2);
  norm = gsl_blas_dnrm2 (&all.vector);
  gsl_matrix_free (d);
  return norm;
}

void
dlm_svd_free (DlmSvd *svd)
{
  if (svd == NULL)
    return;
  gsl_matrix_free (svd->u);
  gsl_matrix_free (svd->v);
  gsl_vector_free (svd->s);
  g_free (svd);
}
