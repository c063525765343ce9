/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>

G_BEGIN_DECLS

/* The singular value decomposition A = U diag(s) Vᵀ of a matrix (here a
 * grayscale image), computed by GSL, and what its first k layers keep. */

typedef struct {
  guint       rows, cols;
  guint       rank;          /* min (rows, cols): how many singular values */
  gsl_matrix *u;             /* rows × rank, orthonormal columns */
  gsl_vector *s;             /* rank values, largest first, all ≥ 0 */
  gsl_matrix *v;             /* cols × rank, orthonormal columns */
} DlmSvd;

/* The grey levels (row by row, @width per row) as a matrix of doubles. */
gsl_matrix *dlm_svd_matrix_from_gray (const guint8     *gray,
                                      guint             width,
                                      guint             height);
/* Decomposes @a with gsl_linalg_SV_decomp (on Aᵀ when A is wider than
 * tall, since GSL wants at least as many rows as columns), on A scaled by
 * a power of two so that entries up to double's largest do not overflow
 * inside. NULL with @error set when an entry is not finite, GSL reports a
 * failure, or a singular value is beyond double's range. */
DlmSvd     *dlm_svd_compute          (const gsl_matrix *a,
                                      GError          **error);
/* A_k = Σ_{i<k} s_i u_i v_iᵀ, the best rank-@k approximation of A in the
 * Frobenius norm (Eckart–Young); 1 ≤ @k ≤ rank. */
gsl_matrix *dlm_svd_reconstruct      (const DlmSvd     *svd,
                                      guint             k);
/* Σ_{i<k} s_i² / Σ s_i²: the fraction of the squared Frobenius norm the
 * first @k layers keep (0 ≤ k ≤ rank; 1 for the zero matrix). */
double      dlm_svd_energy_kept      (const DlmSvd     *svd,
                                      guint             k);
/* ‖A − B‖_F, for matrices of the same shape. */
double      dlm_svd_frobenius_distance (const gsl_matrix *a,
                                        const gsl_matrix *b);
void        dlm_svd_free             (DlmSvd           *svd);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmSvd, dlm_svd_free)

G_END_DECLS
