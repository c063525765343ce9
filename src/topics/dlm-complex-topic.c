/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-complex-topic.h"
#include "dlm-datatypes.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-layout.h"
#include "dlm-lorenz.h"
#include "dlm-parse.h"
#include "dlm-svd.h"

#define DEG (G_PI / 180.0)
#define CHUNK 1024     /* points per stroke of a long curve */

/* The Lorenz work: the setup it was computed from, and its result. */
typedef struct {
  DlmLorenzSetup  setup;
  DlmLorenzRun   *run;
} Job;

/* What the cached trail was drawn for. */
typedef struct {
  const DlmLorenzRun   *run;
  DlmAxesGeometry       geometry;
  DlmTheme              theme;
  double                scale;      /* device pixels per figure pixel */
  int                   projection;
  double                yaw, pitch;
} TrailKey;

struct _DlmComplexTopic
{
  DlmTopic              parent_instance;

  DlmComplexView        view;
  int                   rank;
  double                sigma, rho, beta;
  char                 *start;
  double                start_xyz[3];
  double                epsilon;
  double                t_end;
  double                progress;
  DlmComplexProjection  projection;
  double                yaw, pitch;

  /* the picture and its decomposition, made once */
  gsl_matrix           *image;
  DlmSvd               *svd;
  gsl_matrix           *approx;      /* rank-k reconstruction, for rank */
  int                   approx_rank;

  Job                  *lorenz;
  DlmLorenzSetup        pending, stopped;
  gboolean              has_pending, has_stopped;

  DlmAxesGeometry       panels[2];
  /* the trajectories drawn so far, grown frame by frame; see draw_trail() */
  cairo_surface_t      *trail;
  TrailKey              trail_key;
  guint                 trail_drawn;
  double                widths[2];   /* px, of the wide and the thin curve */
  /* a 3-D turn in progress: where it began and the angles then */
  gboolean              dragging;
  double                drag_x, drag_y, drag_yaw, drag_pitch;
};

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

static const gsl_matrix *
approximation (DlmComplexTopic *self)
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
static const DlmLorenzRun *
shown_run (DlmComplexTopic *self)
{
  return self->lorenz != NULL ? self->lorenz->run : NULL;
}

/* Index of the last output point the animation shows. */
static guint
shown_index (DlmComplexTopic    *self,
             const DlmLorenzRun *run)
{
  return (guint) round (CLAMP (self->progress, 0, 1) * (run->n - 1));
}

/* ---- small helpers -------------------------------------------------------- */

static char *
fmt (double value)
{
  return dlm_format_short (value, fabs (value) >= 100 ? 1 : fabs (value) >= 1 ? 2 : 3);
}

/* A distance in the figure's one number format: "0.0123" or "4.82" while
 * that is short, else "1.23 × 10⁻⁵" with a superscript exponent (never
 * "e-05", which reads as code, not as a number). */
static char *
fmt_sci (double value)
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

/* ---- spectral view -------------------------------------------------------- */

static cairo_surface_t *
gray_surface (const gsl_matrix *m)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, m->size2, m->size1);
  int stride = cairo_image_surface_get_stride (surface);
  guint8 *data = cairo_image_surface_get_data (surface);

  for (gsize i = 0; i < m->size1; i++)
    for (gsize j = 0; j < m->size2; j++)
      {
        guint32 v = (guint32) CLAMP (round (gsl_matrix_get (m, i, j)), 0, 255);

        *(guint32 *) (data + i * stride + j * 4) = v << 16 | v << 8 | v;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The picture scaled up with sharp pixels, fitted into @box, titled;
 * returns where the picture itself went. */
static DlmRect
draw_picture (cairo_t          *cr,
              const DlmTheme   *theme,
              DlmRect           box,
              const gsl_matrix *m,
              const char       *title)
{
  double title_h, scale, w, h, x, y;
  cairo_surface_t *surface = gray_surface (m);

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &title_h);
  title_h *= 1.5;
  scale = MIN (box.width / m->size2, (box.height - title_h) / m->size1);
  w = m->size2 * scale;
  h = m->size1 * scale;
  x = box.x + (box.width - w) / 2;
  y = box.y + title_h;
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, box.x + box.width / 2, box.y,
                        DLM_ANCHOR_NORTH, box.width, title);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
  return (DlmRect) { x, y, w, h };
}

