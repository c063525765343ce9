/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <string.h>

#include "dlm-dot-topic.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (gsl_vector, gsl_vector_free)

/* The table of v, w and their products is written out up to this many
 * columns; longer vectors keep only the bars. */
#define TABLE_LIMIT 20
/* The sum is written term by term up to this many terms. */
#define TERMS_LIMIT 6
/* The opacity of a product not added yet: faint, but visible on the dark
 * and projector themes too. */
#define FAINT_ALPHA 0.32
/* How near (px) a press must be to an arrow's tip to pick it up. */
#define GRAB_RADIUS 24

struct _DlmDotTopic
{
  DlmTopic         parent_instance;

  DlmDotMode       mode;
  char            *v_text, *w_text, *a_text, *b_text, *p_text, *q_text;
  GArray          *v, *w, *p, *q;
  gsl_matrix      *a, *b;
  int              step;

  DlmAxesGeometry  bars;           /* vector mode: the products */
  DlmAxesGeometry  plane;          /* geometry mode: the arrows */
  /* matrix mode: the top-left corner and cell size of the last grid drawn
   * (A ∘ B, or A when the shapes differ), for the keyboard cursor */
  double           grid_x, grid_y, grid_cell;
  gboolean         grid_valid;

  /* A drag in progress: the arrow held (0 p, 1 q, -1 none) and the plane
   * it started on, so the axes do not rescale under the pointer. */
  int              drag_arrow;
  DlmAxesGeometry  drag_geometry;
};

G_DEFINE_ENUM_TYPE (DlmDotMode, dlm_dot_mode,
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_VECTOR, "vector"),
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_MATRIX, "matrix"),
  G_DEFINE_ENUM_VALUE (DLM_DOT_MODE_GEOMETRY, "geometry"))

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- numbers ------------------------------------------------------------ */

/* The dot product of two vectors and what follows from it; cosine and
 * angle are NaN when either vector is all zeros (no direction). */
typedef struct {
  double dot, norm_x, norm_y, cosine, angle;
} DotFacts;

static const double *
values_of (GArray *array)
{
  return (const double *) array->data;
}

static double
value_at (GArray *array,
          guint   i)
{
  return g_array_index (array, double, i);
}

static double
dot_of (const double *x,
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

static DotFacts
dot_facts (const double *x,
           const double *y,
           gsize         n)
{
  DotFacts f = { dot_of (x, y, n), norm_of (x, n), norm_of (y, n), NAN, NAN };

  if (f.norm_x > 0 && f.norm_y > 0)
    {
      f.cosine = CLAMP (f.dot / (f.norm_x * f.norm_y), -1, 1);
      f.angle = angle_of (x, y, n, f.norm_x, f.norm_y);
    }
  return f;
}

/* Pearson's r: NaN for fewer than two pairs or a constant vector. */
static double
correlation_of (const double *x,
                const double *y,
                gsize         n)
{
  if (n < 2 || gsl_stats_variance (x, 1, n) == 0 || gsl_stats_variance (y, 1, n) == 0)
    return NAN;
  return gsl_stats_correlation (x, 1, y, 1, n);
}

/* A matrix's entries as one vector (parsed matrices are contiguous). */
static _gsl_vector_const_view
entries_of (const gsl_matrix *m)
{
  g_assert (m->tda == m->size2);
  return gsl_vector_const_view_array (m->data, m->size1 * m->size2);
}

static gboolean
vectors_match (DlmDotTopic *self)
{
  return self->v->len == self->w->len;
}

static gboolean
matrices_match (DlmDotTopic *self)
{
  return self->a->size1 == self->b->size1 && self->a->size2 == self->b->size2;
}

static double
frobenius (DlmDotTopic *self)
{
  gsl_vector_const_view av = entries_of (self->a), bv = entries_of (self->b);
  double result = 0;

  gsl_blas_ddot (&av.vector, &bv.vector, &result);
  return result;
}

static double
frobenius_norm (const gsl_matrix *m)
{
  gsl_vector_const_view view = entries_of (m);

  return gsl_blas_dnrm2 (&view.vector);
}

/* Orthogonal, up to rounding in the last digits. */
static gboolean
is_orthogonal (const DotFacts *f)
{
  return fabs (f->dot) <= 1e-12 * f->norm_x * f->norm_y;
}

guint
dlm_dot_topic_get_n_pairs (DlmDotTopic *self)
{
  g_return_val_if_fail (DLM_IS_DOT_TOPIC (self), 0);

  return MIN (self->v->len, self->w->len);
}

static guint
shown_pairs (DlmDotTopic *self)
{
  return MIN ((guint) self->step, dlm_dot_topic_get_n_pairs (self));
}

/* Short labels: "−5", "0.2774", "169108", "1.2 × 10¹⁵"; rounding noise is
 * 0. Figures never show e notation: what %.4g would write with an exponent
 * is written in powers of ten. */
static char *
label_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *format = fabs (value) >= 1e4 && fabs (value) < 1e12 ? "%.0f" : "%.4g";
  const char *text;

  if (isnan (value))
    return g_strdup ("NaN");
  if (fabs (value) < 5e-13)
    return g_strdup ("0");
  text = g_ascii_formatd (buf, sizeof buf, format, value);
  if (strchr (text, 'e') != NULL)
    return dlm_format_short (value, 4);
  if (text[0] == '-')
    return g_strconcat ("−", text + 1, NULL);
  return g_strdup (text);
}

/* "2" or "(−6)": a factor as it is written inside a product. */
static char *
factor_text (double value)
{
  g_autofree char *t = label_number (value);

  return value < 0 ? g_strdup_printf ("(%s)", t) : g_steal_pointer (&t);
}

/* "1×2 + 0×8 + 2×(−6)" for the first @n pairs, or NULL when too long.
 * Numbers are multiplied with ×, as in every figure; the dot is kept for
 * the dot product itself (v · w). */
static char *
terms_text (const double *x,
            const double *y,
            guint         n)
{
  GString *out;

  if (n > TERMS_LIMIT)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *a = factor_text (x[i]), *b = factor_text (y[i]);

      g_string_append_printf (out, "%s%s×%s", i > 0 ? " + " : "", a, b);
    }
  return g_string_free (out, FALSE);
}

/* ---- cells ---------------------------------------------------------------- */

typedef struct {
  const DlmColor *fill;            /* NULL: background only */
  double          fill_alpha;
  const DlmColor *border;
  double          border_width;    /* px at scale 1 */
  const DlmColor *text_color;
} CellStyle;

