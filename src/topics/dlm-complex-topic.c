/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-complex-private.h"
#include "dlm-datatypes.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-lorenz.h"
#include "dlm-parse.h"
#include "dlm-svd.h"

G_DEFINE_ENUM_TYPE (DlmComplexView, dlm_complex_view,
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_VIEW_SPECTRAL, "spectral"),
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_VIEW_LORENZ, "lorenz"),
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_VIEW_LIFE, "life"))

G_DEFINE_ENUM_TYPE (DlmComplexProjection, dlm_complex_projection,
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_PROJECTION_XZ, "xz"),
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_PROJECTION_3D, "3d"))

G_DEFINE_ENUM_TYPE (DlmLifePattern, dlm_life_pattern,
  G_DEFINE_ENUM_VALUE (DLM_LIFE_RANDOM, "random"),
  G_DEFINE_ENUM_VALUE (DLM_LIFE_GLIDER, "glider"),
  G_DEFINE_ENUM_VALUE (DLM_LIFE_BLINKER, "blinker"),
  G_DEFINE_ENUM_VALUE (DLM_LIFE_R_PENTOMINO, "r-pentomino"),
  G_DEFINE_ENUM_VALUE (DLM_LIFE_GOSPER_GUN, "gosper-gun"))

G_DEFINE_FINAL_TYPE (DlmComplexTopic, dlm_complex_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_RANK,
  PROP_SIGMA,
  PROP_RHO,
  PROP_BETA,
  PROP_START,
  PROP_EPSILON,
  PROP_T_END,
  PROP_PROGRESS,
  PROP_PROJECTION,
  PROP_YAW,
  PROP_PITCH,
  PROP_PATTERN,
  PROP_DENSITY,
  PROP_ROWS,
  PROP_COLUMNS,
  PROP_GENERATIONS,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- the picture ---------------------------------------------------------- */

static void
ensure_picture (DlmComplexTopic *self)
{
  g_autoptr(DlmImage) image = NULL;

  if (self->svd != NULL)
    return;
  image = dlm_image_load ("image", DLM_IMAGE_BUILTIN, NULL);
  g_assert (image != NULL);
  self->image = dlm_svd_matrix_from_gray (image->gray, image->width, image->height);
  /* grey levels 0 to 255 always decompose: a failure is a broken build,
   * as a missing built-in picture is */
  self->svd = dlm_svd_compute (self->image, NULL);
  g_assert (self->svd != NULL);
}

guint
dlm_complex_topic_get_rank_limit (DlmComplexTopic *self)
{
  g_return_val_if_fail (DLM_IS_COMPLEX_TOPIC (self), 0);
  ensure_picture (self);
  return self->svd->rank;
}

const gsl_matrix *
dlm_complex_topic_approximation (DlmComplexTopic *self)
{
  guint k = MIN ((guint) self->rank, self->svd->rank);

  if (self->approx == NULL || self->approx_rank != (int) k)
    {
      g_clear_pointer (&self->approx, gsl_matrix_free);
      self->approx = dlm_svd_reconstruct (self->svd, k);
      self->approx_rank = k;
    }
  return self->approx;
}

/* ---- the Lorenz work ------------------------------------------------------ */

static void
job_free (gpointer data)
{
  Job *job = data;

  dlm_lorenz_run_free (job->run);
  g_free (job);
}

static DlmLorenzSetup
current_setup (DlmComplexTopic *self)
{
  DlmLorenzSetup s;

  dlm_lorenz_setup_init (&s);
  s.sigma = self->sigma;
  s.rho = self->rho;
  s.beta = self->beta;
  memcpy (s.start, self->start_xyz, sizeof s.start);
  s.epsilon = self->epsilon;
  s.t_end = self->t_end;
  return s;
}

static gboolean
setup_equal (const DlmLorenzSetup *a,
             const DlmLorenzSetup *b)
{
  return memcmp (a, b, sizeof *a) == 0;
}

static gpointer
dlm_complex_topic_compute_prepare (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  DlmLorenzSetup s = current_setup (self);
  Job *job;

  if (self->view != DLM_COMPLEX_VIEW_LORENZ ||
      (self->lorenz != NULL && setup_equal (&self->lorenz->setup, &s)) ||
      (self->has_pending && setup_equal (&self->pending, &s)) ||
      (self->has_stopped && setup_equal (&self->stopped, &s)))
    return NULL;
  self->has_stopped = FALSE;
  self->pending = s;
  self->has_pending = TRUE;
  job = g_new0 (Job, 1);
  job->setup = s;
  return job;
}

static gboolean
dlm_complex_topic_compute_run (gpointer         data,
                               DlmTopicProgress progress,
                               gpointer         progress_data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;

  job->run = dlm_lorenz_integrate_full (&job->setup, progress, progress_data, &job->blow_up_t,
                                        &job->reached_t, &error);
  /* check_state accepted the setup; what can still fail is a solution
   * that runs off to infinity or needs too many steps: a finished job
   * without a run, which the figure explains */
  if (error != NULL)
    g_debug ("%s", error->message);
  return job->run != NULL || error != NULL;
}

static void
dlm_complex_topic_compute_finish (DlmTopic *topic,
                                  gpointer  data,
                                  gboolean  completed)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  Job *job = data;

  self->has_pending = FALSE;
  if (!completed)
    {
      self->stopped = job->setup;
      self->has_stopped = TRUE;
      return;
    }
  g_clear_pointer (&self->lorenz, job_free);
  self->lorenz = g_new0 (Job, 1);
  self->lorenz->setup = job->setup;
  self->lorenz->run = g_steal_pointer (&job->run);
  self->lorenz->blow_up_t = job->blow_up_t;
  self->lorenz->reached_t = job->reached_t;
}