static void
draw_spectrum (DlmComplexTopic *self,
               cairo_t         *cr,
               const DlmTheme  *theme,
               DlmRect          rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  const gsl_vector *s = self->svd->s;
  guint n = s->size, k = MIN ((guint) self->rank, n);
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  double lo = G_MAXDOUBLE, hi = 0;
  DlmStroke line = { &theme->muted, 0.8, FALSE };
  DlmLegendEntry legend[] = {
    { _("layers kept"), &theme->highlight, FALSE, TRUE },
    { _("layers left out"), &theme->muted, FALSE, TRUE },
  };

  for (guint i = 0; i < n; i++)
    {
      x[i] = i + 1;
      y[i] = gsl_vector_get (s, i);
      hi = MAX (hi, y[i]);
    }
  /* values below 10⁻¹⁰ of the largest are rounding noise of zeros: they
   * stay below the axis instead of stretching it */
  for (guint i = 0; i < n; i++)
    if (y[i] > hi * 1e-10)
      lo = MIN (lo, y[i]);
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, n + 1);
  dlm_axes_set_y (axes, DLM_SCALE_LOG, MIN (lo, hi) / 2, MAX (hi, 1e-300) * 2);
  dlm_axes_set_labels (axes, _("layer i"), _("singular value sᵢ (log scale)"));
  dlm_axes_set_title (axes, _("Singular-value spectrum"));
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, x, y, n, &line);
  dlm_axes_points (axes, x + k, y + k, n - k, &theme->muted, 3);
  dlm_axes_points (axes, x, y, k, &theme->highlight, 4);
  dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_NORTH_EAST);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

/* The energy kept as a filled bar under the pictures. */
static void
draw_energy_bar (cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         bar,
                 double          fraction)
{
  DlmColor track = dlm_color_with_alpha (&theme->muted, 0.25);

  cairo_save (cr);
  cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
  dlm_theme_set_color (cr, &track);
  cairo_fill (cr);
  cairo_rectangle (cr, bar.x, bar.y, bar.width * CLAMP (fraction, 0, 1), bar.height);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The height draw_spectral_facts() needs. */
static double
spectral_facts_height (cairo_t        *cr,
                       const DlmTheme *theme)
{
  double h, body;

  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "Xg", NULL, &h);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &body);
  return h * 2.6 + body;
}

static void
draw_spectral_facts (DlmComplexTopic *self,
                     cairo_t         *cr,
                     const DlmTheme  *theme,
                     DlmRect          box,
                     guint            k)
{
  double fraction = dlm_svd_energy_kept (self->svd, k), h;
  g_autofree char *energy = dlm_format_fixed (100 * fraction, 2);
  g_autofree char *err = fmt (dlm_svd_frobenius_distance (self->image, approximation (self)));
  g_autofree char *line1 = g_strdup_printf (_("<b>energy kept: %s %%</b>"), energy);
  g_autofree char *line2 = g_strdup_printf (_("‖A − Aₖ‖<sub>F</sub> = %s; numbers stored: %u instead of %u"),
                                            err, k * (self->svd->rows + self->svd->cols + 1),
                                            self->svd->rows * self->svd->cols);

  /* the bar is in the colour of the layers kept; the words stay in the
   * text colour, which reads at any size */
  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_TITLE, NULL, box.x, box.y,
                        DLM_ANCHOR_NORTH_WEST, box.width, line1);
  draw_energy_bar (cr, theme, (DlmRect) { box.x, box.y + h * 1.4, box.width, h * 0.6 }, fraction);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, &theme->muted, box.x, box.y + h * 2.6,
                        DLM_ANCHOR_NORTH_WEST, box.width, line2);
}

/* Layer i (from 0), sᵢ uᵢ vᵢᵀ, as gray levels: a layer has negative
 * values too, so it is stretched from its smallest (black) to its largest
 * value (white) to show its pattern, one column times one row. */
static gsl_matrix *
layer_picture (const DlmSvd *svd,
               guint         i)
{
  gsl_matrix *m = gsl_matrix_alloc (svd->rows, svd->cols);
  double lo, hi;

  for (guint r = 0; r < svd->rows; r++)
    for (guint c = 0; c < svd->cols; c++)
      gsl_matrix_set (m, r, c, gsl_vector_get (svd->s, i) * gsl_matrix_get (svd->u, r, i) *
                               gsl_matrix_get (svd->v, c, i));
  gsl_matrix_minmax (m, &lo, &hi);
  gsl_matrix_add_constant (m, -lo);
  gsl_matrix_scale (m, hi > lo ? 255 / (hi - lo) : 0);
  return m;
}

#define SHOWN_LAYERS 4

/* The first layers the rank-k picture adds up, side by side with "+"
 * between them: what "a sum of rank-1 layers" looks like. */