static void
draw_cell (cairo_t         *cr,
           const DlmTheme  *theme,
           DlmRect          r,
           const char      *text,
           const CellStyle *style)
{
  double w, h;

  cairo_save (cr);
  cairo_rectangle (cr, r.x, r.y, r.width, r.height);
  if (style->fill != NULL)
    {
      DlmColor fill = dlm_color_with_alpha (style->fill, style->fill_alpha);
      dlm_theme_set_color (cr, &fill);
      cairo_fill_preserve (cr);
    }
  dlm_theme_set_color (cr, style->border);
  cairo_set_line_width (cr, dlm_theme_px (theme, style->border_width));
  cairo_stroke (cr);
  cairo_restore (cr);
  if (text == NULL)
    return;
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, text, &w, &h);
  if (w <= r.width * 0.92 && h <= r.height)
    dlm_text_draw (cr, theme, DLM_TEXT_SMALL, style->text_color, r.x + r.width / 2,
                   r.y + r.height / 2, DLM_ANCHOR_CENTER, text);
}

static const DlmColor *
sign_color (const DlmTheme *theme,
            double          value)
{
  if (value == 0)
    return &theme->muted;
  return value > 0 ? &theme->series[0] : &theme->series[1];
}

/* ---- vector mode ---------------------------------------------------------- */

typedef struct {
  guint   nv, nw, n, pairs, shown;
  int     current;                 /* the pair just added, or -1 */
  double *products;                /* pairs of them */
  double *cumulative;              /* the running sum after each product */
} VectorLayout;

/* The products of @x and @y pair by pair and their running sums; the
 * first @shown are added, @current is the one just added (or -1). */
static void
vector_layout_from (VectorLayout *l,
                    const double *x,
                    guint         nx,
                    const double *y,
                    guint         ny,
                    guint         shown,
                    int           current)
{
  l->nv = nx;
  l->nw = ny;
  l->n = MAX (nx, ny);
  l->pairs = MIN (nx, ny);
  l->shown = MIN (shown, l->pairs);
  l->current = current;
  l->products = g_new (double, l->pairs);
  l->cumulative = g_new (double, l->pairs);
  for (guint i = 0; i < l->pairs; i++)
    {
      l->products[i] = x[i] * y[i];
      l->cumulative[i] = dot_of (x, y, i + 1);
    }
}

static void
vector_layout_init (DlmDotTopic  *self,
                    VectorLayout *l)
{
  guint pairs = MIN (self->v->len, self->w->len);
  /* a step at or below the number of pairs is a point in the animation */
  int current = self->step >= 1 && (guint) self->step <= pairs ? self->step - 1 : -1;

  vector_layout_from (l, values_of (self->v), self->v->len, values_of (self->w), self->w->len,
                      shown_pairs (self), current);
}

static void
vector_layout_clear (VectorLayout *l)
{
  g_free (l->products);
  g_free (l->cumulative);
}

/* The y range: every product and partial sum, and 0, with a margin. */
static void
bar_range (const VectorLayout *l,
           double             *lo,
           double             *hi)
{
  double pad;

  *lo = *hi = 0;
  for (guint i = 0; i < l->pairs; i++)
    {
      *lo = MIN (*lo, MIN (l->products[i], l->cumulative[i]));
      *hi = MAX (*hi, MAX (l->products[i], l->cumulative[i]));
    }
  pad = *hi > *lo ? (*hi - *lo) * 0.14 : 1;
  *lo -= pad;
  /* more room above, for the legend in a top corner */
  *hi += 2.5 * pad;
}

/* The products as bars in four passes (added or not yet, by sign), so a
 * long vector costs a few fills; the newest added one is outlined. */
static void
draw_product_bars (DlmAxes            *axes,
                   const DlmTheme     *theme,
                   const VectorLayout *l)
{
  g_autofree double *part = g_new (double, l->pairs);

  for (guint pass = 0; pass < 4; pass++)
    {
      gboolean added = pass < 2, positive = pass % 2 == 0;
      DlmColor color = dlm_color_with_alpha (positive ? &theme->series[0] : &theme->series[1],
                                             added ? 0.85 : FAINT_ALPHA);

      for (guint i = 0; i < l->pairs; i++)
        part[i] = (i < l->shown) == added && (l->products[i] >= 0) == positive ? l->products[i] : 0;
      dlm_axes_bars (axes, part, l->pairs, 0, 1, &color, DLM_DIGITS_NONE);
    }
  if (l->current >= 0)
    dlm_axes_bar_outline (axes, l->current, l->products[l->current], 0, 1, &theme->highlight);
}

/* The running sum: a point above each added bar at the sum so far,
 * joined from 0 at the left edge; it ends at v·w. */
static void
draw_running_sum (DlmAxes            *axes,
                  const DlmTheme     *theme,
                  const VectorLayout *l)
{
  g_autofree double *xs = g_new (double, l->shown + 1);
  g_autofree double *ys = g_new (double, l->shown + 1);
  DlmStroke stroke = { &theme->foreground, 1.8, FALSE };

  xs[0] = -0.5;
  ys[0] = 0;
  for (guint i = 0; i < l->shown; i++)
    {
      xs[i + 1] = i;
      ys[i + 1] = l->cumulative[i];
    }
  dlm_axes_line (axes, xs, ys, l->shown + 1, &stroke);
  if (l->shown <= 40)
    dlm_axes_points (axes, xs + 1, ys + 1, l->shown, &theme->foreground, 4.5);
}

/* @total_name: the markup of what the whole sum is ("v · w"). */
static void
label_running_sum (DlmAxes            *axes,
                   const DlmTheme     *theme,
                   const VectorLayout *l,
                   const char         *total_name)
{
  double last = l->cumulative[l->shown - 1];
  g_autofree char *t = label_number (last);
  g_autofree char *markup = l->shown == l->pairs
    ? g_strdup_printf ("<b>%s = %s</b>", total_name, t)
    : g_strdup_printf (_("sum of %u: %s"), l->shown, t);

  dlm_axes_annotate (axes, l->shown - 1, last, 40, last >= 0 ? -34 : 34, markup);
}

/* What the bars' colours, the faint bars, the outline and the line mean. */
static void
draw_products_legend (DlmAxes            *axes,
                      const DlmTheme     *theme,
                      const VectorLayout *l,
                      gboolean            with_sum)
{
  DlmColor faint = dlm_color_with_alpha (&theme->series[0], FAINT_ALPHA);
  DlmLegendEntry entries[5];
  guint n = 0;

  entries[n++] = (DlmLegendEntry) { _("positive product"), &theme->series[0], FALSE, TRUE };
  entries[n++] = (DlmLegendEntry) { _("negative product"), &theme->series[1], FALSE, TRUE };
  if (l->shown < l->pairs)
    entries[n++] = (DlmLegendEntry) { _("not added yet"), &faint, FALSE, TRUE };
  if (l->current >= 0)
    entries[n++] = (DlmLegendEntry) { _("the product just added"), &theme->highlight, FALSE, FALSE };
  if (with_sum && l->shown > 0)
    entries[n++] = (DlmLegendEntry) { _("running sum Σ"), &theme->foreground, FALSE, FALSE };
  dlm_axes_legend (axes, entries, n, DLM_ANCHOR_BEST);
}

