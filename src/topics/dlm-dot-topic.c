/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <string.h>

#include "dlm-dot.h"
#include "dlm-dot-private.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (gsl_vector, gsl_vector_free)

/* The sum is written term by term up to this many terms. */
#define TERMS_LIMIT 6
/* How near (px) a press must be to an arrow's tip to pick it up. */
#define GRAB_RADIUS 24

G_DEFINE_ENUM_TYPE (DlmDotMode, dlm_dot_mode,
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_VECTOR, "vector"),
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_MATRIX, "matrix"),
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_GEOMETRY, "geometry"),
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_CONVOLUTION, "convolution"))

G_DEFINE_FINAL_TYPE (DlmDotTopic, dlm_dot_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_MODE,
  PROP_V,
  PROP_W,
  PROP_A,
  PROP_B,
  PROP_P,
  PROP_Q,
  PROP_STEP,
  PROP_SIGNAL,
  PROP_KERNEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- numbers ------------------------------------------------------------ */

const double *
dlm_dot_values_of (GArray *array)
{
  return (const double *) array->data;
}

double
dlm_dot_value_at (GArray *array,
                  guint   i)
{
  return g_array_index (array, double, i);
}

double
dlm_dot_of (const double *x,
            const double *y,
            gsize         n)
{
  gsl_vector_const_view xv = gsl_vector_const_view_array (x, n);
  gsl_vector_const_view yv = gsl_vector_const_view_array (y, n);
  double result = 0;

  gsl_blas_ddot (&xv.vector, &yv.vector, &result);
  return result;
}

static double
norm_of (const double *x,
         gsize         n)
{
  gsl_vector_const_view xv = gsl_vector_const_view_array (x, n);

  return gsl_blas_dnrm2 (&xv.vector);
}

/* The angle between two non-zero vectors by Kahan's formula,
 * 2 atan2(|x̂ − ŷ|, |x̂ + ŷ|) on the unit vectors: exact at 0° and 180°,
 * where acos of a rounded cosine is not. */
static double
angle_of (const double *x,
          const double *y,
          gsize         n,
          double        norm_x,
          double        norm_y)
{
  gsl_vector_const_view xv = gsl_vector_const_view_array (x, n);
  gsl_vector_const_view yv = gsl_vector_const_view_array (y, n);
  g_autoptr(gsl_vector) diff = gsl_vector_alloc (n), sum = gsl_vector_alloc (n);
  g_autoptr(gsl_vector) unit_y = gsl_vector_alloc (n);
  double d, s;

  gsl_vector_memcpy (diff, &xv.vector);
  gsl_vector_scale (diff, 1 / norm_x);
  gsl_vector_memcpy (sum, diff);
  gsl_vector_memcpy (unit_y, &yv.vector);
  gsl_vector_scale (unit_y, 1 / norm_y);
  gsl_vector_sub (diff, unit_y);
  gsl_vector_add (sum, unit_y);
  d = gsl_blas_dnrm2 (diff);
  s = gsl_blas_dnrm2 (sum);
  return 2 * atan2 (d, s) * 180 / M_PI;
}

DlmDotFacts
dlm_dot_facts (const double *x,
               const double *y,
               gsize         n)
{
  DlmDotFacts f = { dlm_dot_of (x, y, n), norm_of (x, n), norm_of (y, n), NAN, NAN };

  if (f.norm_x > 0 && f.norm_y > 0)
    {
      f.cosine = CLAMP (f.dot / (f.norm_x * f.norm_y), -1, 1);
      f.angle = angle_of (x, y, n, f.norm_x, f.norm_y);
    }
  return f;
}

/* Pearson's r: NaN for fewer than two pairs or a constant vector. */
double
dlm_dot_correlation (const double *x,
                     const double *y,
                     gsize         n)
{
  if (n < 2 || gsl_stats_variance (x, 1, n) == 0 || gsl_stats_variance (y, 1, n) == 0)
    return NAN;
  return gsl_stats_correlation (x, 1, y, 1, n);
}

/* A matrix's entries as one vector (parsed matrices are contiguous). */
_gsl_vector_const_view
dlm_dot_entries (const gsl_matrix *m)
{
  g_assert (m->tda == m->size2);
  return gsl_vector_const_view_array (m->data, m->size1 * m->size2);
}

gboolean
dlm_dot_vectors_match (DlmDotTopic *self)
{
  return self->v->len == self->w->len;
}

gboolean
dlm_dot_matrices_match (DlmDotTopic *self)
{
  return self->a->size1 == self->b->size1 && self->a->size2 == self->b->size2;
}

double
dlm_dot_frobenius (DlmDotTopic *self)
{
  gsl_vector_const_view av = dlm_dot_entries (self->a), bv = dlm_dot_entries (self->b);
  double result = 0;

  gsl_blas_ddot (&av.vector, &bv.vector, &result);
  return result;
}

/* Orthogonal, up to rounding in the last digits. */
gboolean
dlm_dot_is_orthogonal (const DlmDotFacts *f)
{
  return fabs (f->dot) <= 1e-12 * f->norm_x * f->norm_y;
}

guint
dlm_dot_topic_get_n_pairs (DlmDotTopic *self)
{
  g_return_val_if_fail (DLM_IS_DOT_TOPIC (self), 0);

  return MIN (self->v->len, self->w->len);
}

guint
dlm_dot_topic_get_n_steps (DlmDotTopic *self)
{
  g_return_val_if_fail (DLM_IS_DOT_TOPIC (self), 0);

  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    return dlm_dot_conv_n_outputs (self);
  if (self->mode == DLM_DOT_MODE_VECTOR)
    return dlm_dot_topic_get_n_pairs (self);
  return 0;
}

/* The pairs (or the kernel's positions) play a step a second up to this
 * many, then this long in all, however long the vectors are. */
#define ANIMATION_SECONDS 10.0

static gboolean
dlm_dot_topic_get_animation (DlmTopic     *topic,
                             DlmAnimation *animation)
{
  double end = dlm_dot_topic_get_n_steps (DLM_DOT_TOPIC (topic));

  *animation = (DlmAnimation) { "step", end, MIN (end, ANIMATION_SECONDS), TRUE };
  return end > 0;
}

guint
dlm_dot_shown_pairs (DlmDotTopic *self)
{
  return MIN ((guint) self->step, dlm_dot_topic_get_n_pairs (self));
}

/* Short labels: "−5", "0.2774", "169 108", "1.2 × 10¹⁵"; rounding noise is
 * 0. Big numbers are written out in full, grouped by thousands as the
 * axes group them; figures never show e notation: what %.4g would write
 * with an exponent is written in powers of ten. */
char *
dlm_dot_label (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *text;

  if (isnan (value))
    return g_strdup ("NaN");
  if (fabs (value) < 5e-13)
    return g_strdup ("0");
  if (fabs (value) >= 1e4 && fabs (value) < 1e12)
    return dlm_format_integer (value);
  text = g_ascii_formatd (buf, sizeof buf, "%.4g", value);
  if (strchr (text, 'e') != NULL)
    return dlm_format_short (value, 4);
  if (text[0] == '-')
    return g_strconcat ("−", text + 1, NULL);
  return g_strdup (text);
}

/* "2" or "(−6)": a factor as it is written inside a product. */
char *
dlm_dot_factor_text (double value)
{
  g_autofree char *t = dlm_dot_label (value);

  return value < 0 ? g_strdup_printf ("(%s)", t) : g_steal_pointer (&t);
}

/* "1×2 + 0×8 + 2×(−6)" for the first @n pairs, or NULL when too long.
 * Numbers are multiplied with ×, as in every figure; the dot is kept for
 * the dot product itself (v · w). */
char *
dlm_dot_terms_text (const double *x,
                    const double *y,
                    guint         n)
{
  GString *out;

  if (n > TERMS_LIMIT)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *a = dlm_dot_factor_text (x[i]), *b = dlm_dot_factor_text (y[i]);

      g_string_append_printf (out, "%s%s×%s", i > 0 ? " + " : "", a, b);
    }
  return g_string_free (out, FALSE);
}