static void
draw_layers (DlmComplexTopic *self,
             cairo_t         *cr,
             const DlmTheme  *theme,
             DlmRect          box,
             guint            k)
{
  guint n = MIN (k, SHOWN_LAYERS);
  double note_h, plus_w, tail_w, w;
  g_autofree char *note = k > SHOWN_LAYERS
    ? g_strdup_printf (_("The first %u of the %u layers added up (each stretched from black to white):"), n, k)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u layer (stretched from black to white):",
                                    "The %u layers added up (each stretched from black to white):", k), k);

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, note, NULL, &note_h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, box.x, box.y, DLM_ANCHOR_NORTH_WEST,
                        box.width, note);
  box.y += note_h * 1.4;
  box.height -= note_h * 1.4;
  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "+", &plus_w, NULL);
  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "+ …", &tail_w, NULL);
  plus_w *= 2;
  tail_w += plus_w / 4;
  /* room for SHOWN_LAYERS pictures whatever k is, so they keep one size */
  w = (box.width - plus_w * (SHOWN_LAYERS - 1) - tail_w) / SHOWN_LAYERS;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(gsl_matrix) layer = layer_picture (self->svd, i);
      g_autofree char *title = g_strdup_printf (_("layer %u"), i + 1);
      double x = box.x + i * (w + plus_w);
      DlmRect shown = draw_picture (cr, theme, (DlmRect) { x, box.y, w, box.height }, layer, title);
      double mid = shown.y + shown.height / 2;

      if (i + 1 < n)
        dlm_text_draw (cr, theme, DLM_TEXT_TITLE, NULL, x + w + plus_w / 2, mid, DLM_ANCHOR_CENTER, "+");
      else if (k > n)
        dlm_text_draw (cr, theme, DLM_TEXT_TITLE, NULL, x + w + plus_w / 4, mid, DLM_ANCHOR_WEST, "+ …");
    }
}

static void
render_spectral (DlmComplexTopic *self,
                 cairo_t         *cr,
                 const DlmTheme  *theme,
                 DlmRect          area)
{
  double gap = dlm_theme_px (theme, 24);
  DlmRect left = { area.x, area.y, area.width * 0.55, area.height };
  DlmRect right = { area.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  double facts = spectral_facts_height (cr, theme);
  double free_h = left.height - facts - 2 * gap;
  double natural = ((left.width - gap) / 2) * self->image->size1 / self->image->size2 + gap * 1.5;
  double tall = MIN (free_h * 0.58, natural);
  DlmRect pictures = { left.x, left.y, left.width, tall };
  guint k = MIN ((guint) self->rank, self->svd->rank);
  g_autofree char *t_orig = g_strdup_printf (_("Original, %u × %u"), (guint) self->image->size1,
                                             (guint) self->image->size2);
  g_autofree char *t_k = g_strdup_printf (_("Rank k = %u"), k);
  double y;

  draw_picture (cr, theme, dlm_rect_column (pictures, 2, 0, gap), self->image, t_orig);
  draw_picture (cr, theme, dlm_rect_column (pictures, 2, 1, gap), approximation (self), t_k);
  y = pictures.y + pictures.height + gap;
  draw_spectral_facts (self, cr, theme, (DlmRect) { left.x, y, left.width, facts }, k);
  y += facts + gap;
  draw_layers (self, cr, theme, (DlmRect) { left.x, y, left.width, left.y + left.height - y }, k);
  draw_spectrum (self, cr, theme, right);
}

/* ---- Lorenz view ---------------------------------------------------------- */

/* A point of the attractor on the screen plane: x–z as it is, or turned
 * by yaw about the vertical z axis and tilted by pitch about the screen's
 * horizontal, around the middle of the attractor's height. */
static void
project (DlmComplexTopic *self,
         const double    *p,
         double           z_mid,
         double          *sx,
         double          *sy)
{
  double cy, sy_, cp, sp, x1, y1, z;

  if (self->projection == DLM_COMPLEX_PROJECTION_XZ)
    {
      *sx = p[0];
      *sy = p[2];
      return;
    }
  cy = cos (self->yaw * DEG), sy_ = sin (self->yaw * DEG);
  cp = cos (self->pitch * DEG), sp = sin (self->pitch * DEG);
  x1 = p[0] * cy - p[1] * sy_;
  y1 = p[0] * sy_ + p[1] * cy;
  z = p[2] - z_mid;
  *sx = x1;
  *sy = z * cp - y1 * sp;
}

typedef struct {
  double *ax, *ay, *bx, *by;
  double  lo_x, hi_x, lo_y, hi_y;
} Projected;

static void
projected_clear (Projected *p)
{
  g_free (p->ax);
  g_free (p->ay);
  g_free (p->bx);
  g_free (p->by);
}

static Projected
project_run (DlmComplexTopic    *self,
             const DlmLorenzRun *run)
{
  Projected p = { g_new (double, run->n), g_new (double, run->n), g_new (double, run->n),
                  g_new (double, run->n), G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE };
  double z_lo = G_MAXDOUBLE, z_hi = -G_MAXDOUBLE;

  for (guint i = 0; i < run->n; i++)
    {
      z_lo = MIN (z_lo, MIN (run->a[3 * i + 2], run->b[3 * i + 2]));
      z_hi = MAX (z_hi, MAX (run->a[3 * i + 2], run->b[3 * i + 2]));
    }
  for (guint i = 0; i < run->n; i++)
    {
      project (self, run->a + 3 * i, (z_lo + z_hi) / 2, &p.ax[i], &p.ay[i]);
      project (self, run->b + 3 * i, (z_lo + z_hi) / 2, &p.bx[i], &p.by[i]);
      p.lo_x = MIN (p.lo_x, MIN (p.ax[i], p.bx[i]));
      p.hi_x = MAX (p.hi_x, MAX (p.ax[i], p.bx[i]));
      p.lo_y = MIN (p.lo_y, MIN (p.ay[i], p.by[i]));
      p.hi_y = MAX (p.hi_y, MAX (p.ay[i], p.by[i]));
    }
  return p;
}

/* Which way x, y and z point, in the lower left corner of the 3-D view. */
static void
draw_triad (DlmComplexTopic       *self,
            cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *g)
{
  double len = dlm_theme_px (theme, 28), ox = g->plot.x + len * 1.6, oy = g->plot.y + g->plot.height - len * 1.6;
  const char *names[] = { "x", "y", "z" };

  cairo_save (cr);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  dlm_theme_set_color (cr, &theme->muted);
  for (guint i = 0; i < 3; i++)
    {
      double unit[3] = { i == 0, i == 1, i == 2 }, sx, sy;

      project (self, unit, 0, &sx, &sy);
      cairo_move_to (cr, ox, oy);
      cairo_line_to (cr, ox + sx * len, oy - sy * len);
      cairo_stroke (cr);
      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, ox + sx * len * 1.3, oy - sy * len * 1.3,
                     DLM_ANCHOR_CENTER, names[i]);
    }
  cairo_restore (cr);
}