/* The products as bars over @names, with their running sum (when the
 * sum exists) ending at @total_name's value, and a legend. */
static DlmAxesGeometry
draw_products_axes (cairo_t            *cr,
                    const DlmTheme     *theme,
                    DlmRect             rect,
                    const VectorLayout *l,
                    const char *const  *names,
                    const char         *x_label,
                    const char         *total_name)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke zero = { &theme->muted, 0.8, FALSE };
  gboolean with_sum = total_name != NULL;
  double lo, hi;

  bar_range (l, &lo, &hi);
  dlm_axes_set_categories (axes, names, l->n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo, hi);
  dlm_axes_set_labels (axes, x_label, _("value"));
  dlm_axes_draw_frame (axes);
  dlm_axes_hline (axes, 0, &zero);
  draw_product_bars (axes, theme, l);
  if (l->shown > 0 && with_sum)
    {
      draw_running_sum (axes, theme, l);
      label_running_sum (axes, theme, l, total_name);
    }
  draw_products_legend (axes, theme, l, with_sum);
  return dlm_axes_get_geometry (axes);
}

static DlmAxesGeometry
draw_vector_axes (DlmDotTopic        *self,
                  cairo_t            *cr,
                  const DlmTheme     *theme,
                  DlmRect             rect,
                  const VectorLayout *l)
{
  g_auto(GStrv) names = g_new0 (char *, l->n + 1);

  for (guint i = 0; i < l->n; i++)
    names[i] = g_strdup_printf ("%u", i + 1);
  return draw_products_axes (cr, theme, rect, l, (const char *const *) names, _("index i"),
                             vectors_match (self) ? "v · w" : NULL);
}

/* One row of the table: a name at the left, a cell per index. */
static void
draw_table_row (DlmDotTopic           *self,
                cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                double                 y,
                double                 h,
                guint                  row,
                const VectorLayout    *l)
{
  static const char *names[] = { "v", "w", "vᵢwᵢ" };
  double cw = 0.86 * (g->plot.width / l->n);

  dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, g->plot.x - dlm_theme_px (theme, 10),
                 y + h / 2, DLM_ANCHOR_EAST, names[row]);
  for (guint i = 0; i < l->n; i++)
    {
      GArray *values = row == 0 ? self->v : self->w;
      gboolean paired = i < l->pairs, current = (int) i == l->current;
      gboolean present = row == 2 ? paired : i < values->len;
      double value = row == 2 ? (paired ? l->products[i] : 0) : (present ? value_at (values, i) : 0);
      g_autofree char *t = present ? label_number (value) : g_strdup (row == 2 && i < l->n ? "?" : "");
      CellStyle style = { NULL, 0, &theme->grid, 1, &theme->foreground };
      DlmRect r = { dlm_geometry_x_to_px (g, i) - cw / 2, y, cw, h };

      if (!paired)
        style = (CellStyle) { &theme->error, 0.12, &theme->error, 1, &theme->muted };
      else if (current)
        style = (CellStyle) { &theme->highlight, 0.22, &theme->highlight, 2.5, &theme->foreground };
      else if (i >= l->shown)
        style.text_color = &theme->muted;
      if (row == 2 && paired && i < l->shown)
        style.fill = sign_color (theme, value), style.fill_alpha = current ? 0.3 : 0.14;
      draw_cell (cr, theme, r, (present || row == 2) ? t : NULL, &style);
    }
}

static char *
vector_headline (DlmDotTopic        *self,
                 const VectorLayout *l)
{
  DotFacts f = dot_facts (values_of (self->v), values_of (self->w), l->pairs);
  g_autofree char *terms = terms_text (values_of (self->v), values_of (self->w), l->pairs);
  g_autofree char *total = label_number (f.dot);

  if (!vectors_match (self))
    return g_strdup_printf (_("v has %u numbers, w has %u: the dot product needs equal lengths"),
                            l->nv, l->nw);
  if (terms != NULL)
    return g_strdup_printf ("v · w = %s = <b>%s</b>", terms, total);
  return g_strdup_printf ("v · w = Σ vᵢwᵢ = <b>%s</b>", total);
}

static char *
vector_facts_line (DlmDotTopic *self)
{
  guint n = self->v->len;
  DotFacts f = dot_facts (values_of (self->v), values_of (self->w), n);
  double r = correlation_of (values_of (self->v), values_of (self->w), n);
  g_autofree char *nv = label_number (f.norm_x), *nw = label_number (f.norm_y);
  g_autofree char *c = label_number (f.cosine), *a = label_number (f.angle);
  g_autofree char *rt = isnan (r) ? g_strdup (_("undefined (a constant vector)")) : label_number (r);

  if (isnan (f.cosine))
    return g_strdup_printf (_("|v| = %s,  |w| = %s,  cos θ undefined (a zero vector),  r = %s"), nv, nw, rt);
  return g_strdup_printf (_("|v| = %s,  |w| = %s,  cos θ = %s (θ = %s°),  correlation r = %s"),
                          nv, nw, c, a, rt);
}

static void
render_vector (DlmDotTopic    *self,
               cairo_t        *cr,
               const DlmTheme *theme,
               DlmRect         area)
{
  VectorLayout l;
  g_autofree char *headline = NULL, *facts = NULL;
  double h, row_h, top, table_h;
  gboolean compact;
  DlmRect axes_rect = area;

  vector_layout_init (self, &l);
  headline = vector_headline (self, &l);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, vectors_match (self) ? NULL : &theme->error,
                        area.x, area.y, DLM_ANCHOR_NORTH_WEST, area.width, headline);
  top = area.y + h * 1.5;
  /* a short figure (a projector's type on a small image) keeps the bars
   * tall: the facts line goes and the table rows tighten */
  compact = area.height < 16 * h;
  if (vectors_match (self) && !compact)
    {
      facts = vector_facts_line (self);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, area.x, top,
                            DLM_ANCHOR_NORTH_WEST, area.width, facts);
    }
  top += compact ? h * 0.4 : h * 1.6;
  row_h = compact ? h * 1.2 : h * 1.5;
  table_h = l.n <= TABLE_LIMIT ? 3 * row_h + h * 0.8 : 0;
  axes_rect = (DlmRect) { area.x, top + table_h, area.width, area.y + area.height - top - table_h };
  self->bars = draw_vector_axes (self, cr, theme, axes_rect, &l);
  for (guint row = 0; row < 3 && table_h > 0; row++)
    draw_table_row (self, cr, theme, &self->bars, top + row * row_h, row_h * 0.86, row, &l);
  vector_layout_clear (&l);
}