static void
dlm_dot_topic_render (DlmTopic       *topic,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      double          width,
                      double          height)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);
  static const char *titles[] = {
    N_("The dot product: multiply pair by pair, then add"),
    N_("Two matrices: the Frobenius inner product"),
    N_("The dot product in the plane: |p| |q| cos θ"),
    N_("A kernel sliding over a signal: one dot product per step"),
  };
  DlmRect area = dlm_figure_begin (cr, theme, width, height, _(titles[self->mode]));

  self->bars.valid = self->plane.valid = self->grid_valid = FALSE;
  self->signal_axes.valid = self->output_axes.valid = FALSE;
  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    dlm_dot_render_convolution (self, cr, theme, area);
  else if (self->mode == DLM_DOT_MODE_MATRIX)
    dlm_dot_render_matrix (self, cr, theme, area);
  else if (self->mode == DLM_DOT_MODE_GEOMETRY)
    dlm_dot_render_geometry (self, cr, theme, area);
  else
    dlm_dot_render_vector (self, cr, theme, area);
}

/* ---- words --------------------------------------------------------------- */

static void
append_optional (GString *out,
                 GArray  *values,
                 guint    i)
{
  if (i < values->len)
    dlm_format_number (out, dlm_dot_value_at (values, i));
  g_string_append_c (out, ',');
}

