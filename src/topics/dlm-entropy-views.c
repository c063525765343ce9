/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-entropy.h"
#include "dlm-entropy-private.h"
#include "dlm-format.h"

/* The three figures of the topic: the binary entropy curve with its coin,
 * a distribution's bars with the gauge from 0 to log n, and the truth p
 * beside a prediction q for the cross-entropy. */

/* The lines of a text column, each wrapped to its width (shrinking a
 * long line would leave it too small to read on a projector); the first
 * one, the headline number, in bold (in the text colour: the highlight
 * colour is for the figure's marker, and would be too pale as text).
 * Lines that would pass the bottom are left out. Returns where the next
 * line would go. */
static double
draw_lines (cairo_t        *cr,
            const DlmTheme *theme,
            DlmRect         rect,
            char          **lines)
{
  double y = rect.y, h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *bold = i == 0 ? g_strdup_printf ("<b>%s</b>", lines[i]) : NULL;
      const char *text = i == 0 ? bold : lines[i];
      double height = lines[i][0] != '\0'
                      ? dlm_text_wrapped_height (cr, theme, DLM_TEXT_BODY, text, rect.width) : 0;

      if (y + height > rect.y + rect.height)
        break;
      if (height > 0)
        dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, y, rect.width, text);
      y += height > 0 ? height + h * 0.55 : h * 0.8;
    }
  return y;
}

/* The text column beside a plot: a title, then its lines. */
/* Returns the y below the last line, or the top of @rect when the column
 * is too narrow for words. */
static double
draw_facts (cairo_t        *cr,
            const DlmTheme *theme,
            DlmRect         rect,
            const char     *title,
            GPtrArray      *lines)
{
  double h;

  if (rect.width < dlm_theme_px (theme, 160))
    return rect.y;
  g_ptr_array_add (lines, NULL);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, DLM_ANCHOR_NORTH_WEST, title);
  rect.y += h * 1.8;
  rect.height -= h * 1.8;
  return draw_lines (cr, theme, rect, (char **) lines->pdata);
}

/* A legend as lines of the text column: a swatch, then its words. It
 * stands beside the plot instead of over bars that may reach 1 anywhere.
 * Returns the y below it. */
static double
draw_key (cairo_t              *cr,
          const DlmTheme       *theme,
          DlmRect               rect,
          const DlmLegendEntry *entries,
          guint                 n)
{
  double h, swatch = dlm_theme_px (theme, 14), y = rect.y;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  for (guint i = 0; i < n && y + h <= rect.y + rect.height; i++, y += h * 1.55)
    {
      double cy = y + h / 2;

      dlm_theme_set_color (cr, entries[i].color);
      if (entries[i].box)
        {
          cairo_rectangle (cr, rect.x, cy - swatch / 2, swatch, swatch);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_line_width (cr, dlm_theme_px (theme, 3));
          cairo_rectangle (cr, rect.x + 1, cy - swatch / 2 + 1, swatch - 2, swatch - 2);
          cairo_stroke (cr);
        }
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, rect.x + swatch * 1.7, y,
                            DLM_ANCHOR_NORTH_WEST, rect.width - swatch * 1.7, entries[i].label);
    }
  return y;
}

/* Plot on the left, words on the right. */
static void
split_area (const DlmTheme *theme,
            DlmRect         area,
            double          share,
            DlmRect        *plot,
            DlmRect        *facts)
{
  double gap = dlm_theme_px (theme, 36);

  *plot = area;
  plot->width = area.width * share;
  *facts = (DlmRect) { area.x + plot->width + gap, area.y + dlm_theme_px (theme, 10),
                       area.width - plot->width - gap, area.height - dlm_theme_px (theme, 10) };
}

static char **
index_labels (guint n)
{
  char **labels = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    labels[i] = g_strdup_printf ("%u", i);
  return labels;
}

/* ---- binary view ------------------------------------------------------- */

/* H as the average surprise of the coin's two sides: the surprise of
 * each, then their average weighted by p and 1 − p. */