/* ---- matrix mode ---------------------------------------------------------- */

typedef struct {
  const gsl_matrix *m;
  const gsl_matrix *other;         /* for the products grid; NULL otherwise */
  const char       *name;
} Grid;

/* The largest |product| of the grid, to scale the cells' shading. */
static double
largest_product (const gsl_matrix *a,
                 const gsl_matrix *b)
{
  double largest = 0;

  for (gsize i = 0; i < a->size1; i++)
    for (gsize j = 0; j < a->size2; j++)
      largest = MAX (largest, fabs (gsl_matrix_get (a, i, j) * gsl_matrix_get (b, i, j)));
  return largest;
}

static void
draw_grid_cells (cairo_t        *cr,
                 const DlmTheme *theme,
                 const Grid     *grid,
                 double          x,
                 double          y,
                 double          cell)
{
  double largest = grid->other != NULL ? largest_product (grid->m, grid->other) : 0;

  for (gsize i = 0; i < grid->m->size1; i++)
    for (gsize j = 0; j < grid->m->size2; j++)
      {
        double value = gsl_matrix_get (grid->m, i, j);
        DlmRect r = { x + j * cell, y + i * cell, cell, cell };
        CellStyle style = { NULL, 0, &theme->grid, 1, &theme->foreground };
        g_autofree char *t = NULL;

        if (grid->other != NULL)
          {
            value *= gsl_matrix_get (grid->other, i, j);
            style.fill = sign_color (theme, value);
            /* light enough that the number reads at 4.5:1 on it */
            style.fill_alpha = largest > 0 ? 0.08 + 0.27 * fabs (value) / largest : 0;
          }
        t = label_number (value);
        draw_cell (cr, theme, r, t, &style);
      }
}

/* The side of a cell that lets every grid fit in its column. */
static double
grid_cell (const gsl_matrix *m,
           DlmRect           rect,
           double            h)
{
  double cell = MIN (rect.width / m->size2, rect.height / m->size1);

  return MIN (cell, 4 * h);
}

/* A grid of cells at the top of @rect, centred across it, framed, with its
 * name and shape above; returns its bottom edge. */
static double
draw_grid (cairo_t        *cr,
           const DlmTheme *theme,
           DlmRect         rect,
           double          cell,
           const Grid     *grid)
{
  double h, x, y = rect.y;
  g_autofree char *title = g_strdup_printf ("<b>%s</b>  <span size='smaller'>(%zu×%zu)</span>", grid->name,
                                            grid->m->size1, grid->m->size2);

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  x = rect.x + (rect.width - cell * grid->m->size2) / 2;
  dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, rect.x + rect.width / 2, y, DLM_ANCHOR_NORTH, title);
  y += h * 1.6;
  draw_grid_cells (cr, theme, grid, x, y, cell);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, cell * grid->m->size2, cell * grid->m->size1);
  dlm_theme_set_color (cr, &theme->foreground);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_stroke (cr);
  cairo_restore (cr);
  return y + cell * grid->m->size1;
}

static char *
matrix_headline (DlmDotTopic *self)
{
  gsl_vector_const_view av = entries_of (self->a), bv = entries_of (self->b);
  g_autofree char *terms = NULL, *total = NULL;

  if (!matrices_match (self))
    return g_strdup_printf (_("A is %zu×%zu, B is %zu×%zu: the Frobenius inner product needs two "
                              "matrices of the same shape"),
                            self->a->size1, self->a->size2, self->b->size1, self->b->size2);
  terms = terms_text (av.vector.data, bv.vector.data, MIN (av.vector.size, 4));
  total = label_number (frobenius (self));
  return g_strdup_printf ("⟨A, B⟩<sub>F</sub> = Σ a<sub>ij</sub>b<sub>ij</sub> = %s%s = <b>%s</b>",
                          terms, av.vector.size > 4 ? " + …" : "", total);
}

/* "0 + 0 + 12 − 6 + 3 + 0 + 5 + 0 + 8 = 22": the products in reading order. */
static char *
products_sum_text (DlmDotTopic *self)
{
  gsize n = self->a->size1 * self->a->size2;
  g_autofree char *total = label_number (frobenius (self));
  GString *out = g_string_new (NULL);

  if (n > 16)
    {
      g_string_printf (out, _("The %zu products of A ∘ B add up to <b>%s</b>"), n, total);
      return g_string_free (out, FALSE);
    }
  for (gsize k = 0; k < n; k++)
    {
      double x = self->a->data[k] * self->b->data[k];
      g_autofree char *t = label_number (fabs (x));

      if (k == 0)
        g_string_append_printf (out, "%s%s", x < 0 ? "−" : "", t);
      else
        g_string_append_printf (out, " %s %s", x < 0 ? "−" : "+", t);
    }
  g_string_append_printf (out, " = <b>%s</b>", total);
  return g_string_free (out, FALSE);
}

/* The Frobenius product is the dot product of the two matrices read row
 * by row: the same bars and running sum as for vectors, one per entry. */
static void
draw_matrix_products (DlmDotTopic    *self,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmRect         rect)
{
  gsize rows = self->a->size1, cols = self->a->size2, n = rows * cols;
  g_auto(GStrv) names = g_new0 (char *, n + 1);
  g_autofree double *x = g_new (double, n), *y = g_new (double, n);
  VectorLayout l;

  for (gsize i = 0; i < rows; i++)
    for (gsize j = 0; j < cols; j++)
      {
        x[i * cols + j] = gsl_matrix_get (self->a, i, j);
        y[i * cols + j] = gsl_matrix_get (self->b, i, j);
        names[i * cols + j] = g_strdup_printf ("(%zu, %zu)", i + 1, j + 1);
      }
  vector_layout_from (&l, x, n, y, n, n, -1);
  draw_products_axes (cr, theme, rect, &l, (const char *const *) names,
                      _("entry (i, j) of A ∘ B, row by row"), "⟨A, B⟩<sub>F</sub>");
  vector_layout_clear (&l);
}