static void
write_vector_csv (DlmDotTopic *self,
                  GString     *out)
{
  guint n = MAX (self->v->len, self->w->len), pairs = dlm_dot_topic_get_n_pairs (self);

  g_string_append (out, "index,i,v,w,product,cumulative\n");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out, "%u,%u,", i, i + 1);
      append_optional (out, self->v, i);
      append_optional (out, self->w, i);
      if (i < pairs && dlm_dot_vectors_match (self))
        {
          dlm_format_number (out, dlm_dot_value_at (self->v, i) * dlm_dot_value_at (self->w, i));
          g_string_append_c (out, ',');
          dlm_format_number (out, dlm_dot_of (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), i + 1));
        }
      else if (i < pairs)
        {
          dlm_format_number (out, dlm_dot_value_at (self->v, i) * dlm_dot_value_at (self->w, i));
          g_string_append_c (out, ',');
        }
      else
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
    }
}

static void
write_geometry_csv (DlmDotTopic *self,
                    GString     *out)
{
  double p[2], q[2];
  DlmDotFacts f;
  const char *names[] = { "p", "q", "projection" };
  double rows[3][2];

  dlm_dot_vec2 (self->p, p);
  dlm_dot_vec2 (self->q, q);
  f = dlm_dot_facts (p, q, 2);
  memcpy (rows[0], p, sizeof p);
  memcpy (rows[1], q, sizeof q);
  g_string_append (out, "index,vector,x,y,length\n");
  for (guint k = 0; k < (f.norm_y > 0 ? 3u : 2u); k++)
    {
      if (k == 2)
        {
          double c = f.dot / (f.norm_y * f.norm_y);
          rows[2][0] = c * q[0];
          rows[2][1] = c * q[1];
        }
      g_string_append_printf (out, "%u,%s,", k, names[k]);
      dlm_format_number (out, rows[k][0]);
      g_string_append_c (out, ',');
      dlm_format_number (out, rows[k][1]);
      g_string_append_c (out, ',');
      dlm_format_number (out, norm_of (rows[k], 2));
      g_string_append_c (out, '\n');
    }
}

static void
dlm_dot_topic_write_csv (DlmTopic *topic,
                         GString  *out)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    dlm_dot_conv_write_csv (self, out);
  else if (self->mode == DLM_DOT_MODE_MATRIX)
    dlm_dot_matrix_write_csv (self, out);
  else if (self->mode == DLM_DOT_MODE_GEOMETRY)
    write_geometry_csv (self, out);
  else
    write_vector_csv (self, out);
}

/* The keys of one pair's facts: each view names its own pair, so a key
 * means one quantity whatever the view (dot is v · w, p_dot_q is p · q). */
typedef struct {
  const char *dot, *norm_x, *norm_y, *cosine, *angle;
} FactKeys;

static const FactKeys vector_keys = { "dot", "norm_v", "norm_w", "cosine", "angle_degrees" };
static const FactKeys plane_keys = { "p_dot_q", "norm_p", "norm_q", "cosine_pq", "angle_pq_degrees" };

/* The dot product, the norms, and the cosine and angle when defined. */
static void
add_facts (GString           *out,
           const DlmDotFacts *f,
           const FactKeys    *keys)
{
  dlm_summary_add_number (out, keys->dot, f->dot);
  dlm_summary_add_number (out, keys->norm_x, f->norm_x);
  dlm_summary_add_number (out, keys->norm_y, f->norm_y);
  if (!isnan (f->cosine))
    {
      dlm_summary_add_number (out, keys->cosine, f->cosine);
      dlm_summary_add_number (out, keys->angle, f->angle);
    }
}

static void
write_vector_summary (DlmDotTopic *self,
                      GString     *out)
{
  guint n = self->v->len, shown = dlm_dot_shown_pairs (self);
  DlmDotFacts f;
  double r;

  dlm_summary_add_number (out, "n_v", self->v->len);
  dlm_summary_add_number (out, "n_w", self->w->len);
  dlm_summary_add_number (out, "mismatch", !dlm_dot_vectors_match (self));
  if (!dlm_dot_vectors_match (self))
    return;
  f = dlm_dot_facts (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), n);
  add_facts (out, &f, &vector_keys);
  r = dlm_dot_correlation (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), n);
  if (!isnan (r))
    dlm_summary_add_number (out, "correlation", r);
  dlm_summary_add_number (out, "shown", shown);
  dlm_summary_add_number (out, "partial_sum",
                          shown > 0 ? dlm_dot_of (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), shown) : 0);
}

static void
write_geometry_summary (DlmDotTopic *self,
                        GString     *out)
{
  double p[2], q[2];
  DlmDotFacts f;

  dlm_dot_vec2 (self->p, p);
  dlm_dot_vec2 (self->q, q);
  f = dlm_dot_facts (p, q, 2);
  add_facts (out, &f, &plane_keys);
  if (f.norm_y > 0)
    dlm_summary_add_number (out, "projection", f.dot / f.norm_y);
  dlm_summary_add_number (out, "p_dot_p", dlm_dot_of (p, p, 2));
  dlm_summary_add_number (out, "orthogonal", !isnan (f.angle) && dlm_dot_is_orthogonal (&f));
}