/* Draws the first @n points of a curve as the plot kit's dense lines
 * look (bevelled joins, fast antialiasing), leaving out points less than
 * half a pixel from the last one kept, and stroked in pieces of CHUNK
 * points: cairo turns a stroke into one polygon, and a curve of 20 000
 * points that crosses itself thousands of times costs many times more in
 * one piece than in short ones. The colour is opaque, so no seams show. */
static void
draw_thinned (cairo_t               *cr,
              const DlmTheme        *theme,
              const DlmAxesGeometry *g,
              const double          *x,
              const double          *y,
              guint                  from,
              guint                  n,
              const DlmStroke       *stroke)
{
  double last_px = 0, last_py = 0;
  guint in_piece = 0;

  cairo_save (cr);
  cairo_rectangle (cr, floor (g->plot.x), floor (g->plot.y), ceil (g->plot.width) + 1, ceil (g->plot.height) + 1);
  cairo_clip (cr);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width) * stroke->width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  dlm_theme_set_color (cr, stroke->color);
  for (guint i = from; i < n; i++)
    {
      double px = dlm_geometry_x_to_px (g, x[i]), py = dlm_geometry_y_to_px (g, y[i]);

      if (i > from && i + 1 < n && fabs (px - last_px) < 0.5 && fabs (py - last_py) < 0.5)
        continue;
      if (in_piece == CHUNK)
        {
          cairo_stroke (cr);
          cairo_move_to (cr, last_px, last_py);
          in_piece = 1;
        }
      if (in_piece == 0)
        cairo_move_to (cr, px, py);
      else
        cairo_line_to (cr, px, py);
      in_piece++;
      last_px = px;
      last_py = py;
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Whether the figure's pixels can be cached as an image: a uniform scale
 * (and any shift), on a surface that is not a vector format. */
static gboolean
trail_scale (cairo_t *cr,
             double  *scale)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_type_t type = cairo_surface_get_type (target);
  cairo_matrix_t m;
  double sx, sy;

  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_SVG || type == CAIRO_SURFACE_TYPE_PS ||
      m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.xx != m.yy || sx != sy)
    return FALSE;
  *scale = m.xx * sx;
  return TRUE;
}