static void
render_matrix (DlmDotTopic    *self,
               cairo_t        *cr,
               const DlmTheme *theme,
               DlmRect         area)
{
  gboolean match = matrices_match (self);
  Grid grids[] = { { self->a, NULL, "A" }, { self->b, NULL, "B" }, { self->a, self->b, "A ∘ B" } };
  g_autofree char *headline = matrix_headline (self);
  double h, gap = dlm_theme_px (theme, 56), cell, bottom = 0;
  DlmRect row;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, match ? NULL : &theme->error, area.x, area.y,
                        DLM_ANCHOR_NORTH_WEST, area.width, headline);
  /* the grids take the top, the bars of their products the rest */
  row = (DlmRect) { area.x, area.y + h * 2.6, area.width,
                    MAX (match ? area.height * 0.45 - h * 4.2 : area.height - h * 7, h) };
  cell = grid_cell (self->a, dlm_rect_column (row, 3, 0, gap), h);
  cell = MIN (cell, grid_cell (self->b, dlm_rect_column (row, 3, 1, gap), h));
  for (guint k = 0; k < (match ? 3u : 2u); k++)
    {
      DlmRect r = dlm_rect_column (row, 3, k, gap);
      double mid = r.y + h * 1.6 + cell * grids[k].m->size1 / 2;

      bottom = MAX (bottom, draw_grid (cr, theme, r, cell, &grids[k]));
      self->grid_x = r.x + (r.width - cell * grids[k].m->size2) / 2;
      self->grid_y = r.y + h * 1.6;
      self->grid_cell = cell;
      self->grid_valid = TRUE;
      if (k > 0)
        dlm_text_draw (cr, theme, DLM_TEXT_HEADLINE, &theme->muted, r.x - gap / 2, mid,
                       DLM_ANCHOR_CENTER, k == 1 ? "∘" : "=");
    }
  if (match)
    {
      g_autofree char *sum = products_sum_text (self);
      DlmRect chart = { area.x, bottom + h * 3.6, area.width, area.y + area.height - bottom - h * 3.6 };

      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, area.x, bottom + h * 1.8,
                            DLM_ANCHOR_NORTH_WEST, area.width, sum);
      /* only where the bars and their legend both have room */
      if (chart.height >= 9 * h)
        draw_matrix_products (self, cr, theme, chart);
    }
}

/* ---- geometry mode -------------------------------------------------------- */

static void
vec2 (GArray *array,
      double  out[2])
{
  out[0] = value_at (array, 0);
  out[1] = value_at (array, 1);
}

static void
draw_arrow (cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *g,
            const double           from[2],
            const double           to[2],
            const DlmColor        *color,
            double                 width)
{
  double x0 = dlm_geometry_x_to_px (g, from[0]), y0 = dlm_geometry_y_to_px (g, from[1]);
  double x1 = dlm_geometry_x_to_px (g, to[0]), y1 = dlm_geometry_y_to_px (g, to[1]);
  double len = hypot (x1 - x0, y1 - y0), head = dlm_theme_px (theme, 6 + 2.5 * width);
  double ux, uy;

  if (len < 1)
    return;
  ux = (x1 - x0) / len;
  uy = (y1 - y0) / len;
  head = MIN (head, len * 0.6);
  cairo_save (cr);
  dlm_theme_set_color (cr, color);
  cairo_set_line_width (cr, dlm_theme_px (theme, width));
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1 - ux * head * 0.7, y1 - uy * head * 0.7);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - ux * head - uy * head * 0.42, y1 - uy * head + ux * head * 0.42);
  cairo_line_to (cr, x1 - ux * head + uy * head * 0.42, y1 - uy * head - ux * head * 0.42);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The arc of the angle θ between p and q, at the origin. */
static void
draw_angle_arc (cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                const double           p[2],
                const double           q[2],
                const DotFacts        *f)
{
  double ox = dlm_geometry_x_to_px (g, 0), oy = dlm_geometry_y_to_px (g, 0);
  double a1 = atan2 (-p[1], p[0]), a2 = atan2 (-q[1], q[0]), r = dlm_theme_px (theme, 34);
  double mid, d = remainder (a2 - a1, 2 * M_PI);

  if (isnan (f->angle))
    return;
  cairo_save (cr);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  if (is_orthogonal (f))
    {
      double s = r * 0.45, ux = cos (a1), uy = sin (a1), vx = cos (a1 + d), vy = sin (a1 + d);
      cairo_move_to (cr, ox + ux * s, oy + uy * s);
      cairo_line_to (cr, ox + (ux + vx) * s, oy + (uy + vy) * s);
      cairo_line_to (cr, ox + vx * s, oy + vy * s);
    }
  else if (d > 0)
    cairo_arc (cr, ox, oy, r, a1, a1 + d);
  else
    cairo_arc_negative (cr, ox, oy, r, a1, a1 + d);
  cairo_stroke (cr);
  cairo_restore (cr);
  /* only the name inside the wedge, where a number would run into the
   * arrows at a narrow angle; the facts beside the plane give its value */
  mid = a1 + d / 2;
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->highlight, ox + cos (mid) * r * 1.5,
                 oy + sin (mid) * r * 1.5, DLM_ANCHOR_CENTER, "θ");
}

/* The projection of p onto q's line: the line itself (faint, across the
 * plane), the dropped perpendicular (dashed), its foot, and the projected
 * vector drawn alongside q's line, shifted to the side away from p, so it
 * never covers q. */
static void
draw_projection (DlmAxes               *axes,
                 cairo_t               *cr,
                 const DlmTheme        *theme,
                 const double           p[2],
                 const double           q[2],
                 const DotFacts        *f)
{
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  double k = f->dot / (f->norm_y * f->norm_y), reach = g.x.max / MAX (fabs (q[0]), fabs (q[1]));
  double foot[2] = { k * q[0], k * q[1] };
  double xs[] = { p[0], foot[0] }, ys[] = { p[1], foot[1] };
  double lx[] = { -q[0] * reach, q[0] * reach }, ly[] = { -q[1] * reach, q[1] * reach };
  /* a unit normal of q (in data units, y up), turned away from p */
  double nx = -q[1] / f->norm_y, ny = q[0] / f->norm_y;
  double side = nx * p[0] + ny * p[1] > 0 ? -1 : 1;
  double shift = (g.x.max - g.x.min) / g.plot.width * dlm_theme_px (theme, 9) * side;
  double from[2] = { nx * shift, ny * shift }, to[2] = { foot[0] + nx * shift, foot[1] + ny * shift };
  DlmStroke drop = { &theme->muted, 1.2, TRUE }, line = { &theme->grid, 1, FALSE };

  dlm_axes_line (axes, lx, ly, 2, &line);
  dlm_axes_line (axes, xs, ys, 2, &drop);
  draw_arrow (cr, theme, &g, from, to, &theme->series[2], 2.5);
  dlm_axes_points (axes, &foot[0], &foot[1], 1, &theme->series[2], 4);
}

/* An arrow's name just beyond its tip, in its colour's shade that reads
 * as text. */