static void
dlm_dot_topic_write_summary (DlmTopic *topic,
                             GString  *out)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);
  g_autoptr(GEnumClass) modes = g_type_class_ref (DLM_TYPE_DOT_MODE);

  dlm_summary_add_string (out, "mode", g_enum_get_value (modes, self->mode)->value_nick);
  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    dlm_dot_conv_write_summary (self, out);
  else if (self->mode == DLM_DOT_MODE_MATRIX)
    dlm_dot_matrix_write_summary (self, out);
  else if (self->mode == DLM_DOT_MODE_GEOMETRY)
    write_geometry_summary (self, out);
  else
    write_vector_summary (self, out);
}

static char *
describe_vector (DlmDotTopic *self)
{
  guint n = self->v->len, shown = dlm_dot_shown_pairs (self);
  g_autofree char *dot = NULL, *partial = NULL;

  if (!dlm_dot_vectors_match (self))
    return g_strdup_printf (_("v has %u numbers and w has %u. The pairs they share are drawn, the "
                              "numbers without a partner are marked with a question mark, and no dot "
                              "product is given: it needs two vectors of the same length."),
                            self->v->len, self->w->len);
  dot = dlm_dot_label (dlm_dot_of (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), n));
  partial = dlm_dot_label (shown > 0 ? dlm_dot_of (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), shown) : 0);
  return g_strdup_printf (_("A table of v and w, %u numbers each, with each pair's product below it "
                            "and as a bar. A line adds the products up from left to right: after %u "
                            "of them the sum is %s, and the dot product of all %u is %s."),
                          n, shown, partial, n, dot);
}

static char *
describe_geometry (DlmDotTopic *self)
{
  double p[2], q[2];
  DlmDotFacts f;
  g_autofree char *px = NULL, *py = NULL, *qx = NULL, *qy = NULL, *dot = NULL;

  dlm_dot_vec2 (self->p, p);
  dlm_dot_vec2 (self->q, q);
  f = dlm_dot_facts (p, q, 2);
  px = dlm_dot_label (p[0]), py = dlm_dot_label (p[1]);
  qx = dlm_dot_label (q[0]), qy = dlm_dot_label (q[1]);
  dot = dlm_dot_label (f.dot);
  return g_strdup_printf (_("Two arrows from the origin: p to (%s, %s) and q to (%s, %s). Their dot "
                            "product is %s; the angle between them is %s. The shadow of p on the "
                            "line of q is drawn as an arrow alongside q."),
                          px, py, qx, qy, dot, dlm_dot_sign_words (&f));
}

static char *
dlm_dot_topic_describe (DlmTopic *topic)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    return dlm_dot_conv_describe (self);
  if (self->mode == DLM_DOT_MODE_MATRIX)
    return dlm_dot_matrix_describe (self);
  if (self->mode == DLM_DOT_MODE_GEOMETRY)
    return describe_geometry (self);
  return describe_vector (self);
}

static char *
dlm_dot_topic_formula (DlmTopic *topic)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    return dlm_dot_conv_formula (self);
  if (self->mode == DLM_DOT_MODE_MATRIX)
    return g_strdup ("⟨A, B⟩<sub>F</sub> = Σ<sub>i,j</sub> a<sub>ij</sub> b<sub>ij</sub>");
  if (self->mode == DLM_DOT_MODE_GEOMETRY)
    return g_strdup ("p · q = p<sub>1</sub>q<sub>1</sub> + p<sub>2</sub>q<sub>2</sub> = |p| |q| cos θ");
  return g_strdup ("v · w = ⟨v, w⟩ = v<sup>T</sup>w = Σ<sub>i</sub> v<sub>i</sub> w<sub>i</sub>");
}

static char *
dlm_dot_topic_explanation (DlmTopic *topic)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    return dlm_dot_conv_explanation (self);
  if (self->mode == DLM_DOT_MODE_MATRIX)
    return g_strdup (_("Two matrices of the same shape are multiplied entry by entry (the "
                       "Hadamard product A ∘ B) and the products are added: it is the dot product "
                       "of the two matrices read as long vectors. Matrices of different shapes are "
                       "shown side by side, with no number."));
  if (self->mode == DLM_DOT_MODE_GEOMETRY)
    return g_strdup (_("In the plane the dot product measures how much two arrows point the same "
                       "way: positive for an angle below 90°, 0 at a right angle, negative beyond. "
                       "Divided by both lengths it is cos θ, the cosine similarity. A vector with "
                       "itself gives its squared length."));
  return g_strdup (_("Multiply the numbers of v and w in pairs and add the products: the result is "
                     "one number, a scalar. Vectors of different lengths have no dot product: the "
                     "figure shows the numbers left without a partner and gives no result. The "
                     "correlation r is the dot product of v and w after each is centered on its "
                     "mean and scaled to length 1."));
}

/* ---- pointer ------------------------------------------------------------- */