/* The run shown, or NULL while there is none (or it blew up). */
const DlmLorenzRun *
dlm_complex_topic_shown_run (DlmComplexTopic *self)
{
  return self->lorenz != NULL ? self->lorenz->run : NULL;
}

/* Why a finished run has nothing to draw: it ran off to infinity, or out
 * of the solver's steps; NULL while there is a run or none yet. */
char *
dlm_complex_topic_failure_note (DlmComplexTopic *self)
{
  g_autofree char *t_end = NULL, *reached = NULL, *when = NULL;

  if (self->lorenz == NULL || self->lorenz->run != NULL)
    return NULL;
  if (isnan (self->lorenz->reached_t))
    {
      when = dlm_complex_format (self->lorenz->blow_up_t);
      return g_strdup_printf (_("The solution runs off to infinity near t = %s, so there are no paths to draw: "
                                "try other coefficients or a smaller t-end."), when);
    }
  t_end = dlm_complex_format (self->lorenz->setup.t_end);
  reached = dlm_complex_format (self->lorenz->reached_t);
  return g_strdup_printf (_("The solver’s steps grow so short that %d of them end at t = %s, before "
                            "t-end = %s: try a t-end up to %s or other coefficients."), DLM_LORENZ_MAX_STEPS, reached, t_end, reached);
}

/* Index of the last output point the animation shows. */
guint
dlm_complex_topic_shown_index (DlmComplexTopic    *self,
                               const DlmLorenzRun *run)
{
  return (guint) round (CLAMP (self->progress, 0, 1) * (run->n - 1));
}

/* ---- the Game of Life ----------------------------------------------------- */

/* What the run depends on: the seed and density only for a random start. */
static DlmLifeSetup
current_life_setup (DlmComplexTopic *self)
{
  gboolean random = self->pattern == DLM_LIFE_RANDOM;

  return (DlmLifeSetup) {
    .rows = self->rows, .columns = self->columns, .pattern = self->pattern,
    .density = random ? self->density : 0,
    .seed = random ? dlm_topic_get_seed (DLM_TOPIC (self)) : 0,
    .steps = self->generations,
  };
}

static gboolean
life_setup_equal (const DlmLifeSetup *a,
                  const DlmLifeSetup *b)
{
  return a->rows == b->rows && a->columns == b->columns && a->pattern == b->pattern &&
         a->density == b->density && a->seed == b->seed && a->steps == b->steps;
}

/* Runs the Game of Life again when something it depends on changed; the
 * run keeps every grid, so the timeline's steps only look one up. */
static void
ensure_life (DlmComplexTopic *self)
{
  DlmLifeSetup s = current_life_setup (self);
  g_autoptr(GError) error = NULL;

  if ((self->life != NULL || self->life_error != NULL) && life_setup_equal (&s, &self->life_setup))
    return;
  g_clear_pointer (&self->life, dlm_life_run_free);
  g_clear_pointer (&self->life_error, g_free);
  self->life_setup = s;
  self->life = dlm_life_run (&s, &error);
  if (self->life == NULL)
    self->life_error = g_strdup (error->message);
}

/* Whether the life view is shown, with its run made current. */
static gboolean
showing_life (DlmComplexTopic *self)
{
  if (self->view != DLM_COMPLEX_VIEW_LIFE)
    return FALSE;
  ensure_life (self);
  return TRUE;
}

/* ---- small helpers -------------------------------------------------------- */

char *
dlm_complex_format (double value)
{
  return dlm_format_short (value, fabs (value) >= 100 ? 1 : fabs (value) >= 1 ? 2 : 3);
}

/* A distance in the figure's one number format: "0.0123" or "4.82" while
 * that is short, else "1.23 × 10⁻⁵" with a superscript exponent (never
 * "e-05", which reads as code, not as a number). */
char *
dlm_complex_format_distance (double value)
{
  static const char *digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  g_autofree char *mantissa = NULL;
  g_autofree char *number = NULL;
  g_autofree char *exponent = NULL;
  GString *power;
  int e;

  if (value == 0 || !isfinite (value) || (fabs (value) >= 0.01 && fabs (value) < 1e4))
    return dlm_format_short (value, 3);
  e = (int) floor (log10 (fabs (value)));
  /* 9.996e-6 rounds to 10.0 × 10⁻⁶: carry into the exponent */
  if (fabs (value) / pow (10, e) >= 9.995)
    e++;
  mantissa = dlm_format_fixed (value / pow (10, e), 2);
  number = g_strdup_printf ("%d", ABS (e));
  power = g_string_new (e < 0 ? "⁻" : "");
  for (const char *c = number; *c != '\0'; c++)
    g_string_append (power, digits[*c - '0']);
  exponent = g_string_free (power, FALSE);
  return g_strdup_printf ("%s × 10%s", mantissa, exponent);
}

