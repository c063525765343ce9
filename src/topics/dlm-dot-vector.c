/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-dot-private.h"
#include "dlm-format.h"

/* The vector view: v, w and their products in a table, the products as
 * bars with their running sum; the cells and the bars serve the matrix
 * view too. */

/* The table of v, w and their products is written out up to this many
 * columns; longer vectors keep only the bars. */
#define TABLE_LIMIT 20
/* The opacity of a product not added yet: faint, but visible on the dark
 * and projector themes too. */
#define FAINT_ALPHA 0.32

/* ---- cells ---------------------------------------------------------------- */

void
dlm_dot_draw_cell (cairo_t               *cr,
                   const DlmTheme        *theme,
                   DlmRect                r,
                   const char            *text,
                   const DlmDotCellStyle *style)
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

const DlmColor *
dlm_dot_sign_color (const DlmTheme *theme,
                    double          value)
{
  if (value == 0)
    return &theme->muted;
  return value > 0 ? &theme->series[0] : &theme->series[1];
}

/* ---- vector mode ---------------------------------------------------------- */

/* The products of @x and @y pair by pair and their running sums; the
 * first @shown are added, @current is the one just added (or -1). */
void
dlm_dot_products_init (DlmDotProducts *l,
                       const double   *x,
                       guint           nx,
                       const double   *y,
                       guint           ny,
                       guint           shown,
                       int             current)
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
      l->cumulative[i] = dlm_dot_of (x, y, i + 1);
    }
}

static void
vector_layout_init (DlmDotTopic    *self,
                    DlmDotProducts *l)
{
  guint pairs = MIN (self->v->len, self->w->len);
  /* a step at or below the number of pairs is a point in the animation */
  int current = self->step >= 1 && (guint) self->step <= pairs ? self->step - 1 : -1;

  dlm_dot_products_init (l, dlm_dot_values_of (self->v), self->v->len, dlm_dot_values_of (self->w), self->w->len,
                      dlm_dot_shown_pairs (self), current);
}

void
dlm_dot_products_clear (DlmDotProducts *l)
{
  g_free (l->products);
  g_free (l->cumulative);
}

/* The y range: every product and partial sum, and 0, with a margin. */
static void
bar_range (const DlmDotProducts *l,
           double               *lo,
           double               *hi)
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
draw_product_bars (DlmAxes              *axes,
                   const DlmTheme       *theme,
                   const DlmDotProducts *l)
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
draw_running_sum (DlmAxes              *axes,
                  const DlmTheme       *theme,
                  const DlmDotProducts *l)
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
label_running_sum (DlmAxes              *axes,
                   const DlmTheme       *theme,
                   const DlmDotProducts *l,
                   const char           *total_name)
{
  double last = l->cumulative[l->shown - 1];
  g_autofree char *t = dlm_dot_label (last);
  g_autofree char *markup = l->shown == l->pairs
    ? g_strdup_printf ("<b>%s = %s</b>", total_name, t)
    : g_strdup_printf (_("sum of %u: %s"), l->shown, t);

  dlm_axes_annotate (axes, l->shown - 1, last, 40, last >= 0 ? -34 : 34, markup);
}

/* What the bars' colours, the faint bars, the outline and the line mean. */
static void
draw_products_legend (DlmAxes              *axes,
                      const DlmTheme       *theme,
                      const DlmDotProducts *l,
                      gboolean              with_sum)
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
DlmAxesGeometry
dlm_dot_draw_products (cairo_t              *cr,
                       const DlmTheme       *theme,
                       DlmRect               rect,
                       const DlmDotProducts *l,
                       const char *const    *names,
                       const char           *x_label,
                       const char           *total_name)
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
draw_vector_axes (DlmDotTopic          *self,
                  cairo_t              *cr,
                  const DlmTheme       *theme,
                  DlmRect               rect,
                  const DlmDotProducts *l)
{
  g_auto(GStrv) names = g_new0 (char *, l->n + 1);

  for (guint i = 0; i < l->n; i++)
    names[i] = g_strdup_printf ("%u", i + 1);
  return dlm_dot_draw_products (cr, theme, rect, l, (const char *const *) names, _("index i"),
                                dlm_dot_vectors_match (self) ? "v · w" : NULL);
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
                const DlmDotProducts  *l)
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
      double value = row == 2 ? (paired ? l->products[i] : 0) : (present ? dlm_dot_value_at (values, i) : 0);
      g_autofree char *t = present ? dlm_dot_label (value) : g_strdup (row == 2 && i < l->n ? "?" : "");
      DlmDotCellStyle style = { NULL, 0, &theme->grid, 1, &theme->foreground };
      DlmRect r = { dlm_geometry_x_to_px (g, i) - cw / 2, y, cw, h };

      if (!paired)
        style = (DlmDotCellStyle) { &theme->error, 0.12, &theme->error, 1, &theme->muted };
      else if (current)
        style = (DlmDotCellStyle) { &theme->highlight, 0.22, &theme->highlight, 2.5, &theme->foreground };
      else if (i >= l->shown)
        style.text_color = &theme->muted;
      if (row == 2 && paired && i < l->shown)
        style.fill = dlm_dot_sign_color (theme, value), style.fill_alpha = current ? 0.3 : 0.14;
      dlm_dot_draw_cell (cr, theme, r, (present || row == 2) ? t : NULL, &style);
    }
}

static char *
vector_headline (DlmDotTopic          *self,
                 const DlmDotProducts *l)
{
  DlmDotFacts f = dlm_dot_facts (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), l->pairs);
  g_autofree char *terms = dlm_dot_terms_text (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), l->pairs);
  g_autofree char *total = dlm_dot_label (f.dot);

  if (!dlm_dot_vectors_match (self))
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
  DlmDotFacts f = dlm_dot_facts (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), n);
  double r = dlm_dot_correlation (dlm_dot_values_of (self->v), dlm_dot_values_of (self->w), n);
  g_autofree char *nv = dlm_dot_label (f.norm_x), *nw = dlm_dot_label (f.norm_y);
  g_autofree char *c = dlm_dot_label (f.cosine), *a = dlm_dot_label (f.angle);
  g_autofree char *rt = isnan (r) ? g_strdup (_("undefined (a constant vector)")) : dlm_dot_label (r);

  if (isnan (f.cosine))
    return g_strdup_printf (_("|v| = %s,  |w| = %s,  cos θ undefined (a zero vector),  r = %s"), nv, nw, rt);
  return g_strdup_printf (_("|v| = %s,  |w| = %s,  cos θ = %s (θ = %s°),  correlation r = %s"),
                          nv, nw, c, a, rt);
}

void
dlm_dot_render_vector (DlmDotTopic    *self,
                       cairo_t        *cr,
                       const DlmTheme *theme,
                       DlmRect         area)
{
  DlmDotProducts l;
  g_autofree char *headline = NULL, *facts = NULL;
  double h, row_h, top, table_h;
  gboolean compact;
  DlmRect axes_rect = area;

  vector_layout_init (self, &l);
  headline = vector_headline (self, &l);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, dlm_dot_vectors_match (self) ? NULL : &theme->error,
                        area.x, area.y, DLM_ANCHOR_NORTH_WEST, area.width, headline);
  top = area.y + h * 1.5;
  /* a short figure (a projector's type on a small image) keeps the bars
   * tall: the facts line goes and the table rows tighten */
  compact = area.height < 16 * h;
  if (dlm_dot_vectors_match (self) && !compact)
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
  dlm_dot_products_clear (&l);
}