static gboolean
probe_vector (DlmDotTopic *self,
              double       x,
              DlmProbe    *probe)
{
  const DlmAxesGeometry *g = &self->bars;
  double i = round (dlm_geometry_px_to_x (g, x));
  guint k;
  g_autofree char *v = NULL, *w = NULL, *prod = NULL, *sum = NULL;

  if (i < 0 || i >= dlm_dot_topic_get_n_pairs (self))
    return FALSE;
  k = (guint) i;
  v = dlm_dot_label (dlm_dot_value_at (self->v, k));
  w = dlm_dot_label (dlm_dot_value_at (self->w, k));
  prod = dlm_dot_label (dlm_dot_value_at (self->v, k) * dlm_dot_value_at (self->w, k));
  sum = dlm_dot_label (dlm_dot_of (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), k + 1));
  probe->x = dlm_geometry_x_to_px (g, k);
  probe->y = dlm_geometry_y_to_px (g, dlm_dot_value_at (self->v, k) * dlm_dot_value_at (self->w, k));
  probe->text = dlm_dot_vectors_match (self)
    ? g_strdup_printf (_("v%u = %s, w%u = %s: product %s, running sum %s"), k + 1, v, k + 1, w, prod, sum)
    : g_strdup_printf (_("v%u = %s, w%u = %s: product %s"), k + 1, v, k + 1, w, prod);
  return TRUE;
}

/* The arrow whose tip is nearest the press, within GRAB_RADIUS px, or -1;
 * p wins a tie, being drawn on top. */
static int
arrow_at (DlmDotTopic *self,
          double       x,
          double       y)
{
  const DlmAxesGeometry *g = &self->plane;
  GArray *arrows[] = { self->p, self->q };
  int best = -1;
  double best_d = GRAB_RADIUS;

  for (int k = 0; k < 2; k++)
    {
      double d = hypot (dlm_geometry_x_to_px (g, dlm_dot_value_at (arrows[k], 0)) - x,
                        dlm_geometry_y_to_px (g, dlm_dot_value_at (arrows[k], 1)) - y);
      if (d <= best_d && (best < 0 || d < best_d))
        best = k, best_d = d;
    }
  return best;
}

/* Near an arrow's tip: that arrow, with its length; elsewhere the point. */
static gboolean
probe_plane (DlmDotTopic *self,
             double       x,
             double       y,
             DlmProbe    *probe)
{
  const DlmAxesGeometry *g = &self->plane;
  int k = arrow_at (self, x, y);
  GArray *arrow = k == 0 ? self->p : self->q;
  double px = dlm_geometry_px_to_x (g, x);
  double py = dlm_scale_from_unit (&g->y, 1 - (y - g->plot.y) / g->plot.height);
  g_autofree char *xt = NULL, *yt = NULL, *len = NULL;

  if (k < 0)
    {
      xt = dlm_dot_label (round (px * 10) / 10);
      yt = dlm_dot_label (round (py * 10) / 10);
      probe->x = x;
      probe->y = y;
      probe->text = g_strdup_printf ("(%s, %s)", xt, yt);
      return TRUE;
    }
  xt = dlm_dot_label (dlm_dot_value_at (arrow, 0));
  yt = dlm_dot_label (dlm_dot_value_at (arrow, 1));
  len = dlm_dot_label (norm_of (dlm_dot_values_of (arrow), 2));
  probe->x = dlm_geometry_x_to_px (g, dlm_dot_value_at (arrow, 0));
  probe->y = dlm_geometry_y_to_px (g, dlm_dot_value_at (arrow, 1));
  probe->text = g_strdup_printf (_("%s = (%s, %s), length %s"), k == 0 ? "p" : "q", xt, yt, len);
  return TRUE;
}

static gboolean
dlm_dot_topic_probe (DlmTopic *topic,
                     double    x,
                     double    y,
                     DlmProbe *probe)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (self->mode == DLM_DOT_MODE_VECTOR && dlm_geometry_contains (&self->bars, x, y))
    return probe_vector (self, x, probe);
  if (self->mode == DLM_DOT_MODE_GEOMETRY && dlm_geometry_contains (&self->plane, x, y))
    return probe_plane (self, x, y, probe);
  if (self->mode == DLM_DOT_MODE_CONVOLUTION)
    return dlm_dot_conv_probe (self, x, y, probe);
  return FALSE;
}

/* The cursor visits the pairs (vector mode), the cells of A ∘ B or of A
 * (matrix mode, one matrix row a row) or the tips of p and q. */
static guint
dlm_dot_topic_count_points (DlmTopic *topic,
                            guint    *row_length)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  switch (self->mode)
    {
    case DLM_DOT_MODE_MATRIX:
      *row_length = self->a->size2;
      return self->grid_valid ? self->a->size1 * self->a->size2 : 0;
    case DLM_DOT_MODE_GEOMETRY:
      return self->plane.valid ? 2 : 0;
    case DLM_DOT_MODE_CONVOLUTION:
      *row_length = 0;
      return self->output_axes.valid ? dlm_dot_conv_shown (self) : 0;
    case DLM_DOT_MODE_VECTOR:
    default:
      return self->bars.valid ? dlm_dot_topic_get_n_pairs (self) : 0;
    }
}