static void
add_coin_lines (DlmEntropyTopic *self,
                GPtrArray       *lines)
{
  double b = dlm_entropy_topic_base_value (self), q = 1 - self->p;
  double surprise_h = -log (self->p) / log (b), surprise_t = -log (q) / log (b);
  g_autofree char *sh = dlm_entropy_topic_amount (self, surprise_h), *st = dlm_entropy_topic_amount (self, surprise_t);
  g_autofree char *nh = dlm_entropy_topic_short_number (surprise_h), *nt = dlm_entropy_topic_short_number (surprise_t);
  g_autofree char *pt = dlm_entropy_topic_short_number (self->p), *qt = dlm_entropy_topic_short_number (q);
  g_autofree char *ht = dlm_entropy_topic_amount (self, dlm_binary_entropy (self->p, b));

  g_ptr_array_add (lines, g_strdup_printf (_("Surprise −%s: heads %s, tails %s"),
                                           dlm_entropy_topic_log_markup (self), sh, st));
  g_ptr_array_add (lines, g_strdup_printf (_("Average: %s · %s + %s · %s = %s"), pt, nh, qt, nt, ht));
}

/* The coin itself: heads with probability p, tails 1 − p, on the same
 * 0 to 1 scale as every probability in the app. */
static void
draw_coin (DlmEntropyTopic *self,
           cairo_t         *cr,
           const DlmTheme  *theme,
           DlmRect          rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  g_autofree char *pt = dlm_entropy_topic_short_number (self->p), *qt = dlm_entropy_topic_short_number (1 - self->p);
  g_autofree char *heads = g_strdup_printf (_("heads %s"), pt);
  g_autofree char *tails = g_strdup_printf (_("tails %s"), qt);
  const char *labels[] = { heads, tails };
  double probs[] = { self->p, 1 - self->p };

  dlm_axes_set_categories (axes, labels, 2);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1);
  dlm_axes_set_labels (axes, NULL, _("probability"));
  dlm_axes_set_title (axes, _("The coin"));
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, probs, 2, 0, 1, &theme->series[0], DLM_DIGITS_NONE);
}

static GPtrArray *
binary_lines (DlmEntropyTopic *self)
{
  double b = dlm_entropy_topic_base_value (self);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *h = dlm_entropy_topic_amount (self, dlm_binary_entropy (self->p, b));
  g_autofree char *half = dlm_entropy_topic_amount (self, dlm_binary_entropy (0.5, b));
  g_autofree char *skew = dlm_entropy_topic_amount (self, dlm_binary_entropy (0.9, b));

  g_ptr_array_add (lines, g_strdup_printf (_("H(%s) = %s"), pt, h));
  add_coin_lines (self, lines);
  g_ptr_array_add (lines, g_strdup (""));
  g_ptr_array_add (lines, g_strdup_printf (_("Fair, p = 0.5: %s (most)"), half));
  g_ptr_array_add (lines, g_strdup_printf (_("Biased, p = 0.9: %s"), skew));
  g_ptr_array_add (lines, g_strdup (_("Certain, p = 0 or 1: 0")));
  g_ptr_array_add (lines, g_strdup (_("0 · log 0 counts as 0")));
  g_ptr_array_add (lines, g_strdup (_("Symmetric: H(p) = H(1 − p)")));
  return lines;
}

/* "H(0.5) = 1 bit" beside the marker, towards the open side. */
static void
annotate_marker (DlmEntropyTopic *self,
                 DlmAxes         *axes)
{
  double h = dlm_binary_entropy (self->p, dlm_entropy_topic_base_value (self));
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *ht = dlm_entropy_topic_amount (self, h);
  g_autofree char *text = g_strdup_printf ("H(%s) = %s", pt, ht);

  dlm_axes_annotate (axes, self->p, h, self->p <= 0.5 ? 70 : -70, h > 0.6 * dlm_binary_entropy (0.5, dlm_entropy_topic_base_value (self)) ? 60 : -60, text);
}