static void
dlm_complex_topic_render (DlmTopic       *topic,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const char *titles[] = {
    [DLM_COMPLEX_VIEW_SPECTRAL] = N_("Complicated: a picture is a sum of simple rank-1 layers"),
    [DLM_COMPLEX_VIEW_LORENZ] = N_("Complex: two almost equal starts soon part ways"),
    [DLM_COMPLEX_VIEW_LIFE] = N_("Complex: Game of Life, simple rules and complex behavior"),
  };
  DlmRect area = dlm_figure_begin (cr, theme, width, height, _(titles[self->view]));

  self->panels[0].valid = self->panels[1].valid = FALSE;
  self->life_grid = (DlmRect) { 0 };
  if (showing_life (self))
    dlm_complex_render_life (self, cr, theme, area);
  else if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    dlm_complex_render_spectral (self, cr, theme, area);
  else
    dlm_complex_render_lorenz (self, cr, theme, area);
}

/* ---- data ----------------------------------------------------------------- */

static void
append_numbers (GString      *out,
                const double *values,
                guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      g_string_append_c (out, ',');
      dlm_format_number (out, values[i]);
    }
}

static void
dlm_complex_topic_write_csv (DlmTopic *topic,
                             GString  *out)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);

  if (showing_life (self))
    {
      dlm_complex_life_write_csv (self, out);
      return;
    }
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      g_string_append (out, "index,k,singular_value,energy_fraction\n");
      for (guint i = 0; i < self->svd->rank; i++)
        {
          g_string_append_printf (out, "%u,%u", i, i + 1);
          append_numbers (out, (double[]) { gsl_vector_get (self->svd->s, i),
                                            dlm_svd_energy_kept (self->svd, i + 1) }, 2);
          g_string_append_c (out, '\n');
        }
      return;
    }
  if (run == NULL)
    return;
  g_string_append (out, "index,t,x,y,z,x2,y2,z2,distance\n");
  for (guint i = 0, m = dlm_complex_topic_shown_index (self, run); i <= m; i++)
    {
      g_string_append_printf (out, "%u", i);
      append_numbers (out, run->t + i, 1);
      append_numbers (out, run->a + 3 * i, 3);
      append_numbers (out, run->b + 3 * i, 3);
      append_numbers (out, run->distance + i, 1);
      g_string_append_c (out, '\n');
    }
}

/* The time shown, the distance then and at the start, and how the
 * attractor is seen; or when a run blew up, where. */
static void
write_lorenz_summary (DlmComplexTopic *self,
                      GString         *out)
{
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);
  guint m;

  if (run == NULL)
    {
      if (self->lorenz != NULL && isnan (self->lorenz->reached_t))
        dlm_summary_add_number (out, "blow_up_t", self->lorenz->blow_up_t);
      else if (self->lorenz != NULL)
        dlm_summary_add_number (out, "step_limit_t", self->lorenz->reached_t);
      return;
    }
  m = dlm_complex_topic_shown_index (self, run);
  dlm_summary_add_number (out, "t", run->t[m]);
  dlm_summary_add_number (out, "final_distance", run->distance[m]);
  dlm_summary_add_number (out, "start_distance", run->distance[0]);
  dlm_summary_add_number (out, "x", run->a[3 * m]);
  dlm_summary_add_number (out, "y", run->a[3 * m + 1]);
  dlm_summary_add_number (out, "z", run->a[3 * m + 2]);
  dlm_summary_add_string (out, "projection", self->projection == DLM_COMPLEX_PROJECTION_XZ ? "xz" : "3d");
  if (self->projection == DLM_COMPLEX_PROJECTION_3D)
    {
      dlm_summary_add_number (out, "yaw", self->yaw);
      dlm_summary_add_number (out, "pitch", self->pitch);
    }
}

static void
dlm_complex_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  if (showing_life (self))
    {
      dlm_complex_life_write_summary (self, out);
      return;
    }
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);

      dlm_summary_add_number (out, "rank", k);
      dlm_summary_add_number (out, "s_k", gsl_vector_get (self->svd->s, k - 1));
      dlm_summary_add_number (out, "energy_kept", dlm_svd_energy_kept (self->svd, k));
      dlm_summary_add_number (out, "frobenius_error",
                              dlm_svd_frobenius_distance (self->image, dlm_complex_topic_approximation (self)));
      return;
    }
  write_lorenz_summary (self, out);
}

/* ---- words ---------------------------------------------------------------- */

/* How the left panel shows the two paths. */
static char *
projection_text (DlmComplexTopic *self)
{
  g_autofree char *yaw = NULL, *pitch = NULL;

  if (self->projection == DLM_COMPLEX_PROJECTION_XZ)
    return g_strdup (_("seen along the y axis (x across, z up)"));
  yaw = dlm_format_short (self->yaw, -1);
  pitch = dlm_format_short (self->pitch, -1);
  return g_strdup_printf (_("in 3-D, turned %s° and tilted %s°"), yaw, pitch);
}

