/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>
#include <math.h>

#include "dlm-error.h"
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

static gboolean
refuse (GError    **error,
        const char *field,
        double      value,
        const char *accepted)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (text, sizeof text, "%.6g", value);
  g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
               _("%s: %s is outside the accepted range; accepted: %s"), field, text, accepted);
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
      return refuse (error, names[i], values[i], _("finite numbers from -1000000 to 1000000"));
  return TRUE;
}

gboolean
dlm_lorenz_check (const DlmLorenzSetup *s,
                  GError              **error)
{
  if (!check_coefficients (s, error))
    return FALSE;
  if (!(s->epsilon > 0 && s->epsilon <= 1))
    return refuse (error, "epsilon", s->epsilon, _("greater than 0, up to 1"));
  if (!(s->t_end > 0 && s->t_end <= DLM_LORENZ_MAX_T_END))
    return refuse (error, "t-end", s->t_end, _("greater than 0, up to 200"));
  if (!(s->dt >= 1e-4))
    return refuse (error, "dt", s->dt, _("0.0001 up to t-end"));
  /* the topic sets dt itself: a span shorter than one step is t-end's fault */
  if (!(s->t_end >= s->dt))
    {
      char dt[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *accepted = g_strdup_printf (_("%s (one time step) up to 200"),
                                                   g_ascii_formatd (dt, sizeof dt, "%.6g", s->dt));

      return refuse (error, "t-end", s->t_end, accepted);
    }
  if (!(s->rel_tol >= DLM_LORENZ_MIN_TOL && s->rel_tol <= DLM_LORENZ_MAX_TOL))
    return refuse (error, "rel-tol", s->rel_tol, _("1e-14 to 0.001"));
  if (!(s->abs_tol >= DLM_LORENZ_MIN_TOL && s->abs_tol <= DLM_LORENZ_MAX_TOL))
    return refuse (error, "abs-tol", s->abs_tol, _("1e-14 to 0.001"));
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

/* Integrates from point to point; FALSE with @error when the solver gives
 * up, FALSE without it when @progress says stop. */
static gboolean
integrate_points (const DlmLorenzSetup *setup,
                  gsl_odeiv2_driver    *driver,
                  DlmLorenzRun         *run,
                  DlmLorenzProgress     progress,
                  gpointer              progress_data,
                  double               *blow_up_t,
                  GError              **error)
{
  double y[6] = { setup->start[0], setup->start[1], setup->start[2],
                  setup->start[0] + setup->epsilon, setup->start[1], setup->start[2] };
  double t = 0;
  guint every = MAX (1, run->n / 100);

  store_point (run, 0, 0, y);
  for (guint i = 1; i < run->n; i++)
    {
      int status = gsl_odeiv2_driver_apply (driver, &t, i * setup->dt, y);

      if (status != GSL_SUCCESS || !isfinite (y[0] + y[1] + y[2] + y[3] + y[4] + y[5]))
        {
          *blow_up_t = t;
          g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                       _("t-end: the solution runs off to infinity near t = %.3g; accepted: "
                         "coefficients for which it stays bounded, or a smaller t-end"), t);
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
  return dlm_lorenz_integrate_full (setup, progress, progress_data, NULL, error);
}

DlmLorenzRun *
dlm_lorenz_integrate_full (const DlmLorenzSetup *setup,
                           DlmLorenzProgress     progress,
                           gpointer              progress_data,
                           double               *blow_up_t,
                           GError              **error)
{
  double ignored;
  DlmLorenzSetup copy;
  gsl_odeiv2_system sys = { lorenz_func, NULL, 6, &copy };
  gsl_odeiv2_driver *driver;
  DlmLorenzRun *run;
  gboolean ok;

  if (blow_up_t == NULL)
    blow_up_t = &ignored;
  *blow_up_t = NAN;
  if (!dlm_lorenz_check (setup, error))
    return NULL;
  copy = *setup;
  driver = gsl_odeiv2_driver_alloc_y_new (&sys, gsl_odeiv2_step_rk8pd, setup->dt / 10,
                                          setup->abs_tol, setup->rel_tol);
  /* a solution that runs off to infinity must end, not loop for ever */
  gsl_odeiv2_driver_set_nmax (driver, 100000);
  gsl_odeiv2_driver_set_hmin (driver, 1e-12);
  run = run_new (dlm_lorenz_n_points (setup));
  ok = integrate_points (setup, driver, run, progress, progress_data, blow_up_t, error);
  gsl_odeiv2_driver_free (driver);
  if (!ok)
    g_clear_pointer (&run, dlm_lorenz_run_free);
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