void
dlm_entropy_render_binary (DlmEntropyTopic *self,
                           cairo_t         *cr,
                           const DlmTheme  *theme,
                           DlmRect          area)
{
  double top = dlm_binary_entropy (0.5, dlm_entropy_topic_base_value (self)), h = dlm_binary_entropy (self->p, dlm_entropy_topic_base_value (self));
  g_autoptr(DlmAxes) axes = NULL;
  g_autoptr(GPtrArray) lines = binary_lines (self);
  DlmStroke curve = { &theme->series[0], 1.4, FALSE }, guide = { &theme->muted, 0.8, TRUE };
  g_autofree char *ylabel = g_strdup_printf (_("H(p) in %s"), dlm_entropy_topic_unit (self));
  DlmRect plot, facts, coin;
  double below;

  split_area (theme, area, 0.56, &plot, &facts);
  axes = dlm_axes_new (cr, theme, plot);
  /* a little room round 0 and 1 so the markers at the ends sit inside
   * the frame, clear of the tick labels (the ticks still run 0 to 1) */
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, -0.025, 1.025);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, -0.03 * top, top * 1.12);
  dlm_axes_set_labels (axes, _("p, the probability of heads"), ylabel);
  dlm_axes_draw_frame (axes);
  dlm_axes_hline (axes, top, &guide);
  dlm_axes_function (axes, dlm_entropy_topic_binary_func, self, &curve);
  dlm_axes_points (axes, (double[]) { 0, 1 }, (double[]) { 0, 0 }, 2, &theme->series[0], 5);
  dlm_axes_vline (axes, self->p, &guide);
  dlm_axes_points (axes, &self->p, &h, 1, &theme->highlight, 7);
  annotate_marker (self, axes);
  /* the ends, unless the marker's own label names one of them */
  if (self->p > 0.15)
    dlm_axes_text (axes, 0.03, 0.04 * top, DLM_ANCHOR_SOUTH_WEST, &theme->foreground, "H(0) = 0");
  if (self->p < 0.85)
    dlm_axes_text (axes, 0.97, 0.04 * top, DLM_ANCHOR_SOUTH_EAST, &theme->foreground, "H(1) = 0");
  self->panel = dlm_axes_get_geometry (axes);
  below = draw_facts (cr, theme, facts, _("<b>Binary entropy</b>"), lines);
  /* the coin fills the rest of the column, if there is room for a plot */
  coin = (DlmRect) { facts.x, below + dlm_theme_px (theme, 12), MIN (facts.width, dlm_theme_px (theme, 420)), 0 };
  coin.height = facts.y + facts.height - coin.y;
  if (below > facts.y && coin.height >= dlm_theme_px (theme, 150))
    draw_coin (self, cr, theme, coin);
}

/* ---- distribution view -------------------------------------------------- */

static GPtrArray *
distribution_lines (DlmEntropyTopic *self)
{
  guint n = self->dist.used->len;
  double b = dlm_entropy_topic_base_value (self), h = dlm_entropy_topic_dist_entropy (self), most = log (n) / log (b);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *ht = dlm_entropy_topic_amount (self, h), *mt = dlm_entropy_topic_amount (self, most);
  g_autofree char *share = dlm_format_short (n > 1 ? 100 * h / most : 100, 0);

  g_ptr_array_add (lines, g_strdup_printf (_("H = %s"), ht));
  g_ptr_array_add (lines, g_strdup_printf (_("Uniform: log %u = %s (most)"), n, mt));
  g_ptr_array_add (lines, g_strdup (_("One certain outcome: 0")));
  g_ptr_array_add (lines, g_strdup_printf (_("Here: %s%% of the most"), share));
  return lines;
}

