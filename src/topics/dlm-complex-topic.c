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
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_VIEW_LORENZ, "lorenz"))

G_DEFINE_ENUM_TYPE (DlmComplexProjection, dlm_complex_projection,
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_PROJECTION_XZ, "xz"),
  G_DEFINE_ENUM_VALUE (DLM_COMPLEX_PROJECTION_3D, "3d"))

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
  self->svd = dlm_svd_compute (self->image);
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

  job->run = dlm_lorenz_integrate (&job->setup, progress, progress_data, &error);
  /* check_state accepted the setup; what can still fail is a solution
   * that runs off to infinity: a finished job without a run, which the
   * figure explains */
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
}

/* The run shown, or NULL while there is none (or it blew up). */
const DlmLorenzRun *
dlm_complex_topic_shown_run (DlmComplexTopic *self)
{
  return self->lorenz != NULL ? self->lorenz->run : NULL;
}

/* Index of the last output point the animation shows. */
guint
dlm_complex_topic_shown_index (DlmComplexTopic    *self,
                               const DlmLorenzRun *run)
{
  return (guint) round (CLAMP (self->progress, 0, 1) * (run->n - 1));
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
  gboolean spectral = self->view == DLM_COMPLEX_VIEW_SPECTRAL;
  DlmRect area = dlm_figure_begin (cr, theme, width, height,
                                   spectral ? _("Complicated: a picture is a sum of simple rank-1 layers")
                                            : _("Complex: two almost equal starts soon part ways"));

  self->panels[0].valid = self->panels[1].valid = FALSE;
  if (spectral)
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

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      g_string_append (out, "k,singular_value,energy_fraction\n");
      for (guint i = 0; i < self->svd->rank; i++)
        {
          g_string_append_printf (out, "%u", i + 1);
          append_numbers (out, (double[]) { gsl_vector_get (self->svd->s, i),
                                            dlm_svd_energy_kept (self->svd, i + 1) }, 2);
          g_string_append_c (out, '\n');
        }
      return;
    }
  if (run == NULL)
    return;
  g_string_append (out, "t,x,y,z,x2,y2,z2,distance\n");
  for (guint i = 0, m = dlm_complex_topic_shown_index (self, run); i <= m; i++)
    {
      dlm_format_number (out, run->t[i]);
      append_numbers (out, run->a + 3 * i, 3);
      append_numbers (out, run->b + 3 * i, 3);
      append_numbers (out, run->distance + i, 1);
      g_string_append_c (out, '\n');
    }
}

static void
dlm_complex_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);

      dlm_summary_add_number (out, "rank", k);
      dlm_summary_add_number (out, "energy_kept", dlm_svd_energy_kept (self->svd, k));
      dlm_summary_add_number (out, "frobenius_error",
                              dlm_svd_frobenius_distance (self->image, dlm_complex_topic_approximation (self)));
      return;
    }
  if (run == NULL)
    return;
  dlm_summary_add_number (out, "t", run->t[dlm_complex_topic_shown_index (self, run)]);
  dlm_summary_add_number (out, "final_distance", run->distance[dlm_complex_topic_shown_index (self, run)]);
}

/* ---- words ---------------------------------------------------------------- */

static char *
dlm_complex_topic_describe (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const DlmLorenzRun *run = dlm_complex_topic_shown_run (self);

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
  if (run == NULL)
    return g_strdup (_("The trajectories are being integrated."));
  {
    guint m = dlm_complex_topic_shown_index (self, run);
    g_autofree char *t = dlm_complex_format (run->t[m]);
    g_autofree char *d0 = dlm_complex_format_distance (run->distance[0]);
    g_autofree char *d = dlm_complex_format_distance (run->distance[m]);

    return g_strdup_printf (_("Two trajectories of the Lorenz system, drawn up to t = %s, starting "
                              "%s apart. Their distance is now %s; a log-scale plot shows it "
                              "growing roughly exponentially until it is as large as the attractor."),
                            t, d0, d);
  }
}

static char *
dlm_complex_topic_formula (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    return g_strdup ("A = U Σ V<sup>T</sup> = s<sub>1</sub> u<sub>1</sub> v<sub>1</sub><sup>T</sup> + "
                     "s<sub>2</sub> u<sub>2</sub> v<sub>2</sub><sup>T</sup> + …");
  /* dotted letters: Newton's notation for d/dt */
  return g_strdup ("ẋ = σ(y − x),   ẏ = x(ρ − z) − y,   ż = xy − βz");
}

static char *
dlm_complex_topic_explanation (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    return g_strdup (_("A <i>complicated</i> thing has many parts, but it can be broken into simple "
                       "ones. The singular value decomposition writes the picture as a sum of "
                       "rank-1 layers, each an outer product weighted by a singular value sᵢ. "
                       "The first k layers keep the share Σ<sub>i≤k</sub> s<sub>i</sub><sup>2</sup> / "
                       "Σ s<sub>i</sub><sup>2</sup> of the energy; a few already look like the picture."));
  return g_strdup (_("A <i>complex</i> system cannot be understood by taking it apart. The Lorenz "
                     "equations are three simple rules, yet two starts ε apart (the second moved "
                     "by ε in x) drift apart exponentially, so the long-term path cannot be "
                     "predicted. The curves are integrated by GSL's rk8pd with error control."));
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

static gboolean
dlm_complex_topic_check_state (DlmTopic  *topic,
                               GError   **error)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  DlmLorenzSetup s = current_setup (self);

  ensure_picture (self);
  if ((guint) self->rank > self->svd->rank)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("rank: %d is more than the %u singular values of the %u × %u picture; "
                     "accepted: 1 to %u"),
                   self->rank, self->svd->rank, self->svd->rows, self->svd->cols, self->svd->rank);
      return FALSE;
    }
  return dlm_lorenz_check (&s, error);
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
    g_param_spec_double ("t-end", NULL, N_("greater than 0, up to 200"), 0, DLM_LORENZ_MAX_T_END, 40, flags);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, N_("0 to 1: how much of the time span is drawn"), 0, 1, 1, flags);
  properties[PROP_PROJECTION] =
    g_param_spec_enum ("projection", NULL, NULL, DLM_TYPE_COMPLEX_PROJECTION, DLM_COMPLEX_PROJECTION_XZ, flags);
  properties[PROP_YAW] =
    g_param_spec_double ("yaw", NULL, NULL, -180, 180, -45, flags);
  properties[PROP_PITCH] =
    g_param_spec_double ("pitch", NULL, NULL, -90, 90, 20, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  topic_class->compute_prepare = dlm_complex_topic_compute_prepare;
  topic_class->compute_run = dlm_complex_topic_compute_run;
  topic_class->compute_finish = dlm_complex_topic_compute_finish;
  topic_class->compute_free = job_free;

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