/* The two trajectories up to point @m. An animation frame adds a few
 * points to the last one, so they are drawn onto a cached image of the
 * plot area, adding only the new points, and the image is painted; it
 * is drawn afresh when anything else changed or the animation went back.
 * A 20 000-point trail then costs one image paint per frame, not 40 000
 * stroked segments. Vector output draws the curves directly. */
static void
draw_trail (DlmComplexTopic       *self,
            cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *geometry,
            const Projected       *p,
            const DlmLorenzRun    *run,
            guint                  m,
            double                 wide,
            double                 thin)
{
  /* the first wider, under the second: both show while they coincide */
  DlmStroke sa = { &theme->series[0], wide, FALSE }, sb = { &theme->series[1], thin, FALSE };
  TrailKey key;
  const DlmRect *r = &key.geometry.plot;
  double ox, oy;
  guint from;
  cairo_t *tc;

  /* zeroed first: the key is compared byte by byte, padding included */
  memset (&key, 0, sizeof key);
  key.run = run;
  key.geometry = *geometry;
  key.theme = *theme;
  key.projection = self->projection;
  key.yaw = self->yaw;
  key.pitch = self->pitch;
  if (!trail_scale (cr, &key.scale))
    {
      draw_thinned (cr, theme, &key.geometry, p->ax, p->ay, 0, m + 1, &sa);
      draw_thinned (cr, theme, &key.geometry, p->bx, p->by, 0, m + 1, &sb);
      return;
    }
  /* whole device pixels, so that the image lands on the pixel grid */
  ox = floor (r->x * key.scale) / key.scale;
  oy = floor (r->y * key.scale) / key.scale;
  if (self->trail == NULL || memcmp (&key, &self->trail_key, sizeof key) != 0 || m < self->trail_drawn)
    {
      g_clear_pointer (&self->trail, cairo_surface_destroy);
      self->trail = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil ((r->width + 2) * key.scale) + 2,
                                                ceil ((r->height + 2) * key.scale) + 2);
      self->trail_key = key;
      self->trail_drawn = 0;
    }
  from = self->trail_drawn;
  tc = cairo_create (self->trail);
  cairo_scale (tc, key.scale, key.scale);
  cairo_translate (tc, -ox, -oy);
  draw_thinned (tc, theme, &key.geometry, p->ax, p->ay, from, m + 1, &sa);
  draw_thinned (tc, theme, &key.geometry, p->bx, p->by, from, m + 1, &sb);
  cairo_destroy (tc);
  self->trail_drawn = m;

  cairo_save (cr);
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, 1 / key.scale, 1 / key.scale);
  cairo_set_source_surface (cr, self->trail, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* Line widths (px) of the two curves that keep the attractor a readable
 * trajectory: a long run crosses its own path thousands of times, so a
 * width fixed by the theme (a projector's thick strokes) fills the plot
 * into a solid blob. The wide curve is sized so that its ink covers about
 * a third of the plot, never more than the theme's own width; the thin
 * one inside it is half as wide. */
static void
trail_widths (const DlmTheme        *theme,
              const DlmAxesGeometry *g,
              const Projected       *p,
              guint                  n,
              double                *wide,
              double                *thin)
{
  double length = 0, area = g->plot.width * g->plot.height;
  double most = dlm_theme_px (theme, theme->line_width) * 1.6, least = dlm_theme_px (theme, 1.8);

  for (guint i = 1; i < n; i++)
    length += hypot (dlm_geometry_x_to_px (g, p->ax[i]) - dlm_geometry_x_to_px (g, p->ax[i - 1]),
                     dlm_geometry_y_to_px (g, p->ay[i]) - dlm_geometry_y_to_px (g, p->ay[i - 1]));
  *wide = CLAMP (area / 3 / MAX (length, 1), least, most);
  *thin = MAX (*wide * 0.45, dlm_theme_px (theme, 0.7));
}

/* The 3-D view has no meaningful coordinates on the screen plane (they
 * change as it turns), so it gets no ticks and no axes, only a box with
 * equal units both ways for the curves and the triad of x, y and z. */
static DlmAxesGeometry
turned_geometry (DlmRect          rect,
                 const Projected *p)
{
  double pad_x = (p->hi_x - p->lo_x) * 0.04 + 1e-9, pad_y = (p->hi_y - p->lo_y) * 0.04 + 1e-9;
  double w = p->hi_x - p->lo_x + 2 * pad_x, h = p->hi_y - p->lo_y + 2 * pad_y;
  double unit = MIN (rect.width / w, rect.height / h);
  DlmAxesGeometry g = { { 0 }, { DLM_SCALE_LINEAR, p->lo_x - pad_x, p->hi_x + pad_x, 10 },
                        { DLM_SCALE_LINEAR, p->lo_y - pad_y, p->hi_y + pad_y, 10 }, TRUE };

  g.plot.width = w * unit;
  g.plot.height = h * unit;
  /* at the left, as the flat view's plot: the distance plot takes the
   * width it leaves */
  g.plot.x = rect.x;
  g.plot.y = rect.y + (rect.height - g.plot.height) / 2;
  return g;
}

/* Where the two runs are now, as the plot kit's markers look: a disc with
 * a ring of the background colour. */
static void
draw_now_markers (cairo_t               *cr,
                  const DlmTheme        *theme,
                  const DlmAxesGeometry *g,
                  const Projected       *p,
                  guint                  m)
{
  const double x[] = { p->ax[m], p->bx[m] }, y[] = { p->ay[m], p->by[m] }, radius[] = { 6, 4 };

  cairo_save (cr);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  for (guint i = 0; i < 2; i++)
    {
      double px = dlm_geometry_x_to_px (g, x[i]), py = dlm_geometry_y_to_px (g, y[i]);

      cairo_new_path (cr);
      cairo_arc (cr, px, py, dlm_theme_px (theme, radius[i]), 0, 2 * G_PI);
      dlm_layout_note_marker (cr, px, py, dlm_theme_px (theme, radius[i]));
      dlm_theme_set_color (cr, &theme->series[i]);
      cairo_fill_preserve (cr);
      dlm_theme_set_color (cr, &theme->background);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Draws the two runs in @g and returns nothing: the trail, the markers of
 * where they are now, and in 3-D the triad. */
static void
draw_runs (DlmComplexTopic       *self,
           cairo_t               *cr,
           const DlmTheme        *theme,
           const DlmAxesGeometry *g,
           const Projected       *p,
           const DlmLorenzRun    *run,
           guint                  m)
{
  double wide, thin, unit = dlm_theme_px (theme, theme->line_width);

  trail_widths (theme, g, p, run->n, &wide, &thin);
  self->widths[0] = wide;
  self->widths[1] = thin;
  draw_trail (self, cr, theme, g, p, run, m, wide / unit, thin / unit);
  draw_now_markers (cr, theme, g, p, m);
  self->panels[0] = *g;
  if (self->projection != DLM_COMPLEX_PROJECTION_XZ)
    draw_triad (self, cr, theme, g);
}

static void
draw_trajectories (DlmComplexTopic    *self,
                   cairo_t            *cr,
                   const DlmTheme     *theme,
                   DlmRect             rect,
                   const DlmLorenzRun *run,
                   guint               m)
{
  Projected p = project_run (self, run);

  if (self->projection == DLM_COMPLEX_PROJECTION_XZ)
    {
      g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
      double pad_x = (p.hi_x - p.lo_x) * 0.05 + 1e-9, pad_y = (p.hi_y - p.lo_y) * 0.05 + 1e-9;
      DlmAxesGeometry g;

      dlm_axes_set_x (axes, DLM_SCALE_LINEAR, p.lo_x - pad_x, p.hi_x + pad_x);
      /* z stays positive on the attractor: start the axis at 0 rather
       * than draw a zero line just above it */
      dlm_axes_set_y (axes, DLM_SCALE_LINEAR, p.lo_y >= 0 ? MAX (p.lo_y - pad_y, 0) : p.lo_y - pad_y,
                      p.hi_y + pad_y);
      dlm_axes_set_equal (axes, TRUE);
      dlm_axes_set_labels (axes, "x", "z");
      dlm_axes_set_title (axes, _("The two paths, seen along the y axis"));
      dlm_axes_draw_frame (axes);
      g = dlm_axes_get_geometry (axes);
      draw_runs (self, cr, theme, &g, &p, run, m);
    }
  else
    {
      g_autofree char *yaw = dlm_format_short (self->yaw, -1);
      g_autofree char *pitch = dlm_format_short (self->pitch, -1);
      g_autofree char *title = g_strdup_printf (_("The two paths in 3-D, turned %s°, tilted %s°"), yaw, pitch);
      double title_w, title_h, gap = dlm_theme_px (theme, 8);
      DlmAxesGeometry g;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, title, &title_w, &title_h);
      g = turned_geometry ((DlmRect) { rect.x, rect.y + title_h + gap, rect.width,
                                       rect.height - title_h - gap }, &p);
      /* over the plot, or as far right as the whole title needs */
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL,
                            rect.x + MAX (g.plot.width, MIN (title_w, rect.width)) / 2, g.plot.y - gap,
                            DLM_ANCHOR_SOUTH, rect.width, title);
      draw_runs (self, cr, theme, &g, &p, run, m);
    }
  projected_clear (&p);
}

static void
draw_distance (DlmComplexTopic    *self,
               cairo_t            *cr,
               const DlmTheme     *theme,
               DlmRect             rect,
               const DlmLorenzRun *run,
               guint               m)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke stroke = { &theme->series[2], 1.2, FALSE };
  double lo = G_MAXDOUBLE, hi = 0, x = run->t[m], y;
  g_autofree double *d = g_new (double, run->n);

  for (guint i = 0; i < run->n; i++)
    {
      /* two starts that met exactly have distance 0: not on a log axis */
      d[i] = MAX (run->distance[i], 1e-300);
      lo = MIN (lo, d[i]);
      hi = MAX (hi, d[i]);
    }
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, run->t[run->n - 1]);
  dlm_axes_set_y (axes, DLM_SCALE_LOG, MAX (lo, hi * 1e-30) / 3, hi * 3);
  dlm_axes_set_labels (axes, _("time t"), _("distance (log scale)"));
  dlm_axes_set_title (axes, _("How far apart the two are"));
  dlm_axes_draw_frame (axes);
  {
    DlmAxesGeometry g = dlm_axes_get_geometry (axes);
    draw_thinned (cr, theme, &g, run->t, d, 0, m + 1, &stroke);
  }
  y = d[m];
  dlm_axes_points (axes, &x, &y, 1, &theme->highlight, 5);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

/* The legend of the two curves: where each starts. */
static char *
start_label (DlmComplexTopic *self,
             guint            which)
{
  g_autofree char *x = dlm_format_short (self->start_xyz[0], -1);
  g_autofree char *y = dlm_format_short (self->start_xyz[1], -1);
  g_autofree char *z = dlm_format_short (self->start_xyz[2], -1);

  if (which == 0)
    return g_strdup_printf (_("wide line: from (%s, %s, %s)"), x, y, z);
  return g_strdup_printf (_("thin line: from (%s + ε, %s, %s)"), x, y, z);
}

/* One legend row under a panel: a swatch (a line @width px wide, or a
 * disc when @width is 0) in @color, then @text in the text colour, which
 * keeps its contrast whatever the series colour. */
static void
draw_key (cairo_t        *cr,
          const DlmTheme *theme,
          double          x,
          double          y,
          double          room,
          const DlmColor *color,
          double          width,
          const char     *text)
{
  double swatch = dlm_theme_px (theme, 28), gap = dlm_theme_px (theme, 8);

  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  if (width > 0)
    {
      cairo_set_line_width (cr, width);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_move_to (cr, x + width / 2, y);
      cairo_line_to (cr, x + swatch - width / 2, y);
      cairo_stroke (cr);
    }
  else
    {
      cairo_arc (cr, x + swatch / 2, y, dlm_theme_px (theme, 5), 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, NULL, x + swatch + gap, y, DLM_ANCHOR_WEST,
                        room - swatch - gap, text);
}

static void
render_lorenz (DlmComplexTopic *self,
               cairo_t         *cr,
               const DlmTheme  *theme,
               DlmRect          area)
{
  const DlmLorenzRun *run = shown_run (self);
  double gap = dlm_theme_px (theme, 24);
  DlmRect left = { area.x, area.y, area.width * 0.55, area.height };
  DlmRect right = { area.x + left.width + gap, area.y, area.width - left.width - gap, area.height };
  guint m;
  double line, wide, thin;
  g_autofree char *t = NULL, *d = NULL, *facts = NULL;

  if (run == NULL)
    {
      dlm_figure_notice (cr, theme, area.x * 2 + area.width,
                         self->lorenz != NULL
                         ? _("The solution runs off to infinity: try other coefficients or a smaller t-end.")
                         : _("Integrating the trajectories…"));
      return;
    }
  m = shown_index (self, run);
  t = fmt (run->t[m]);
  d = fmt_sci (run->distance[m]);
  facts = g_strdup_printf (_("now: t = %s, distance = %s"), t, d);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Xg", NULL, &line);
  line *= 1.5;
  /* the key of the two curves under their own panel, the key of the
   * marker under the distance plot */
  draw_trajectories (self, cr, theme, (DlmRect) { left.x, left.y, left.width, left.height - 2 * line },
                     run, m);
  /* the attractor keeps equal units both ways, so it is often narrower
   * than its half: the distance plot gets what it leaves */
  right.x = MAX (self->panels[0].plot.x + self->panels[0].plot.width + gap * 1.5, area.x + area.width * 0.35);
  right.width = area.x + area.width - right.x;
  draw_distance (self, cr, theme, (DlmRect) { right.x, right.y, right.width, right.height - 2 * line },
                 run, m);
  wide = self->widths[0];
  thin = self->widths[1];
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *label = start_label (self, i);

      draw_key (cr, theme, left.x, left.y + left.height - line * (1.5 - i), right.x - gap - left.x,
                &theme->series[i], i == 0 ? wide : thin, label);
    }
  draw_key (cr, theme, right.x, right.y + right.height - line * 1.5, right.width, &theme->highlight, 0, facts);
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
    render_spectral (self, cr, theme, area);
  else
    render_lorenz (self, cr, theme, area);
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
  const DlmLorenzRun *run = shown_run (self);

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
  for (guint i = 0, m = shown_index (self, run); i <= m; i++)
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
  const DlmLorenzRun *run = shown_run (self);

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);

      dlm_summary_add_number (out, "rank", k);
      dlm_summary_add_number (out, "energy_kept", dlm_svd_energy_kept (self->svd, k));
      dlm_summary_add_number (out, "frobenius_error",
                              dlm_svd_frobenius_distance (self->image, approximation (self)));
      return;
    }
  if (run == NULL)
    return;
  dlm_summary_add_number (out, "t", run->t[shown_index (self, run)]);
  dlm_summary_add_number (out, "final_distance", run->distance[shown_index (self, run)]);
}