static void
draw_tip_label (cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                const double           tip[2],
                const DlmColor        *color,
                const char            *markup)
{
  double len = hypot (tip[0], tip[1]), off = dlm_theme_px (theme, 18);
  double ux = len > 0 ? tip[0] / len : 1, uy = len > 0 ? tip[1] / len : 0;
  DlmColor text = dlm_theme_text_color (theme, color);

  dlm_text_draw (cr, theme, DLM_TEXT_BODY, &text, dlm_geometry_x_to_px (g, tip[0]) + ux * off,
                 dlm_geometry_y_to_px (g, tip[1]) - uy * off, DLM_ANCHOR_CENTER, markup);
}

static double
plane_extent (const double p[2],
              const double q[2])
{
  double m = MAX (MAX (fabs (p[0]), fabs (p[1])), MAX (fabs (q[0]), fabs (q[1])));

  return MAX (4, ceil (m * 1.25));
}

static DlmAxesGeometry
draw_plane (DlmDotTopic    *self,
            cairo_t        *cr,
            const DlmTheme *theme,
            DlmRect         rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  double p[2], q[2], origin[2] = { 0, 0 }, e;
  DotFacts f;
  DlmStroke axis = { &theme->muted, 0.8, FALSE };
  DlmAxesGeometry g;

  vec2 (self->p, p);
  vec2 (self->q, q);
  f = dot_facts (p, q, 2);
  e = plane_extent (p, q);
  if (self->drag_arrow >= 0 && self->drag_geometry.valid)
    e = MAX (e, self->drag_geometry.x.max);
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, -e, e);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, -e, e);
  dlm_axes_set_equal (axes, TRUE);
  dlm_axes_set_labels (axes, "x", "y");
  dlm_axes_draw_frame (axes);
  dlm_axes_hline (axes, 0, &axis);
  dlm_axes_vline (axes, 0, &axis);
  g = dlm_axes_get_geometry (axes);
  if (f.norm_y > 0)
    draw_projection (axes, cr, theme, p, q, &f);
  draw_angle_arc (cr, theme, &g, p, q, &f);
  draw_arrow (cr, theme, &g, origin, q, &theme->series[1], 2.5);
  draw_arrow (cr, theme, &g, origin, p, &theme->series[0], 2.5);
  draw_tip_label (cr, theme, &g, p, &theme->series[0], "<b>p</b>");
  draw_tip_label (cr, theme, &g, q, &theme->series[1], "<b>q</b>");
  return g;
}

static const char *
sign_words (const DotFacts *f)
{
  if (isnan (f->angle))
    return _("no angle: a zero vector has no direction");
  if (is_orthogonal (f))
    return _("orthogonal (90°): p · q = 0");
  return f->dot > 0 ? _("acute (below 90°): p · q > 0") : _("obtuse (above 90°): p · q < 0");
}

static char **
geometry_lines (DlmDotTopic *self)
{
  double p[2], q[2];
  DotFacts f;
  g_autofree char *terms = NULL, *dot = NULL, *np = NULL, *nq = NULL, *c = NULL, *a = NULL;
  g_autofree char *pp = NULL, *proj = NULL, *cf = NULL;
  GPtrArray *lines = g_ptr_array_new ();

  vec2 (self->p, p);
  vec2 (self->q, q);
  f = dot_facts (p, q, 2);
  terms = terms_text (p, q, 2);
  dot = label_number (f.dot);
  np = label_number (f.norm_x);
  nq = label_number (f.norm_y);
  c = label_number (f.cosine);
  a = label_number (f.angle);
  pp = label_number (dot_of (p, p, 2));
  cf = factor_text (f.cosine);
  g_ptr_array_add (lines, g_strdup_printf ("p · q = %s = <b>%s</b>", terms, dot));
  if (!isnan (f.angle))
    g_ptr_array_add (lines, g_strdup_printf ("|p| |q| cos θ = %s × %s × %s = %s", np, nq, cf, dot));
  g_ptr_array_add (lines, g_markup_escape_text (sign_words (&f), -1));
  if (!isnan (f.angle))
    g_ptr_array_add (lines, g_strdup_printf (_("cosine similarity cos θ = %s, θ = %s°"), c, a));
  if (f.norm_y > 0)
    {
      proj = label_number (f.dot / f.norm_y);
      g_ptr_array_add (lines, g_strdup_printf (_("projection of p on q: p · q / |q| = %s"), proj));
    }
  g_ptr_array_add (lines, g_strdup_printf ("p · p = |p|² = %s", pp));
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static void
draw_geometry_facts (DlmDotTopic    *self,
                     cairo_t        *cr,
                     const DlmTheme *theme,
                     DlmRect         rect)
{
  g_auto(GStrv) lines = geometry_lines (self);
  double h, y = rect.y;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; lines[i] != NULL && y + h <= rect.y + rect.height; i++)
    {
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, i == 2 ? &theme->highlight : NULL, rect.x, y,
                            DLM_ANCHOR_NORTH_WEST, rect.width, lines[i]);
      y += h * 1.7;
    }
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, rect.x, y + h * 0.5,
                        DLM_ANCHOR_NORTH_WEST, rect.width,
                        _("The arrow alongside q is p projected onto q."));
}

static void
render_geometry (DlmDotTopic    *self,
                 cairo_t        *cr,
                 const DlmTheme *theme,
                 DlmRect         area)
{
  double gap = dlm_theme_px (theme, 32);
  DlmRect left = area, right;

  left.width = area.width * 0.5;
  self->plane = draw_plane (self, cr, theme, left);
  right = (DlmRect) { self->plane.plot.x + self->plane.plot.width + gap, area.y + area.height * 0.12, 0,
                      area.height * 0.88 };
  right.width = area.x + area.width - right.x;
  draw_geometry_facts (self, cr, theme, right);
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
  };
  DlmRect area = dlm_figure_begin (cr, theme, width, height, _(titles[self->mode]));

  self->bars.valid = self->plane.valid = self->grid_valid = FALSE;
  if (self->mode == DLM_DOT_MODE_MATRIX)
    render_matrix (self, cr, theme, area);
  else if (self->mode == DLM_DOT_MODE_GEOMETRY)
    render_geometry (self, cr, theme, area);
  else
    render_vector (self, cr, theme, area);
}

/* ---- words --------------------------------------------------------------- */

static void
append_optional (GString *out,
                 GArray  *values,
                 guint    i)
{
  if (i < values->len)
    dlm_format_number (out, value_at (values, i));
  g_string_append_c (out, ',');
}