/* What became of the distance: grown, shrunk or about the same. */
static char *
distance_change_text (const DlmLorenzRun *run,
                      guint               m)
{
  double ratio = run->distance[m] / run->distance[0];
  g_autofree char *factor = dlm_complex_format_distance (ratio >= 1 ? ratio : 1 / ratio);

  if (ratio >= 100)
    return g_strdup_printf (_("It has grown %s-fold: the two paths have parted, although they follow "
                              "the same three rules."), factor);
  if (ratio <= 0.01)
    return g_strdup_printf (_("It has shrunk %s-fold: for these coefficients the paths come together "
                              "instead of parting."), factor);
  return g_strdup (_("It is still about as small as at the start: the paths have not parted yet."));
}

static char *
describe_lorenz (DlmComplexTopic *self)
{
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);
  g_autofree char *sigma = dlm_format_short (self->sigma, -1);
  g_autofree char *rho = dlm_format_short (self->rho, -1);
  g_autofree char *beta = dlm_format_short (self->beta, 4);
  g_autofree char *t = NULL, *d0 = NULL, *d = NULL, *seen = NULL, *change = NULL, *first = NULL;
  guint m;

  if (run == NULL && self->lorenz != NULL && !isnan (self->lorenz->reached_t))
    return dlm_complex_topic_failure_note (self);
  if (run == NULL && self->lorenz != NULL)
    {
      t = dlm_complex_format (self->lorenz->blow_up_t);
      return g_strdup_printf (_("The Lorenz system with σ = %s, ρ = %s and β = %s has no bounded solution from "
                                "this start: near t = %s its coordinates grow past any finite number, so there "
                                "are no paths to draw. Coefficients such as 10, 28 and 8/3, or a smaller "
                                "t-end, keep it finite."), sigma, rho, beta, t);
    }
  if (run == NULL)
    return g_strdup (_("The trajectories are being integrated."));
  m = dlm_complex_topic_shown_index (self, run);
  t = dlm_complex_format (run->t[m]);
  d0 = dlm_complex_format_distance (run->distance[0]);
  d = dlm_complex_format_distance (run->distance[m]);
  seen = projection_text (self);
  change = distance_change_text (run, m);
  first = g_strdup_printf (_("Two trajectories of the Lorenz system with σ = %s, ρ = %s and β = %s, %s, drawn up "
                             "to t = %s, starting %s apart. Their distance is now %s, plotted on a log scale "
                             "over time."), sigma, rho, beta, seen, t, d0, d);
  return g_strconcat (first, " ", change, NULL);
}

static char *
dlm_complex_topic_describe (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  if (showing_life (self))
    return dlm_complex_life_describe (self);
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);
      g_autofree char *e = dlm_format_fixed (100 * dlm_svd_energy_kept (self->svd, k), 2);

      g_autofree char *picture = NULL, *layers = NULL;
      guint shown = MIN (k, DLM_COMPLEX_SHOWN_LAYERS);

      picture = g_strdup_printf (_("A grayscale picture of %u × %u pixels beside its rank-%u "
                                   "approximation, the sum of its first %u singular layers, which "
                                   "keeps %s %% of the energy. A log-scale plot shows all %u singular "
                                   "values, largest first, with the first %u highlighted."),
                                 self->svd->rows, self->svd->cols, k, k, e, self->svd->rank, k);
      layers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Below them, layer %u is shown on its own, "
                                             "stretched from black to white.",
                                             "Below them, the first %u layers are shown side by "
                                             "side, each stretched from black to white.", shown),
                                shown);
      return g_strconcat (picture, " ", layers, NULL);
    }
  return describe_lorenz (self);
}

static char *
dlm_complex_topic_formula (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  g_autofree char *sigma = NULL, *rho = NULL, *beta = NULL;

  if (showing_life (self))
    return dlm_complex_life_formula ();
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);

      if (k == 1)
        return g_strdup ("A ≈ A<sub>1</sub> = s<sub>1</sub> u<sub>1</sub> v<sub>1</sub><sup>T</sup>");
      return g_strdup_printf ("A ≈ A<sub>%u</sub> = s<sub>1</sub> u<sub>1</sub> v<sub>1</sub><sup>T</sup> + … + "
                              "s<sub>%u</sub> u<sub>%u</sub> v<sub>%u</sub><sup>T</sup>", k, k, k, k);
    }
  /* dotted letters: Newton's notation for d/dt; the coefficients as set */
  sigma = dlm_format_short (self->sigma, -1);
  rho = dlm_format_short (self->rho, -1);
  beta = dlm_format_short (self->beta, 4);
  return g_strdup_printf ("ẋ = %s (y − x),   ẏ = x (%s − z) − y,   ż = xy − %s z", sigma, rho, beta);
}