/* The entropy on a gauge from 0 (certain) to log n (uniform). */
static void
draw_gauge (DlmEntropyTopic *self,
            cairo_t         *cr,
            const DlmTheme  *theme,
            DlmRect          rect)
{
  guint n = self->dist.used->len;
  double most = log (n) / log (dlm_entropy_topic_base_value (self)), h = dlm_entropy_topic_dist_entropy (self);
  double x = rect.x + rect.width * (n > 1 ? CLAMP (h / most, 0, 1) : 0);
  DlmColor track = dlm_color_with_alpha (&theme->muted, 0.25);
  g_autofree char *mt = dlm_entropy_topic_short_number (most);
  g_autofree char *right = g_strdup_printf (_("log n = %s"), mt);

  dlm_theme_set_color (cr, &track);
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  cairo_fill (cr);
  dlm_theme_set_color (cr, &theme->series[0]);
  cairo_rectangle (cr, rect.x, rect.y, x - rect.x, rect.height);
  cairo_fill (cr);
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, rect.x, rect.y + rect.height * 1.3,
                 DLM_ANCHOR_NORTH_WEST, _("0: certain"));
  dlm_text_draw (cr, theme, DLM_TEXT_SMALL, &theme->muted, rect.x + rect.width,
                 rect.y + rect.height * 1.3, DLM_ANCHOR_NORTH_EAST, right);
}

/* H as a sum: each outcome's part −p log p, beside the bars of p. The
 * parts add up to H; a part is largest, 1/(e ln b), at p = 1/e, and 0 for
 * an impossible or a certain outcome. */
static void
draw_parts (DlmEntropyTopic *self,
            cairo_t         *cr,
            const DlmTheme  *theme,
            DlmRect          rect)
{
  guint n = self->dist.used->len;
  const double *p = dlm_entropy_topic_values (self->dist.used);
  double b = dlm_entropy_topic_base_value (self), title_h;
  g_autofree double *parts = g_new (double, n);
  g_auto(GStrv) labels = index_labels (n);
  g_autofree char *ylabel = g_strdup_printf (_("in %s"), dlm_entropy_topic_unit (self));
  g_autoptr(DlmAxes) axes = NULL;

  for (guint i = 0; i < n; i++)
    parts[i] = p[i] > 0 ? -p[i] * log (p[i]) / log (b) : 0;
  title_h = dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, rect.width,
                                   _("Each outcome’s part of H: −p log p"));
  rect.y += title_h;
  rect.height -= title_h;
  axes = dlm_axes_new (cr, theme, rect);
  dlm_axes_set_categories (axes, (const char *const *) labels, n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1 / (M_E * log (b)) * 1.05);
  dlm_axes_set_labels (axes, NULL, ylabel);
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, parts, n, 0, 1, &theme->series[2], DLM_DIGITS_NONE);
}

void
dlm_entropy_render_distribution (DlmEntropyTopic *self,
                                 cairo_t         *cr,
                                 const DlmTheme  *theme,
                                 DlmRect          area)
{
  guint n = self->dist.used->len;
  g_auto(GStrv) labels = index_labels (n);
  g_autoptr(DlmAxes) axes = NULL;
  g_autoptr(GPtrArray) lines = distribution_lines (self);
  DlmStroke uniform = { &theme->series[1], 1.0, TRUE };
  double h, uniform_p = 1.0 / n;
  g_autofree char *ut = dlm_entropy_topic_short_number (uniform_p);
  g_autofree char *note = g_strdup_printf (_("uniform 1/%u = %s"), n, ut);
  const char *contrast[] = { N_("Variance depends on the values,"), N_("H only on the probabilities.") };
  DlmRect plot, facts;
  double below, small;

  split_area (theme, area, 0.58, &plot, &facts);
  axes = dlm_axes_new (cr, theme, plot);
  dlm_axes_set_categories (axes, (const char *const *) labels, n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1);
  dlm_axes_set_labels (axes, _("outcome"), _("probability"));
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, dlm_entropy_topic_values (self->dist.used), n, 0, 1, &theme->series[0],
                 n <= 12 ? DLM_DIGITS_COMPACT : DLM_DIGITS_NONE);
  dlm_axes_hline (axes, uniform_p, &uniform);
  dlm_axes_legend (axes, (DlmLegendEntry[]) { { note, &theme->series[1], TRUE, FALSE } }, 1,
                   DLM_ANCHOR_BEST);
  self->panel = dlm_axes_get_geometry (axes);
  below = draw_facts (cr, theme, facts, _("<b>Entropy H(p)</b>"), lines);
  if (below <= facts.y)
    return;
  /* the gauge right under the lines, however they wrapped, then the
   * contrast with the variance */
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "Xg", NULL, &small);
  draw_gauge (self, cr, theme, (DlmRect) { facts.x, below, facts.width * 0.9, h * 0.7 });
  below += h * 0.7 * 1.3 + small + h;
  for (guint i = 0; i < G_N_ELEMENTS (contrast); i++)
    below += dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, facts.x, below, facts.width,
                                    _(contrast[i])) + h * 0.55;
  below += h;
  if (facts.y + facts.height - below >= 12 * h)
    draw_parts (self, cr, theme, (DlmRect) { facts.x, below, facts.width, facts.y + facts.height - below });
}