/* ---- words ---------------------------------------------------------------- */

static char *
dlm_complex_topic_describe (DlmTopic *topic)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const DlmLorenzRun *run = shown_run (self);

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL)
    {
      guint k = MIN ((guint) self->rank, self->svd->rank);
      g_autofree char *e = dlm_format_fixed (100 * dlm_svd_energy_kept (self->svd, k), 2);

      return g_strdup_printf (_("A grayscale picture of %u × %u pixels beside its rank-%u "
                                "approximation, the sum of its first %u singular layers, which "
                                "keeps %s %% of the energy. A log-scale plot shows all %u singular "
                                "values, largest first, with the first %u highlighted."),
                              self->svd->rows, self->svd->cols, k, k, e, self->svd->rank, k);
    }
  if (run == NULL)
    return g_strdup (_("The trajectories are being integrated."));
  {
    guint m = shown_index (self, run);
    g_autofree char *t = fmt (run->t[m]);
    g_autofree char *d0 = fmt_sci (run->distance[0]);
    g_autofree char *d = fmt_sci (run->distance[m]);

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
  g_autofree char *st = fmt (s);
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
  g_autofree char *x = fmt (xyz[0]);
  g_autofree char *y = fmt (xyz[1]);
  g_autofree char *z = fmt (xyz[2]);

  return g_strdup_printf ("(%s, %s, %s)", x, y, z);
}