static char *
dlm_complex_topic_explanation (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  g_autofree char *number = NULL;

  if (showing_life (self))
    return dlm_complex_life_explanation (self);
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);

      number = dlm_format_fixed (100 * dlm_svd_energy_kept (self->svd, k), 2);
      return g_strdup_printf (_("A <i>complicated</i> thing has many parts, but it can be broken into simple "
                                "ones. The singular value decomposition writes the picture as a sum of "
                                "rank-1 layers, each an outer product weighted by a singular value sᵢ. "
                                "The first %u layers keep the share Σ<sub>i≤%u</sub> s<sub>i</sub><sup>2</sup> / "
                                "Σ s<sub>i</sub><sup>2</sup> = %s %% of the energy; a few already look like the "
                                "picture."), k, k, number);
    }
  number = dlm_complex_format_distance (self->epsilon);
  return g_strdup_printf (_("A <i>complex</i> system cannot be understood by taking it apart. The Lorenz "
                            "equations are three simple rules, yet for coefficients like σ = 10, ρ = 28, "
                            "β = 8/3 two starts only ε = %s apart (the second moved by ε in x) drift apart "
                            "exponentially, so the long-term path cannot be predicted. The curves are "
                            "integrated by GSL's rk8pd with error control."), number);
}

/* Singular value s_i (from 1) and the energy the first i layers keep:
 * what the probe and the keyboard cursor read out. */
static void
singular_value_point (DlmComplexTopic *self,
                      guint            i,
                      DlmProbe        *point)
{
  double s = gsl_vector_get (self->svd->s, i - 1);
  g_autofree char *st = dlm_complex_format (s);
  g_autofree char *e = dlm_format_fixed (100 * dlm_svd_energy_kept (self->svd, i), 2);

  const DlmRect *r = &self->panels[0].plot;

  point->x = dlm_geometry_x_to_px (&self->panels[0], i);
  /* values far below the log axis (rounding noise) sit on its floor */
  point->y = CLAMP (dlm_geometry_y_to_px (&self->panels[0], s), r->y, r->y + r->height);
  point->text = g_strdup_printf (_("s%u = %s; layers 1 to %u keep %s %%"), i, st, i, e);
}

/* "(x, y, z)" of a point on a trajectory, for the read-outs. */
static char *
position_text (const double *xyz)
{
  g_autofree char *x = dlm_complex_format (xyz[0]);
  g_autofree char *y = dlm_complex_format (xyz[1]);
  g_autofree char *z = dlm_complex_format (xyz[2]);

  return g_strdup_printf ("(%s, %s, %s)", x, y, z);
}

static gboolean
dlm_complex_topic_probe (DlmTopic *topic,
                         double    x,
                         double    y,
                         DlmProbe *probe)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);

  if (showing_life (self))
    return dlm_complex_life_probe (self, x, y, probe);
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL && dlm_geometry_contains (&self->panels[0], x, y))
    {
      guint i = (guint) CLAMP (round (dlm_geometry_px_to_x (&self->panels[0], x)), 1, self->svd->rank);

      singular_value_point (self, i, probe);
      return TRUE;
    }
  if (self->view == DLM_COMPLEX_VIEW_LORENZ && run != NULL &&
      dlm_geometry_contains (&self->panels[1], x, y))
    {
      double t = CLAMP (dlm_geometry_px_to_x (&self->panels[1], x), 0, run->t[dlm_complex_topic_shown_index (self, run)]);
      guint i = MIN ((guint) round (t / self->lorenz->setup.dt), run->n - 1);
      g_autofree char *tt = dlm_complex_format (run->t[i]);
      g_autofree char *d = dlm_complex_format_distance (run->distance[i]);
      g_autofree char *a = position_text (&run->a[3 * i]);
      g_autofree char *b = position_text (&run->b[3 * i]);

      probe->x = dlm_geometry_x_to_px (&self->panels[1], run->t[i]);
      probe->y = dlm_geometry_y_to_px (&self->panels[1], MAX (run->distance[i], 1e-300));
      /* Translators: t = 3.2: distance 1.2e-05; run 1 at (x, y, z), run 2 at (x, y, z) */
      probe->text = g_strdup_printf (_("t = %s: distance %s; run 1 at %s, run 2 at %s"), tt, d, a, b);
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the singular values, or the distance between the two
 * Lorenz runs every 1/100th of the time shown. */
static guint
dlm_complex_topic_count_points (DlmTopic *topic,
                                guint    *row_length)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  if (showing_life (self))
    return dlm_complex_life_count_points (self, row_length);
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    return self->panels[0].valid && self->svd != NULL ? self->svd->rank : 0;
  return self->panels[1].valid && dlm_complex_topic_shown_run (self) != NULL ? DLM_TOPIC_CURVE_SAMPLES : 0;
}

static gboolean
dlm_complex_topic_get_point (DlmTopic *topic,
                             guint     index,
                             DlmProbe *point)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  if (showing_life (self))
    return dlm_complex_life_get_point (self, index, point);
  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      singular_value_point (self, index + 1, point);
      return TRUE;
    }
  return dlm_topic_probe_along (topic, &self->panels[1], index, DLM_TOPIC_CURVE_SAMPLES, point);
}

static char *
angle_assignment (const char *key,
                  double      value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf ("%s=%s", key, g_ascii_formatd (text, sizeof text, "%.1f", value));
}