static void
write_vector_csv (DlmDotTopic *self,
                  GString     *out)
{
  guint n = MAX (self->v->len, self->w->len), pairs = dlm_dot_topic_get_n_pairs (self);

  g_string_append (out, "i,v,w,product,cumulative\n");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out, "%u,", i + 1);
      append_optional (out, self->v, i);
      append_optional (out, self->w, i);
      if (i < pairs && vectors_match (self))
        {
          dlm_format_number (out, value_at (self->v, i) * value_at (self->w, i));
          g_string_append_c (out, ',');
          dlm_format_number (out, dot_of (values_of (self->v), values_of (self->w), i + 1));
        }
      else if (i < pairs)
        {
          dlm_format_number (out, value_at (self->v, i) * value_at (self->w, i));
          g_string_append_c (out, ',');
        }
      else
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
    }
}

static void
write_matrix_csv (DlmDotTopic *self,
                  GString     *out)
{
  gboolean match = matrices_match (self);
  gsize rows = MAX (self->a->size1, self->b->size1), cols = MAX (self->a->size2, self->b->size2);
  double sum = 0;

  g_string_append (out, "row,column,a,b,product,cumulative\n");
  for (gsize i = 0; i < rows; i++)
    for (gsize j = 0; j < cols; j++)
      {
        gboolean in_a = i < self->a->size1 && j < self->a->size2;
        gboolean in_b = i < self->b->size1 && j < self->b->size2;

        g_string_append_printf (out, "%zu,%zu,", i + 1, j + 1);
        if (in_a)
          dlm_format_number (out, gsl_matrix_get (self->a, i, j));
        g_string_append_c (out, ',');
        if (in_b)
          dlm_format_number (out, gsl_matrix_get (self->b, i, j));
        g_string_append_c (out, ',');
        if (match)
          {
            double product = gsl_matrix_get (self->a, i, j) * gsl_matrix_get (self->b, i, j);

            sum += product;
            dlm_format_number (out, product);
            g_string_append_c (out, ',');
            dlm_format_number (out, sum);
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
  DotFacts f;
  const char *names[] = { "p", "q", "projection" };
  double rows[3][2];

  vec2 (self->p, p);
  vec2 (self->q, q);
  f = dot_facts (p, q, 2);
  memcpy (rows[0], p, sizeof p);
  memcpy (rows[1], q, sizeof q);
  g_string_append (out, "vector,x,y,length\n");
  for (guint k = 0; k < (f.norm_y > 0 ? 3u : 2u); k++)
    {
      if (k == 2)
        {
          double c = f.dot / (f.norm_y * f.norm_y);
          rows[2][0] = c * q[0];
          rows[2][1] = c * q[1];
        }
      g_string_append_printf (out, "%s,", names[k]);
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

  if (self->mode == DLM_DOT_MODE_MATRIX)
    write_matrix_csv (self, out);
  else if (self->mode == DLM_DOT_MODE_GEOMETRY)
    write_geometry_csv (self, out);
  else
    write_vector_csv (self, out);
}

/* dot, the norms, and the cosine and angle when they are defined. */
static void
add_facts (GString        *out,
           const DotFacts *f,
           const char     *x,
           const char     *y)
{
  g_autofree char *kx = g_strconcat ("norm_", x, NULL), *ky = g_strconcat ("norm_", y, NULL);

  dlm_summary_add_number (out, "dot", f->dot);
  dlm_summary_add_number (out, kx, f->norm_x);
  dlm_summary_add_number (out, ky, f->norm_y);
  if (!isnan (f->cosine))
    {
      dlm_summary_add_number (out, "cosine", f->cosine);
      dlm_summary_add_number (out, "angle_degrees", f->angle);
    }
}

static void
write_vector_summary (DlmDotTopic *self,
                      GString     *out)
{
  guint n = self->v->len, shown = shown_pairs (self);
  DotFacts f;
  double r;

  dlm_summary_add_number (out, "n_v", self->v->len);
  dlm_summary_add_number (out, "n_w", self->w->len);
  dlm_summary_add_number (out, "mismatch", !vectors_match (self));
  if (!vectors_match (self))
    return;
  f = dot_facts (values_of (self->v), values_of (self->w), n);
  add_facts (out, &f, "v", "w");
  r = correlation_of (values_of (self->v), values_of (self->w), n);
  if (!isnan (r))
    dlm_summary_add_number (out, "correlation", r);
  dlm_summary_add_number (out, "shown", shown);
  dlm_summary_add_number (out, "partial_sum",
                          shown > 0 ? dot_of (values_of (self->v), values_of (self->w), shown) : 0);
}

static void
write_matrix_summary (DlmDotTopic *self,
                      GString     *out)
{
  dlm_summary_add_number (out, "rows_a", self->a->size1);
  dlm_summary_add_number (out, "columns_a", self->a->size2);
  dlm_summary_add_number (out, "rows_b", self->b->size1);
  dlm_summary_add_number (out, "columns_b", self->b->size2);
  dlm_summary_add_number (out, "mismatch", !matrices_match (self));
  if (!matrices_match (self))
    return;
  dlm_summary_add_number (out, "dot", frobenius (self));
  dlm_summary_add_number (out, "norm_a", frobenius_norm (self->a));
  dlm_summary_add_number (out, "norm_b", frobenius_norm (self->b));
}

static void
write_geometry_summary (DlmDotTopic *self,
                        GString     *out)
{
  double p[2], q[2];
  DotFacts f;

  vec2 (self->p, p);
  vec2 (self->q, q);
  f = dot_facts (p, q, 2);
  add_facts (out, &f, "p", "q");
  if (f.norm_y > 0)
    dlm_summary_add_number (out, "projection", f.dot / f.norm_y);
  dlm_summary_add_number (out, "p_dot_p", dot_of (p, p, 2));
  dlm_summary_add_number (out, "orthogonal", !isnan (f.angle) && is_orthogonal (&f));
}

static void
dlm_dot_topic_write_summary (DlmTopic *topic,
                             GString  *out)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);
  g_autoptr(GEnumClass) modes = g_type_class_ref (DLM_TYPE_DOT_MODE);

  dlm_summary_add_string (out, "mode", g_enum_get_value (modes, self->mode)->value_nick);
  if (self->mode == DLM_DOT_MODE_MATRIX)
    write_matrix_summary (self, out);
  else if (self->mode == DLM_DOT_MODE_GEOMETRY)
    write_geometry_summary (self, out);
  else
    write_vector_summary (self, out);
}

static char *
describe_vector (DlmDotTopic *self)
{
  guint n = self->v->len, shown = shown_pairs (self);
  g_autofree char *dot = NULL, *partial = NULL;

  if (!vectors_match (self))
    return g_strdup_printf (_("v has %u numbers and w has %u. The pairs they share are drawn, the "
                              "numbers without a partner are marked with a question mark, and no dot "
                              "product is given: it needs two vectors of the same length."),
                            self->v->len, self->w->len);
  dot = label_number (dot_of (values_of (self->v), values_of (self->w), n));
  partial = label_number (shown > 0 ? dot_of (values_of (self->v), values_of (self->w), shown) : 0);
  return g_strdup_printf (_("A table of v and w, %u numbers each, with each pair's product below it "
                            "and as a bar. A line adds the products up from left to right: after %u "
                            "of them the sum is %s, and the dot product of all %u is %s."),
                          n, shown, partial, n, dot);
}

static char *
describe_matrix (DlmDotTopic *self)
{
  g_autofree char *dot = NULL;

  if (!matrices_match (self))
    return g_strdup_printf (_("Matrix A (%zu×%zu) and matrix B (%zu×%zu) side by side. They have "
                              "different shapes, so no Frobenius inner product is given."),
                            self->a->size1, self->a->size2, self->b->size1, self->b->size2);
  dot = label_number (frobenius (self));
  return g_strdup_printf (_("Matrices A and B, both %zu×%zu, and a third grid holding the product of "
                            "each pair of matching entries. Those products add up to %s, the "
                            "Frobenius inner product of A and B."),
                          self->a->size1, self->a->size2, dot);
}

static char *
describe_geometry (DlmDotTopic *self)
{
  double p[2], q[2];
  DotFacts f;
  g_autofree char *px = NULL, *py = NULL, *qx = NULL, *qy = NULL, *dot = NULL;

  vec2 (self->p, p);
  vec2 (self->q, q);
  f = dot_facts (p, q, 2);
  px = label_number (p[0]), py = label_number (p[1]);
  qx = label_number (q[0]), qy = label_number (q[1]);
  dot = label_number (f.dot);
  return g_strdup_printf (_("Two arrows from the origin: p to (%s, %s) and q to (%s, %s). Their dot "
                            "product is %s; the angle between them is %s. The shadow of p on the "
                            "line of q is drawn as a thick arrow."),
                          px, py, qx, qy, dot, sign_words (&f));
}

static char *
dlm_dot_topic_describe (DlmTopic *topic)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

  if (self->mode == DLM_DOT_MODE_MATRIX)
    return describe_matrix (self);
  if (self->mode == DLM_DOT_MODE_GEOMETRY)
    return describe_geometry (self);
  return describe_vector (self);
}