static gboolean
dlm_complex_topic_probe (DlmTopic *topic,
                         double    x,
                         double    y,
                         DlmProbe *probe)
{
  DlmComplexTopic *self = DLM_COMPLEX_TOPIC (topic);
  const DlmLorenzRun *run = shown_run (self);

  if (self->view == DLM_COMPLEX_VIEW_SPECTRAL && dlm_geometry_contains (&self->panels[0], x, y))
    {
      guint i = (guint) CLAMP (round (dlm_geometry_px_to_x (&self->panels[0], x)), 1, self->svd->rank);

      singular_value_point (self, i, probe);
      return TRUE;
    }
  if (self->view == DLM_COMPLEX_VIEW_LORENZ && run != NULL &&
      dlm_geometry_contains (&self->panels[1], x, y))
    {
      double t = CLAMP (dlm_geometry_px_to_x (&self->panels[1], x), 0, run->t[shown_index (self, run)]);
      guint i = MIN ((guint) round (t / self->lorenz->setup.dt), run->n - 1);
      g_autofree char *tt = fmt (run->t[i]);
      g_autofree char *d = fmt_sci (run->distance[i]);
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
  return self->panels[1].valid && shown_run (self) != NULL ? DLM_TOPIC_CURVE_SAMPLES : 0;
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