static void
cell_point (DlmDotTopic *self,
            guint        index,
            DlmProbe    *point)
{
  guint i = index / self->a->size2, j = index % self->a->size2;
  double a = gsl_matrix_get (self->a, i, j);
  g_autofree char *at = dlm_dot_label (a);

  point->x = self->grid_x + (j + 0.5) * self->grid_cell;
  point->y = self->grid_y + (i + 0.5) * self->grid_cell;
  if (dlm_dot_matrices_match (self))
    {
      double b = gsl_matrix_get (self->b, i, j);
      g_autofree char *bt = dlm_dot_label (b), *pt = dlm_dot_label (a * b);

      /* TRANSLATORS: "row 1, column 2: a = 3, b = 2, product 6" */
      point->text = g_strdup_printf (_("row %u, column %u: a = %s, b = %s, product %s"),
                                     i + 1, j + 1, at, bt, pt);
    }
  else
    point->text = g_strdup_printf (_("A, row %u, column %u: %s"), i + 1, j + 1, at);
}

static gboolean
dlm_dot_topic_get_point (DlmTopic *topic,
                         guint     index,
                         DlmProbe *point)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);
  const DlmAxesGeometry *g = self->mode == DLM_DOT_MODE_VECTOR ? &self->bars : &self->plane;
  GArray *arrow = index == 0 ? self->p : self->q;

  switch (self->mode)
    {
    case DLM_DOT_MODE_MATRIX:
      cell_point (self, index, point);
      return TRUE;
    case DLM_DOT_MODE_GEOMETRY:
      return probe_plane (self, dlm_geometry_x_to_px (g, dlm_dot_value_at (arrow, 0)),
                          dlm_geometry_y_to_px (g, dlm_dot_value_at (arrow, 1)), point);
    case DLM_DOT_MODE_CONVOLUTION:
      return dlm_dot_conv_get_point (self, index, point);
    case DLM_DOT_MODE_VECTOR:
    default:
      return probe_vector (self, dlm_geometry_x_to_px (g, index), point);
    }
}

/* The plane position under the pointer, on a 0.1 grid, kept in view. */
static void
drag_point (DlmDotTopic *self,
            double       x,
            double       y,
            double       out[2])
{
  const DlmAxesGeometry *g = &self->drag_geometry;
  double e = g->x.max;

  out[0] = round (dlm_geometry_px_to_x (g, x) * 10) / 10;
  out[1] = round (dlm_scale_from_unit (&g->y, 1 - (y - g->plot.y) / g->plot.height) * 10) / 10;
  out[0] = CLAMP (out[0], -e, e);
  out[1] = CLAMP (out[1], -e, e);
}

static char **
drag_assignment (DlmDotTopic *self,
                 double       x,
                 double       y)
{
  double point[2];
  char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];
  char **assignments = g_new0 (char *, 2);

  drag_point (self, x, y, point);
  g_ascii_formatd (bx, sizeof bx, "%.10g", point[0] == 0 ? 0 : point[0]);
  g_ascii_formatd (by, sizeof by, "%.10g", point[1] == 0 ? 0 : point[1]);
  assignments[0] = g_strdup_printf ("%s=%s, %s", self->drag_arrow == 0 ? "p" : "q", bx, by);
  return assignments;
}

/* A press on the tip of p or q picks that arrow up; moving the pointer
 * then moves the tip. */
static gboolean
dlm_dot_topic_drag (DlmTopic     *topic,
                    DlmDragPhase  phase,
                    double        x,
                    double        y,
                    GStrv        *assignments)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (phase == DLM_DRAG_BEGIN)
    {
      self->drag_arrow = -1;
      if (self->mode != DLM_DOT_MODE_GEOMETRY || !self->plane.valid)
        return FALSE;
      self->drag_arrow = arrow_at (self, x, y);
      self->drag_geometry = self->plane;
      return self->drag_arrow >= 0;
    }
  if (self->drag_arrow < 0)
    return FALSE;
  *assignments = drag_assignment (self, x, y);
  if (phase == DLM_DRAG_END)
    self->drag_arrow = -1;
  return TRUE;
}

/* ---- checks --------------------------------------------------------------- */

/* Products of two numbers up to 1e100, summed, stay far from overflow. */
static gboolean
check_size (const char    *field,
            const double  *values,
            gsize          n,
            GError       **error)
{
  return dlm_check_magnitudes (field, values, n, DLM_DOT_MAX_ABS, error);
}