static gboolean
dlm_complex_topic_drag (DlmTopic      *topic,
                        DlmDragPhase   phase,
                        double         x,
                        double         y,
                        GStrv         *assignments)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  double yaw, pitch;

  if (phase == DLM_DRAG_BEGIN)
    {
      self->dragging = self->view == DLM_COMPLEX_VIEW_LORENZ &&
                       self->projection == DLM_COMPLEX_PROJECTION_3D &&
                       dlm_geometry_contains (&self->panels[0], x, y);
      self->drag_x = x;
      self->drag_y = y;
      self->drag_yaw = self->yaw;
      self->drag_pitch = self->pitch;
      return self->dragging;
    }
  if (!self->dragging)
    return FALSE;
  /* half a degree per pixel; the yaw goes round, the pitch stops at the poles */
  yaw = fmod (self->drag_yaw + (x - self->drag_x) * 0.5 + 540, 360) - 180;
  pitch = CLAMP (self->drag_pitch + (y - self->drag_y) * 0.5, -90, 90);
  *assignments = g_new0 (char *, 3);
  (*assignments)[0] = angle_assignment ("yaw", yaw);
  (*assignments)[1] = angle_assignment ("pitch", pitch);
  if (phase == DLM_DRAG_END)
    self->dragging = FALSE;
  return TRUE;
}

/* ---- checks --------------------------------------------------------------- */

static gboolean
parse_start (const char  *text,
             double       xyz[3],
             GError     **error)
{
  g_autoptr(GArray) values = dlm_parse_vector ("start", text, 3, error);

  if (values == NULL)
    return FALSE;
  if (values->len != 3)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("start: %u numbers given; accepted: exactly 3, x, y and z, e.g. 1, 1, 1"),
                   values->len);
      return FALSE;
    }
  for (guint i = 0; i < 3; i++)
    xyz[i] = g_array_index (values, double, i);
  return TRUE;
}

static gboolean
dlm_complex_topic_check_text (DlmTopic    *topic,
                              GParamSpec  *pspec,
                              const char  *text,
                              GError     **error)
{
  double xyz[3];

  return parse_start (text, xyz, error);
}

/* A pattern too big for the grid: the field set last is named (rows or
 * columns after the pattern, else the pattern), the other with its value. */
static gboolean
check_pattern_fits (DlmComplexTopic  *self,
                    GError          **error)
{
  g_autoptr(GEnumClass) patterns = g_type_class_ref (DLM_TYPE_LIFE_PATTERN);
  const char *name = g_enum_get_value (patterns, self->pattern)->value_nick;
  guint rows, columns;

  dlm_life_pattern_size (self->pattern, &rows, &columns);
  if ((guint) self->rows < rows && dlm_assign_order_later (&self->assigned, PROP_ROWS, PROP_PATTERN))
    g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                 _("rows: %d are too few for pattern=%s; accepted: %u to 100 with it"),
                 self->rows, name, rows);
  else if ((guint) self->columns < columns &&
           dlm_assign_order_later (&self->assigned, PROP_COLUMNS, PROP_PATTERN))
    g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                 _("columns: %d are too few for pattern=%s; accepted: %u to 100 with it"),
                 self->columns, name, columns);
  else if ((guint) self->rows < rows || (guint) self->columns < columns)
    g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                 _("pattern: %s does not fit on rows=%d × columns=%d; accepted: at least %u rows "
                   "and %u columns for it, or another pattern"), name, self->rows, self->columns, rows, columns);
  else
    return TRUE;
  return FALSE;
}

static gboolean
dlm_complex_topic_check_state (DlmTopic  *topic,
                               GError   **error)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  DlmLorenzSetup s = current_setup (self);
  DlmLifeSetup life;

  ensure_picture (self);
  if ((guint) self->rank > self->svd->rank)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("rank: %d is more than the %u singular values of the %u × %u picture; "
                     "accepted: 1 to %u"),
                   self->rank, self->svd->rank, self->svd->rows, self->svd->cols, self->svd->rank);
      return FALSE;
    }
  if (!dlm_lorenz_check (&s, error))
    return FALSE;
  life = current_life_setup (self);
  /* the density matters only to a random start, but is checked anyway */
  life.density = self->density;
  return check_pattern_fits (self, error) && dlm_life_check (&life, error);
}

/* ---- GObject -------------------------------------------------------------- */

