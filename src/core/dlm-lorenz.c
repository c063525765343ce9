/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-lorenz.h"

void
dlm_lorenz_setup_init (DlmLorenzSetup *setup)
{
  *setup = (DlmLorenzSetup) {
    .sigma = 10, .rho = 28, .beta = 8.0 / 3.0,
    .start = { 1, 1, 1 }, .epsilon = 1e-9,
    .t_end = 40, .dt = 0.01,
    .rel_tol = 1e-12, .abs_tol = 1e-12,
  };
}

guint
dlm_lorenz_n_points (const DlmLorenzSetup *setup)
{
  double n = floor (setup->t_end / setup->dt + 1e-9) + 1;

  return n > G_MAXUINT ? G_MAXUINT : (guint) n;
}

/* @value is outside @field's range: too large when above @lowest, else
 * too small. */
static gboolean
refuse (GError    **error,
        const char *field,
        double      value,
        double      lowest,
        const char *accepted)
{
  g_autofree char *text = dlm_format_number_shortest (value);

  dlm_set_range_error (error, field, text, value > lowest, accepted);
  return FALSE;
}

static gboolean
check_coefficients (const DlmLorenzSetup *s,
                    GError              **error)
{
  const char *names[] = { "sigma", "rho", "beta", "start", "start", "start" };
  double values[] = { s->sigma, s->rho, s->beta, s->start[0], s->start[1], s->start[2] };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (!(fabs (values[i]) <= DLM_LORENZ_MAX_ABS))
      return refuse (error, names[i], values[i], -DLM_LORENZ_MAX_ABS, _("finite numbers from -1000000 to 1000000"));
  return TRUE;
}

gboolean
dlm_lorenz_check (const DlmLorenzSetup *s,
                  GError              **error)
{
  if (!check_coefficients (s, error))
    return FALSE;
  if (!(s->epsilon > 0 && s->epsilon <= 1))
    return refuse (error, "epsilon", s->epsilon, 0, _("greater than 0, up to 1"));
  if (!(s->t_end > 0 && s->t_end <= DLM_LORENZ_MAX_T_END))
    return refuse (error, "t-end", s->t_end, 0, _("greater than 0, up to 200"));
  if (!(s->dt >= 1e-4))
    return refuse (error, "dt", s->dt, 1e-4, _("0.0001 up to t-end"));
  /* the topic sets dt itself: a span shorter than one step is t-end's fault */
  if (!(s->t_end >= s->dt))
    {
      char dt[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *accepted = g_strdup_printf (_("%s (one time step) up to 200"),
                                                   g_ascii_formatd (dt, sizeof dt, "%.6g", s->dt));

      return refuse (error, "t-end", s->t_end, s->dt, accepted);
    }
  if (!(s->rel_tol >= DLM_LORENZ_MIN_TOL && s->rel_tol <= DLM_LORENZ_MAX_TOL))
    return refuse (error, "rel-tol", s->rel_tol, DLM_LORENZ_MIN_TOL, _("1e-14 to 0.001"));
  if (!(s->abs_tol >= DLM_LORENZ_MIN_TOL && s->abs_tol <= DLM_LORENZ_MAX_TOL))
    return refuse (error, "abs-tol", s->abs_tol, DLM_LORENZ_MIN_TOL, _("1e-14 to 0.001"));
  if (dlm_lorenz_n_points (s) > DLM_LORENZ_MAX_POINTS)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("t-end: %u output points are too many; accepted: t-end / dt up to %d"),
                   dlm_lorenz_n_points (s), DLM_LORENZ_MAX_POINTS - 1);
      return FALSE;
    }
  return TRUE;
}

/* Both trajectories as one system of six equations: the solver takes the
 * same steps for both, so their tiny difference is not drowned by two
 * different step sequences' errors. */
static int
lorenz_func (double        t,
             const double  y[],
             double        f[],
             void         *params)
{
  const DlmLorenzSetup *s = params;

  for (guint i = 0; i < 6; i += 3)
    {
      f[i] = s->sigma * (y[i + 1] - y[i]);
      f[i + 1] = y[i] * (s->rho - y[i + 2]) - y[i + 1];
      f[i + 2] = y[i] * y[i + 1] - s->beta * y[i + 2];
    }
  return GSL_SUCCESS;
}

static void
store_point (DlmLorenzRun *run,
             guint         i,
             double        t,
             const double  y[])
{
  run->t[i] = t;
  for (guint c = 0; c < 3; c++)
    {
      run->a[3 * i + c] = y[c];
      run->b[3 * i + c] = y[3 + c];
    }
  run->distance[i] = hypot (hypot (y[0] - y[3], y[1] - y[4]), y[2] - y[5]);
}

static DlmLorenzRun *
run_new (guint n)
{
  DlmLorenzRun *run = g_new0 (DlmLorenzRun, 1);

  run->n = n;
  run->t = g_new (double, n);
  run->a = g_new (double, 3 * (gsize) n);
  run->b = g_new (double, 3 * (gsize) n);
  run->distance = g_new (double, n);
  return run;
}

/* A run out of steps with a coordinate this many times the coefficients
 * and the start was running off: a bounded solution stays within a few
 * times ρ + σ of the origin (or near its start) unless σ, β or 1 are a
 * millionth of the others. */
#define RUNAWAY 1e6
/* A solution that needs this many steps between two output times is
 * running off too, faster than the steps can follow. */
#define RUNAWAY_STEPS 100000

typedef struct {
  double blow_up_t;          /* NAN unless the solution ran off */
  double reached_t;          /* NAN unless the steps ran out */
} Failure;