/* ---- cross-entropy view --------------------------------------------------- */

/* The widest value label of @values (NULL: none) in @digits' form. */
static double
widest_label (cairo_t        *cr,
              const DlmTheme *theme,
              const double   *values,
              guint           n,
              int             digits)
{
  double widest = 0, w;

  for (guint i = 0; values != NULL && i < n; i++)
    {
      g_autofree char *text = dlm_format_short (values[i], digits == DLM_DIGITS_COMPACT ? -1 : digits);

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, text, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* Two bars side by side leave each label half a class: a wider one, such
 * as 1/6 in full (0.166667), runs into the other series' bar, which then
 * covers it. So the labels are as exact as fits there: the shortest exact
 * form, else two decimals, else none (the words and the CSV have every
 * value). */
static int
pair_digits (cairo_t               *cr,
             const DlmTheme        *theme,
             const DlmAxesGeometry *geometry,
             const double          *p,
             const double          *q,
             guint                  n)
{
  const int forms[] = { DLM_DIGITS_COMPACT, 2 };
  double room = 0.85 * geometry->plot.width / n / 2;

  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    if (MAX (widest_label (cr, theme, p, n, forms[f]), widest_label (cr, theme, q, n, forms[f])) <= room)
      return forms[f];
  return DLM_DIGITS_NONE;
}

static GPtrArray *
cross_lines (DlmEntropyTopic *self)
{
  Cross c = dlm_entropy_topic_cross_numbers (self);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *ce = dlm_entropy_topic_amount (self, c.cross), *h = dlm_entropy_topic_amount (self, c.entropy);
  g_autofree char *kl = dlm_entropy_topic_amount (self, c.kl), *qt = dlm_format_short (c.q_true, -1);

  if (self->target == DLM_ENTROPY_TARGET_ONEHOT)
    g_ptr_array_add (lines, g_strdup_printf (_("H(p, q) = −%s %s = %s"),
                                             dlm_entropy_topic_log_markup (self), qt, ce));
  else
    g_ptr_array_add (lines, g_strdup_printf (_("H(p, q) = −Σ p log q = %s"), ce));
  g_ptr_array_add (lines, g_strdup_printf (_("H(p) = %s"), h));
  g_ptr_array_add (lines, g_strdup_printf (_("KL(p ‖ q) = %s"), kl));
  g_ptr_array_add (lines, g_strdup (""));
  g_ptr_array_add (lines, g_strdup (_("KL = H(p, q) − H(p) ≥ 0")));
  if (isinf (c.cross))
    g_ptr_array_add (lines, g_strdup (_("q gives the truth 0: loss ∞")));
  else if (self->target == DLM_ENTROPY_TARGET_ONEHOT)
    g_ptr_array_add (lines, g_strdup (_("One-hot p: H(p) = 0, KL = H(p, q)")));
  return lines;
}

static double
loss_func (double   q,
           gpointer data)
{
  return -log (q) / log (dlm_entropy_topic_base_value (data));
}

/* The loss of a one-hot truth as a function of the q given to the true
 * class: 0 for a sure right answer, without bound as q goes to 0; the
 * marker (in the highlight colour, like the outlined bar) is this
 * prediction. */
static void
draw_loss_curve (DlmEntropyTopic *self,
                 cairo_t         *cr,
                 const DlmTheme  *theme,
                 DlmRect          rect)
{
  Cross c = dlm_entropy_topic_cross_numbers (self);
  double top = loss_func (0.01, self), title_h;
  DlmStroke curve = { &theme->series[0], 1.2, FALSE };
  g_autofree char *ylabel = g_strdup_printf (_("loss in %s"), dlm_entropy_topic_unit (self));
  g_autoptr(DlmAxes) axes = NULL;

  title_h = dlm_text_draw_wrapped (cr, theme, DLM_TEXT_BODY, NULL, rect.x, rect.y, rect.width,
                                   _("The loss −log q against q of the true class"));
  rect.y += title_h;
  rect.height -= title_h;
  axes = dlm_axes_new (cr, theme, rect);
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, 1);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, top);
  dlm_axes_set_labels (axes, _("q of the true class"), ylabel);
  dlm_axes_draw_frame (axes);
  dlm_axes_function (axes, loss_func, self, &curve);
  /* q = 0 is an infinite loss: no point to mark (the words say ∞) */
  if (c.cross <= top)
    dlm_axes_points (axes, &c.q_true, &c.cross, 1, &theme->highlight, 6);
}