static void
dlm_complex_topic_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VIEW:       g_value_set_enum (value, self->view); break;
    case PROP_RANK:       g_value_set_int (value, self->rank); break;
    case PROP_SIGMA:      g_value_set_double (value, self->sigma); break;
    case PROP_RHO:        g_value_set_double (value, self->rho); break;
    case PROP_BETA:       g_value_set_double (value, self->beta); break;
    case PROP_START:      g_value_set_string (value, self->start); break;
    case PROP_EPSILON:    g_value_set_double (value, self->epsilon); break;
    case PROP_T_END:      g_value_set_double (value, self->t_end); break;
    case PROP_PROGRESS:   g_value_set_double (value, self->progress); break;
    case PROP_PROJECTION: g_value_set_enum (value, self->projection); break;
    case PROP_YAW:        g_value_set_double (value, self->yaw); break;
    case PROP_PITCH:      g_value_set_double (value, self->pitch); break;
    case PROP_PATTERN:    g_value_set_enum (value, self->pattern); break;
    case PROP_DENSITY:    g_value_set_double (value, self->density); break;
    case PROP_ROWS:       g_value_set_int (value, self->rows); break;
    case PROP_COLUMNS:    g_value_set_int (value, self->columns); break;
    case PROP_GENERATIONS: g_value_set_int (value, self->generations); break;
    case PROP_STEP:       g_value_set_int (value, self->step); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_start (DlmComplexTopic *self,
           const char      *text)
{
  if (g_strcmp0 (self->start, text) == 0)
    return;
  g_return_if_fail (parse_start (text, self->start_xyz, NULL));
  g_free (self->start);
  self->start = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

static void
dlm_complex_topic_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (object);
  DlmTopic *topic = DLM_TOPIC (object);

  dlm_assign_order_note (&self->assigned, prop_id);
  switch (prop_id)
    {
    case PROP_VIEW:       dlm_topic_set_field (topic, pspec, &self->view, value); break;
    case PROP_RANK:       dlm_topic_set_field (topic, pspec, &self->rank, value); break;
    case PROP_SIGMA:      dlm_topic_set_field (topic, pspec, &self->sigma, value); break;
    case PROP_RHO:        dlm_topic_set_field (topic, pspec, &self->rho, value); break;
    case PROP_BETA:       dlm_topic_set_field (topic, pspec, &self->beta, value); break;
    case PROP_START:      set_start (self, g_value_get_string (value)); break;
    case PROP_EPSILON:    dlm_topic_set_field (topic, pspec, &self->epsilon, value); break;
    case PROP_T_END:      dlm_topic_set_field (topic, pspec, &self->t_end, value); break;
    case PROP_PROGRESS:   dlm_topic_set_field (topic, pspec, &self->progress, value); break;
    case PROP_PROJECTION: dlm_topic_set_field (topic, pspec, &self->projection, value); break;
    case PROP_YAW:        dlm_topic_set_field (topic, pspec, &self->yaw, value); break;
    case PROP_PITCH:      dlm_topic_set_field (topic, pspec, &self->pitch, value); break;
    case PROP_PATTERN:    dlm_topic_set_field (topic, pspec, &self->pattern, value); break;
    case PROP_DENSITY:    dlm_topic_set_field (topic, pspec, &self->density, value); break;
    case PROP_ROWS:       dlm_topic_set_field (topic, pspec, &self->rows, value); break;
    case PROP_COLUMNS:    dlm_topic_set_field (topic, pspec, &self->columns, value); break;
    case PROP_GENERATIONS: dlm_topic_set_field (topic, pspec, &self->generations, value); break;
    case PROP_STEP:       dlm_topic_set_field (topic, pspec, &self->step, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_complex_topic_finalize (GObject *object)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (object);

  g_clear_pointer (&self->start, g_free);
  g_clear_pointer (&self->image, gsl_matrix_free);
  g_clear_pointer (&self->approx, gsl_matrix_free);
  g_clear_pointer (&self->svd, dlm_svd_free);
  g_clear_pointer (&self->lorenz, job_free);
  g_clear_pointer (&self->trail, cairo_surface_destroy);
  g_clear_pointer (&self->life, dlm_life_run_free);
  g_clear_pointer (&self->life_error, g_free);

  G_OBJECT_CLASS (dlm_complex_topic_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_COMPLEX_VIEW, DLM_COMPLEX_VIEW_SPECTRAL, flags);
  properties[PROP_RANK] =
    g_param_spec_int ("rank", NULL, N_("1 to the number of singular values (48 for the built-in picture)"),
                      1, DLM_IMAGE_MAX_SIDE, 5, flags);
  properties[PROP_SIGMA] =
    g_param_spec_double ("sigma", NULL, NULL, -1e6, 1e6, 10, flags);
  properties[PROP_RHO] =
    g_param_spec_double ("rho", NULL, NULL, -1e6, 1e6, 28, flags);
  properties[PROP_BETA] =
    g_param_spec_double ("beta", NULL, NULL, -1e6, 1e6, 8.0 / 3.0, flags);
  properties[PROP_START] =
    g_param_spec_string ("start", NULL, N_("three numbers x, y, z, e.g. 1, 1, 1"), "1, 1, 1", flags);
  properties[PROP_EPSILON] =
    g_param_spec_double ("epsilon", NULL, N_("greater than 0, up to 1"), 0, 1, 1e-9, flags);
  properties[PROP_T_END] =
    /* from one output step (dt = 0.01) up; the step limit is the solver's */
    g_param_spec_double ("t-end", NULL,
                         N_("0.01 to 200; a run may take at most 3000000 solver steps, so large "
                            "sigma, rho or beta need a smaller t-end"),
                         0.01, DLM_LORENZ_MAX_T_END, 40, flags);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, N_("0 to 1: how much of the time span is drawn"), 0, 1, 1, flags);
  properties[PROP_PROJECTION] =
    g_param_spec_enum ("projection", NULL, NULL, DLM_TYPE_COMPLEX_PROJECTION, DLM_COMPLEX_PROJECTION_XZ, flags);
  properties[PROP_YAW] =
    g_param_spec_double ("yaw", NULL, NULL, -180, 180, -45, flags);
  properties[PROP_PITCH] =
    g_param_spec_double ("pitch", NULL, NULL, -90, 90, 20, flags);
  properties[PROP_PATTERN] =
    g_param_spec_enum ("pattern", NULL, NULL, DLM_TYPE_LIFE_PATTERN, DLM_LIFE_RANDOM, flags);
  properties[PROP_DENSITY] =
    g_param_spec_double ("density", NULL, N_("0 to 1: the share of live cells in a random start"),
                         0, 1, 0.3, flags);
  properties[PROP_ROWS] =
    g_param_spec_int ("rows", NULL, N_("5 to 100: rows of the grid; its edges wrap around"),
                      DLM_LIFE_MIN_SIDE, DLM_LIFE_MAX_SIDE, 30, flags);
  properties[PROP_COLUMNS] =
    g_param_spec_int ("columns", NULL, N_("5 to 100: columns of the grid; its edges wrap around"),
                      DLM_LIFE_MIN_SIDE, DLM_LIFE_MAX_SIDE, 40, flags);
  properties[PROP_GENERATIONS] =
    g_param_spec_int ("generations", NULL, N_("1 to 1000: steps computed after the start"),
                      1, DLM_LIFE_MAX_STEPS, 100, flags);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, N_("0 to 1000: the step shown; beyond the generations, the last"),
                      0, DLM_LIFE_MAX_STEPS, DLM_LIFE_MAX_STEPS, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Only the Game of Life's random start draws random numbers. */
static gboolean
dlm_complex_topic_seed_matters (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  return self->view == DLM_COMPLEX_VIEW_LIFE && self->pattern == DLM_LIFE_RANDOM;
}

/* The Lorenz run plays in this long at normal speed, whatever t-end is. */
#define LORENZ_SECONDS 12.0
/* The life steps play at a step a second up to this many, then this long
 * in all: at most 10 a second, each worth a look. */
#define LIFE_SECONDS 10.0

gboolean
dlm_complex_topic_get_view_animation (DlmComplexTopic *self,
                                      DlmComplexView   view,
                                      DlmAnimation    *animation)
{
  g_return_val_if_fail (DLM_IS_COMPLEX_TOPIC (self), FALSE);
  g_return_val_if_fail (animation != NULL, FALSE);

  *animation = (DlmAnimation) { NULL };
  if (view == DLM_COMPLEX_VIEW_LORENZ)
    *animation = (DlmAnimation) { "progress", 1.0, LORENZ_SECONDS, FALSE };
  else if (view == DLM_COMPLEX_VIEW_LIFE)
    *animation = (DlmAnimation) { "step", self->generations, MIN (self->generations, LIFE_SECONDS), TRUE };
  return animation->param != NULL;
}

static gboolean
dlm_complex_topic_get_animation (DlmTopic     *topic,
                                 DlmAnimation *animation)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  return dlm_complex_topic_get_view_animation (self, self->view, animation);
}

static void
dlm_complex_topic_class_init (DlmComplexTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);

  object_class->finalize = dlm_complex_topic_finalize;
  object_class->get_property = dlm_complex_topic_get_property;
  object_class->set_property = dlm_complex_topic_set_property;

  topic_class->id = "complex";
  topic_class->slides_param = "view";
  /* the life view's random start */
  topic_class->uses_seed = TRUE;
  topic_class->seed_matters = dlm_complex_topic_seed_matters;
  topic_class->title = N_("Complicated vs complex");
  topic_class->check_text = dlm_complex_topic_check_text;
  topic_class->check_state = dlm_complex_topic_check_state;
  topic_class->render = dlm_complex_topic_render;
  topic_class->write_csv = dlm_complex_topic_write_csv;
  topic_class->write_summary = dlm_complex_topic_write_summary;
  topic_class->describe = dlm_complex_topic_describe;
  topic_class->formula = dlm_complex_topic_formula;
  topic_class->explanation = dlm_complex_topic_explanation;
  topic_class->probe = dlm_complex_topic_probe;
  topic_class->count_points = dlm_complex_topic_count_points;
  topic_class->get_point = dlm_complex_topic_get_point;
  topic_class->drag = dlm_complex_topic_drag;
  topic_class->write_code = dlm_complex_write_code;
  topic_class->write_plot_code = dlm_complex_write_plot_code;
  topic_class->compute_prepare = dlm_complex_topic_compute_prepare;
  topic_class->compute_run = dlm_complex_topic_compute_run;
  topic_class->compute_finish = dlm_complex_topic_compute_finish;
  topic_class->compute_free = job_free;
  topic_class->get_animation = dlm_complex_topic_get_animation;

  install_properties (object_class);
}

static void
dlm_complex_topic_init (DlmComplexTopic *self)
{
  ensure_picture (self);
}

DlmTopic *
dlm_complex_topic_new (void)
{
  return g_object_new (DLM_TYPE_COMPLEX_TOPIC, NULL);
}