static gboolean
running_off (const DlmLorenzSetup *s,
             const double          y[])
{
  double start = MAX (fabs (s->start[0]), MAX (fabs (s->start[1]), fabs (s->start[2])));
  double limit = RUNAWAY * (1 + fabs (s->sigma) + fabs (s->rho) + fabs (s->beta) + start);

  for (guint i = 0; i < 6; i++)
    if (!(fabs (y[i]) < limit))
      return TRUE;
  return FALSE;
}

/* Why the solver stopped at @t with @status: out of steps while the
 * solution stays near its scale, or running off to infinity (non-finite
 * values, steps too short to make progress or to reach the next output
 * time, or huge values when the steps ran out). */
static void
explain_failure (const DlmLorenzSetup *setup,
                 int                   status,
                 gboolean              out_of_steps,
                 double                t,
                 double                last_output_t,
                 const double          y[],
                 Failure              *failure,
                 GError              **error)
{
  char given[G_ASCII_DTOSTR_BUF_SIZE], reached[G_ASCII_DTOSTR_BUF_SIZE];

  if (status != GSL_EMAXITER || !out_of_steps || running_off (setup, y))
    {
      failure->blow_up_t = t;
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("t-end: the solution runs off to infinity near t = %.3g; accepted: "
                     "coefficients for which it stays bounded, or a smaller t-end"), t);
      return;
    }
  failure->reached_t = last_output_t;
  g_ascii_formatd (given, sizeof given, "%.6g", setup->t_end);
  g_ascii_formatd (reached, sizeof reached, "%.6g", last_output_t);
  g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
               _("t-end: %s takes the solver more than %d steps with these sigma, rho and beta; "
                 "accepted: t-end up to %s with them, or other coefficients"),
               given, DLM_LORENZ_MAX_STEPS, reached);
}

/* Integrates from point to point within DLM_LORENZ_MAX_STEPS steps in all;
 * FALSE with @error when the solver gives up, FALSE without it when
 * @progress says stop. */
static gboolean
integrate_points (const DlmLorenzSetup *setup,
                  gsl_odeiv2_driver    *driver,
                  DlmLorenzRun         *run,
                  DlmLorenzProgress     progress,
                  gpointer              progress_data,
                  Failure              *failure,
                  GError              **error)
{
  double y[6] = { setup->start[0], setup->start[1], setup->start[2],
                  setup->start[0] + setup->epsilon, setup->start[1], setup->start[2] };
  double t = 0;
  guint every = MAX (1, run->n / 100);

  store_point (run, 0, 0, y);
  for (guint i = 1; i < run->n; i++)
    {
      /* the evolver counts every step tried, over all the calls */
      unsigned long used = driver->e->count;
      int status = used < DLM_LORENZ_MAX_STEPS ? GSL_SUCCESS : GSL_EMAXITER;

      if (status == GSL_SUCCESS)
        {
          gsl_odeiv2_driver_set_nmax (driver, MIN (RUNAWAY_STEPS, DLM_LORENZ_MAX_STEPS - used));
          status = gsl_odeiv2_driver_apply (driver, &t, i * setup->dt, y);
        }
      if (status != GSL_SUCCESS || !isfinite (y[0] + y[1] + y[2] + y[3] + y[4] + y[5]))
        {
          explain_failure (setup, status, driver->e->count >= DLM_LORENZ_MAX_STEPS, t,
                           (i - 1) * setup->dt, y, failure, error);
          return FALSE;
        }
      store_point (run, i, i * setup->dt, y);
      if (progress != NULL && i % every == 0 && !progress ((double) i / run->n, progress_data))
        return FALSE;
    }
  return TRUE;
}

DlmLorenzRun *
dlm_lorenz_integrate (const DlmLorenzSetup *setup,
                      DlmLorenzProgress     progress,
                      gpointer              progress_data,
                      GError              **error)
{
  return dlm_lorenz_integrate_full (setup, progress, progress_data, NULL, NULL, error);
}

DlmLorenzRun *
dlm_lorenz_integrate_full (const DlmLorenzSetup *setup,
                           DlmLorenzProgress     progress,
                           gpointer              progress_data,
                           double               *blow_up_t,
                           double               *reached_t,
                           GError              **error)
{
  Failure failure = { NAN, NAN };
  DlmLorenzSetup copy;
  gsl_odeiv2_system sys = { lorenz_func, NULL, 6, &copy };
  gsl_odeiv2_driver *driver;
  DlmLorenzRun *run = NULL;

  if (dlm_lorenz_check (setup, error))
    {
      copy = *setup;
      driver = gsl_odeiv2_driver_alloc_y_new (&sys, gsl_odeiv2_step_rk8pd, setup->dt / 10,
                                              setup->abs_tol, setup->rel_tol);
      gsl_odeiv2_driver_set_hmin (driver, 1e-12);
      run = run_new (dlm_lorenz_n_points (setup));
      if (!integrate_points (setup, driver, run, progress, progress_data, &failure, error))
        g_clear_pointer (&run, dlm_lorenz_run_free);
      gsl_odeiv2_driver_free (driver);
    }
  if (blow_up_t != NULL)
    *blow_up_t = failure.blow_up_t;
  if (reached_t != NULL)
    *reached_t = failure.reached_t;
  return run;
}

void
dlm_lorenz_run_free (DlmLorenzRun *run)
{
  if (run == NULL)
    return;
  g_free (run->t);
  g_free (run->a);
  g_free (run->b);
  g_free (run->distance);
  g_free (run);
}
