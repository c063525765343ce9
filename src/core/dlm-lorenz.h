/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Lorenz system dx/dt = σ(y − x), dy/dt = x(ρ − z) − y,
 * dz/dt = xy − βz, integrated by GSL's rk8pd with error control from two
 * starts ε apart, sampled at fixed output times. */

#define DLM_LORENZ_MAX_T_END   200.0
#define DLM_LORENZ_MAX_POINTS  200000
#define DLM_LORENZ_MIN_TOL     1e-14
#define DLM_LORENZ_MAX_TOL     1e-3
#define DLM_LORENZ_MAX_ABS     1e6     /* of σ, ρ, β and the start */
/* Steps the solver may take (tried ones included) for one run: about a
 * second here. Large coefficients make the system stiff, and a solution
 * that grows makes it fast: either makes the steps short, so this, not
 * t_end, bounds the work; see dlm_lorenz_integrate(). */
#define DLM_LORENZ_MAX_STEPS   3000000

typedef struct {
  double sigma, rho, beta;
  double start[3];
  double epsilon;            /* the second start is start + (ε, 0, 0) */
  double t_end;              /* 0 < t_end ≤ DLM_LORENZ_MAX_T_END */
  double dt;                 /* spacing of the output times */
  double rel_tol, abs_tol;   /* the step control's tolerances */
} DlmLorenzSetup;

typedef struct {
  guint   n;                 /* output points, at t = 0, dt, 2 dt, … t_end */
  double *t;                 /* n times */
  double *a;                 /* n × 3: x, y, z of the first trajectory */
  double *b;                 /* n × 3: of the second */
  double *distance;          /* n: |a − b| */
} DlmLorenzRun;

/* As DlmSamplingProgress: FALSE stops the work. */
typedef gboolean (*DlmLorenzProgress) (double   fraction,
                                       gpointer user_data);

/* The defaults: σ = 10, ρ = 28, β = 8/3, start (1, 1, 1), ε = 10⁻⁹,
 * t_end = 40, dt = 0.01, tolerances 10⁻¹². */
void          dlm_lorenz_setup_init (DlmLorenzSetup       *setup);
/* How many output points @setup asks for. */
guint         dlm_lorenz_n_points   (const DlmLorenzSetup *setup);
/* Refuses, naming the field ("t-end", "epsilon", "rel-tol", …), a setup
 * that is not finite, outside the limits above, or over
 * DLM_LORENZ_MAX_POINTS output points. */
gboolean      dlm_lorenz_check      (const DlmLorenzSetup *setup,
                                     GError              **error);
/* NULL with @error when the setup is refused or the solver fails: the
 * solution blows up (DLM_ERROR_RANGE), or needs more than
 * DLM_LORENZ_MAX_STEPS steps (DLM_ERROR_TOO_LARGE, naming t-end and how far
 * it got); NULL without it when @progress stopped the work. */
DlmLorenzRun *dlm_lorenz_integrate  (const DlmLorenzSetup *setup,
                                     DlmLorenzProgress     progress,
                                     gpointer              progress_data,
                                     GError              **error);
/* The same; when the solution runs off to infinity, also sets
 * *@blow_up_t (if not NULL) to the time near which it did, else to NAN;
 * when the steps ran out, *@reached_t (if not NULL) to the last output
 * time reached, else to NAN. */
DlmLorenzRun *dlm_lorenz_integrate_full (const DlmLorenzSetup *setup,
                                     DlmLorenzProgress     progress,
                                     gpointer              progress_data,
                                     double               *blow_up_t,
                                     double               *reached_t,
                                     GError              **error);
void          dlm_lorenz_run_free   (DlmLorenzRun         *run);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmLorenzRun, dlm_lorenz_run_free)

G_END_DECLS