static GArray *
parse_vector (GParamSpec  *pspec,
              const char  *text,
              GError     **error)
{
  gboolean plane = g_str_equal (pspec->name, "p") || g_str_equal (pspec->name, "q");
  g_autoptr(GArray) values = dlm_parse_vector (pspec->name, text, plane ? 2 : DLM_DOT_MAX_LEN, error);

  if (values == NULL || !check_size (pspec->name, dlm_dot_values_of (values), values->len, error))
    return NULL;
  if (plane && values->len != 2)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: an arrow in the plane needs exactly 2 numbers, x and y, e.g. 3, 1"),
                   pspec->name);
      return NULL;
    }
  return g_steal_pointer (&values);
}

static gsl_matrix *
parse_matrix (GParamSpec  *pspec,
              const char  *text,
              GError     **error)
{
  g_autoptr(gsl_matrix) m = dlm_parse_matrix (pspec->name, text, DLM_DOT_MAX_ENTRIES, error);

  if (m == NULL)
    return NULL;
  g_assert (m->tda == m->size2);
  if (!check_size (pspec->name, m->data, m->size1 * m->size2, error))
    return NULL;
  return g_steal_pointer (&m);
}

static gboolean
is_matrix_param (GParamSpec *pspec)
{
  return pspec == properties[PROP_A] || pspec == properties[PROP_B];
}

static gboolean
dlm_dot_topic_check_text (DlmTopic    *topic,
                          GParamSpec  *pspec,
                          const char  *text,
                          GError     **error)
{
  if (is_matrix_param (pspec))
    {
      g_autoptr(gsl_matrix) m = parse_matrix (pspec, text, error);
      return m != NULL;
    }
  else
    {
      g_autoptr(GArray) values = parse_vector (pspec, text, error);
      return values != NULL;
    }
}

/* The kernel must fit in the signal; the error names the field set last. */
static gboolean
dlm_dot_topic_check_state (DlmTopic  *topic,
                           GError   **error)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  return dlm_dot_slide_check (self->changed_field != NULL ? self->changed_field : "kernel",
                              self->signal->len, self->kernel->len, error);
}

/* ---- GObject -------------------------------------------------------------- */