static char *
dlm_dot_topic_formula (DlmTopic *topic)
{
  DlmDotTopic *self = DLM_DOT_TOPIC (topic);

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
                     "correlation r is the dot product of v and w after each is centred on its "
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
  v = label_number (value_at (self->v, k));
  w = label_number (value_at (self->w, k));
  prod = label_number (value_at (self->v, k) * value_at (self->w, k));
  sum = label_number (dot_of (values_of (self->v), values_of (self->w), k + 1));
  probe->x = dlm_geometry_x_to_px (g, k);
  probe->y = dlm_geometry_y_to_px (g, value_at (self->v, k) * value_at (self->w, k));
  probe->text = vectors_match (self)
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
      double d = hypot (dlm_geometry_x_to_px (g, value_at (arrows[k], 0)) - x,
                        dlm_geometry_y_to_px (g, value_at (arrows[k], 1)) - y);
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
      xt = label_number (round (px * 10) / 10);
      yt = label_number (round (py * 10) / 10);
      probe->x = x;
      probe->y = y;
      probe->text = g_strdup_printf ("(%s, %s)", xt, yt);
      return TRUE;
    }
  xt = label_number (value_at (arrow, 0));
  yt = label_number (value_at (arrow, 1));
  len = label_number (norm_of (values_of (arrow), 2));
  probe->x = dlm_geometry_x_to_px (g, value_at (arrow, 0));
  probe->y = dlm_geometry_y_to_px (g, value_at (arrow, 1));
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
  g_autofree char *at = label_number (a);

  point->x = self->grid_x + (j + 0.5) * self->grid_cell;
  point->y = self->grid_y + (i + 0.5) * self->grid_cell;
  if (matrices_match (self))
    {
      double b = gsl_matrix_get (self->b, i, j);
      g_autofree char *bt = label_number (b), *pt = label_number (a * b);

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
      return probe_plane (self, dlm_geometry_x_to_px (g, value_at (arrow, 0)),
                          dlm_geometry_y_to_px (g, value_at (arrow, 1)), point);
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
dlm_dot_topic_drag (DlmTopic      *topic,
                    DlmDragPhase   phase,
                    double         x,
                    double         y,
                    GStrv         *assignments)
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

static gboolean
check_size (const char    *field,
            const double  *values,
            gsize          n,
            GError       **error)
{
  for (gsize i = 0; i < n; i++)
    if (fabs (values[i]) > DLM_DOT_MAX_ABS)
      {
        g_autofree char *t = dlm_format_short (values[i], 3);

        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("%s: %s is too large; numbers up to 1e100 in size are accepted"), field, t);
        return FALSE;
      }
  return TRUE;
}

static GArray *
parse_vector (GParamSpec  *pspec,
              const char  *text,
              GError     **error)
{
  gboolean plane = g_str_equal (pspec->name, "p") || g_str_equal (pspec->name, "q");
  g_autoptr(GArray) values = dlm_parse_vector (pspec->name, text, plane ? 2 : DLM_DOT_MAX_LEN, error);

  if (values == NULL || !check_size (pspec->name, values_of (values), values->len, error))
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

/* ---- GObject -------------------------------------------------------------- */

static void
set_vector (DlmDotTopic *self,
            const char  *text,
            char       **field,
            GArray     **array,
            GParamSpec  *pspec)
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
    g_param_spec_string ("v", NULL, N_("1 to 1000 finite numbers"), "1, 0, 2, 5, -2", flags);
  properties[PROP_W] =
    g_param_spec_string ("w", NULL, N_("1 to 1000 finite numbers; as many as v for a result"),
                         "2, 8, -6, 1, 0", flags);
  properties[PROP_A] =
    g_param_spec_string ("a", NULL, N_("a matrix of up to 400 finite numbers, rows separated by ;"),
                         "0 3 2; -3 -3 1; 1 0 2", flags);
  properties[PROP_B] =
    g_param_spec_string ("b", NULL, N_("a matrix of up to 400 finite numbers, the shape of a for a result"),
                         "1 0 6; 2 -1 0; 5 1 4", flags);
  properties[PROP_P] =
    g_param_spec_string ("p", NULL, N_("2 finite numbers: the tip of arrow p"), "3, 1", flags);
  properties[PROP_Q] =
    g_param_spec_string ("q", NULL, N_("2 finite numbers: the tip of arrow q"), "1, 3", flags);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, N_("0 to 1000: products added so far; beyond their number, all"),
                      0, DLM_DOT_MAX_LEN, DLM_DOT_MAX_LEN, flags);
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