void
dlm_entropy_render_cross (DlmEntropyTopic *self,
                          cairo_t         *cr,
                          const DlmTheme  *theme,
                          DlmRect          area)
{
  g_autoptr(GArray) p = dlm_entropy_topic_truth_distribution (self);
  guint n = self->q.used->len;
  g_auto(GStrv) labels = index_labels (n);
  g_autoptr(DlmAxes) axes = NULL;
  g_autoptr(GPtrArray) lines = cross_lines (self);
  gboolean onehot = self->target == DLM_ENTROPY_TARGET_ONEHOT;
  /* the outlined bar is the one the loss reads: say so */
  DlmLegendEntry legend[] = {
    { _("p, the truth"), &theme->series[1], FALSE, TRUE },
    { _("q, the prediction"), &theme->series[0], FALSE, TRUE },
    { _("outlined: q of the true class (the loss)"), &theme->highlight, FALSE, FALSE },
  };
  const double *p_values = dlm_entropy_topic_values (p), *q_values = dlm_entropy_topic_values (self->q.used);
  DlmAxesGeometry geometry;
  DlmRect plot, facts;
  double below, h;
  int digits;

  split_area (theme, area, 0.55, &plot, &facts);
  axes = dlm_axes_new (cr, theme, plot);
  dlm_axes_set_categories (axes, (const char *const *) labels, n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1);
  dlm_axes_set_labels (axes, _("class"), _("probability"));
  if (onehot)
    dlm_axes_set_highlight_category (axes, self->truth);
  dlm_axes_draw_frame (axes);
  geometry = dlm_axes_get_geometry (axes);
  /* a one-hot truth is all 0 but one 1: its bars need no numbers */
  digits = n <= 8 ? pair_digits (cr, theme, &geometry, onehot ? NULL : p_values, q_values, n) : DLM_DIGITS_NONE;
  dlm_axes_bars (axes, p_values, n, 0, 2, &theme->series[1], onehot ? DLM_DIGITS_NONE : digits);
  dlm_axes_bars (axes, q_values, n, 1, 2, &theme->series[0], digits);
  if (onehot)
    dlm_axes_bar_outline (axes, self->truth, q_values[self->truth], 1, 2, &theme->highlight);
  self->panel = geometry;
  below = draw_facts (cr, theme, facts, _("<b>Cross-entropy and KL</b>"), lines);
  if (below <= facts.y)
    {
      dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend) - (onehot ? 0 : 1), DLM_ANCHOR_BEST);
      return;
    }
  below = draw_key (cr, theme, (DlmRect) { facts.x, below + dlm_theme_px (theme, 12), facts.width,
                                           facts.y + facts.height - below - dlm_theme_px (theme, 12) },
                    legend, G_N_ELEMENTS (legend) - (onehot ? 0 : 1));
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  if (onehot && facts.y + facts.height - below >= 12 * h)
    draw_loss_curve (self, cr, theme, (DlmRect) { facts.x, below, facts.width, facts.y + facts.height - below });
}