static void
set_vector (DlmDotTopic  *self,
            const char   *text,
            char        **field,
            GArray      **array,
            GParamSpec   *pspec)
{
  GArray *values;

  if (g_strcmp0 (*field, text) == 0)
    return;
  values = parse_vector (pspec, text, NULL);
  g_return_if_fail (values != NULL);
  g_free (*field);
  *field = g_strdup (text);
  g_clear_pointer (array, g_array_unref);
  *array = values;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_matrix (DlmDotTopic  *self,
            const char   *text,
            char        **field,
            gsl_matrix  **matrix,
            GParamSpec   *pspec)
{
  gsl_matrix *m;

  if (g_strcmp0 (*field, text) == 0)
    return;
  m = parse_matrix (pspec, text, NULL);
  g_return_if_fail (m != NULL);
  g_free (*field);
  *field = g_strdup (text);
  g_clear_pointer (matrix, gsl_matrix_free);
  *matrix = m;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
set_int (DlmDotTopic *self,
         int         *field,
         int          value,
         GParamSpec  *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
dlm_dot_topic_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (object);

  switch (prop_id)
    {
    case PROP_MODE: g_value_set_enum (value, self->mode); break;
    case PROP_V:    g_value_set_string (value, self->v_text); break;
    case PROP_W:    g_value_set_string (value, self->w_text); break;
    case PROP_A:    g_value_set_string (value, self->a_text); break;
    case PROP_B:    g_value_set_string (value, self->b_text); break;
    case PROP_P:    g_value_set_string (value, self->p_text); break;
    case PROP_Q:    g_value_set_string (value, self->q_text); break;
    case PROP_STEP: g_value_set_int (value, self->step); break;
    case PROP_SIGNAL: g_value_set_string (value, self->signal_text); break;
    case PROP_KERNEL: g_value_set_string (value, self->kernel_text); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_dot_topic_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (object);
  const char *text = G_VALUE_HOLDS_STRING (value) ? g_value_get_string (value) : NULL;

  switch (prop_id)
    {
    case PROP_MODE: set_int (self, (int *) &self->mode, g_value_get_enum (value), pspec); break;
    case PROP_V:    set_vector (self, text, &self->v_text, &self->v, pspec); break;
    case PROP_W:    set_vector (self, text, &self->w_text, &self->w, pspec); break;
    case PROP_A:    set_matrix (self, text, &self->a_text, &self->a, pspec); break;
    case PROP_B:    set_matrix (self, text, &self->b_text, &self->b, pspec); break;
    case PROP_P:    set_vector (self, text, &self->p_text, &self->p, pspec); break;
    case PROP_Q:    set_vector (self, text, &self->q_text, &self->q, pspec); break;
    case PROP_STEP: set_int (self, &self->step, g_value_get_int (value), pspec); break;
    case PROP_SIGNAL:
      self->changed_field = "signal";
      set_vector (self, text, &self->signal_text, &self->signal, pspec);
      break;
    case PROP_KERNEL:
      self->changed_field = "kernel";
      set_vector (self, text, &self->kernel_text, &self->kernel, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_dot_topic_finalize (GObject *object)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (object);

  g_clear_pointer (&self->v_text, g_free);
  g_clear_pointer (&self->w_text, g_free);
  g_clear_pointer (&self->a_text, g_free);
  g_clear_pointer (&self->b_text, g_free);
  g_clear_pointer (&self->p_text, g_free);
  g_clear_pointer (&self->q_text, g_free);
  g_clear_pointer (&self->signal_text, g_free);
  g_clear_pointer (&self->kernel_text, g_free);
  g_clear_pointer (&self->signal, g_array_unref);
  g_clear_pointer (&self->kernel, g_array_unref);
  g_clear_pointer (&self->v, g_array_unref);
  g_clear_pointer (&self->w, g_array_unref);
  g_clear_pointer (&self->p, g_array_unref);
  g_clear_pointer (&self->q, g_array_unref);
  g_clear_pointer (&self->a, gsl_matrix_free);
  g_clear_pointer (&self->b, gsl_matrix_free);

  G_OBJECT_CLASS (dlm_dot_topic_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, DLM_TYPE_DOT_MODE, DLM_DOT_MODE_VECTOR, flags);
  properties[PROP_V] =
    g_param_spec_string ("v", NULL, N_("1 to 1000 numbers from -1e100 to 1e100"), "1, 0, 2, 5, -2", flags);
  properties[PROP_W] =
    g_param_spec_string ("w", NULL, N_("1 to 1000 numbers from -1e100 to 1e100; as many as v for a result"),
                         "2, 8, -6, 1, 0", flags);
  properties[PROP_A] =
    g_param_spec_string ("a", NULL, N_("a matrix of up to 400 numbers from -1e100 to 1e100, rows separated by ;"),
                         "0 3 2; -3 -3 1; 1 0 2", flags);
  properties[PROP_B] =
    g_param_spec_string ("b", NULL, N_("a matrix of up to 400 numbers from -1e100 to 1e100, the shape of a for a result"),
                         "1 0 6; 2 -1 0; 5 1 4", flags);
  properties[PROP_P] =
    g_param_spec_string ("p", NULL, N_("2 numbers from -1e100 to 1e100: the tip of arrow p"), "3, 1", flags);
  properties[PROP_Q] =
    g_param_spec_string ("q", NULL, N_("2 numbers from -1e100 to 1e100: the tip of arrow q"), "1, 3", flags);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, N_("0 to 1000: products added (vector view) or outputs "
                                       "computed (convolution view) so far; beyond their number, all"),
                      0, DLM_DOT_MAX_LEN, DLM_DOT_MAX_LEN, flags);
  /* a step up and back down: the edge kernel answers at both edges */
  properties[PROP_SIGNAL] =
    g_param_spec_string ("signal", NULL, N_("1 to 1000 numbers from -1e100 to 1e100, at least as many as the kernel"),
                         "1, 1, 1, 4, 4, 4, 1, 1", flags);
  properties[PROP_KERNEL] =
    g_param_spec_string ("kernel", NULL, N_("1 to 1000 numbers from -1e100 to 1e100, at most as many as the signal"),
                         "1, 0, -1", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_dot_topic_class_init (DlmDotTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);

  object_class->get_property = dlm_dot_topic_get_property;
  object_class->set_property = dlm_dot_topic_set_property;
  object_class->finalize = dlm_dot_topic_finalize;

  topic_class->id = "dot";
  topic_class->slides_param = "mode";
  topic_class->title = N_("Dot product");
  topic_class->check_text = dlm_dot_topic_check_text;
  topic_class->check_state = dlm_dot_topic_check_state;
  topic_class->render = dlm_dot_topic_render;
  topic_class->write_csv = dlm_dot_topic_write_csv;
  topic_class->write_summary = dlm_dot_topic_write_summary;
  topic_class->describe = dlm_dot_topic_describe;
  topic_class->formula = dlm_dot_topic_formula;
  topic_class->explanation = dlm_dot_topic_explanation;
  topic_class->probe = dlm_dot_topic_probe;
  topic_class->count_points = dlm_dot_topic_count_points;
  topic_class->get_point = dlm_dot_topic_get_point;
  topic_class->drag = dlm_dot_topic_drag;
  topic_class->write_code = dlm_dot_write_code;
  topic_class->write_plot_code = dlm_dot_write_plot_code;
  topic_class->get_animation = dlm_dot_topic_get_animation;

  install_properties (object_class);
}

static void
dlm_dot_topic_init (DlmDotTopic *self)
{
  self->drag_arrow = -1;
}

DlmTopic *
dlm_dot_topic_new (void)
{
  return g_object_new (DLM_TYPE_DOT_TOPIC, NULL);
}
