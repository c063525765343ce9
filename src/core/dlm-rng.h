/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_rng.h>

G_BEGIN_DECLS

/* Seeded random numbers that reproduce, for the same seed, exactly what
 * Python prints:
 *   NUMPY   np.random.seed(s); np.random.rand(n) / randn(n) / randint(lo, hi, n)
 *           (NumPy's legacy global generator, MT19937)
 *   TORCH   torch.manual_seed(s); torch.rand(n)  (CPU, float32)
 *   PYTHON  random.seed(s); random.random()
 *   GSL     GSL's own MT19937 and distributions (seed 0 taken as 4357; its
 *           normal numbers are GSL's ziggurat, which NumPy has not)
 *   NUMPY_GENERATOR  np.random.default_rng(s).random(n)  (SeedSequence + PCG64;
 *           uniform numbers only)
 * One DlmRng per use: each topic makes its own from the global seed, so
 * redrawing a figure gives the same numbers frame after frame. */
typedef enum {
  DLM_RNG_NUMPY,
  DLM_RNG_TORCH,
  DLM_RNG_PYTHON,
  DLM_RNG_GSL,
  DLM_RNG_NUMPY_GENERATOR,
} DlmRngConvention;

typedef enum {
  DLM_RNG_UNIFORM,
  DLM_RNG_NORMAL,
  DLM_RNG_INTEGERS,
} DlmRngKind;

typedef struct _DlmRng DlmRng;

#define DLM_RNG_MAX_SEED G_MAXUINT32

DlmRng     *dlm_rng_new             (DlmRngConvention  convention,
                                     guint32           seed);
void        dlm_rng_free            (DlmRng           *rng);
void        dlm_rng_reset           (DlmRng           *rng);
DlmRngConvention dlm_rng_get_convention (DlmRng       *rng);
guint32     dlm_rng_get_seed        (DlmRng           *rng);
gsl_rng    *dlm_rng_get_gsl         (DlmRng           *rng);

/* Uniform on [0, 1): numpy rand, torch rand (a float32 widened to double),
 * python random.random(), gsl_rng_uniform. */
double      dlm_rng_uniform         (DlmRng           *rng);
/* Standard normal: numpy randn (legacy polar method, pairs cached), python
 * random.gauss(0, 1) (Box–Muller, pairs cached), GSL's ziggurat. Not for
 * torch (see dlm_rng_check_kind). */
double      dlm_rng_normal          (DlmRng           *rng);
/* Integer in [low, high): numpy randint (masked rejection, as RandomState),
 * torch.randint (modulo), python random.randrange (rejection on
 * getrandbits), low + gsl_rng_uniform_int. */
/* @n normal numbers, as @n calls of dlm_rng_normal give them; NumPy's and
 * Python's conventions only. */
void        dlm_rng_fill_normal     (DlmRng           *rng,
                                     double           *out,
                                     gsize             n);
gint64      dlm_rng_integer         (DlmRng           *rng,
                                     gint64            low,
                                     gint64            high);

gboolean    dlm_rng_check_kind      (DlmRngConvention  convention,
                                     DlmRngKind        kind,
                                     GError          **error);
gboolean    dlm_rng_check_range     (DlmRngConvention  convention,
                                     gint64            low,
                                     gint64            high,
                                     GError          **error);
gboolean    dlm_rng_parse_seed      (const char       *field,
                                     const char       *text,
                                     guint32          *seed,
                                     GError          **error);
gboolean    dlm_rng_convention_from_string (const char *name,
                                     DlmRngConvention *convention);
const char *dlm_rng_convention_to_string   (DlmRngConvention convention);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmRng, dlm_rng_free)

G_END_DECLS
