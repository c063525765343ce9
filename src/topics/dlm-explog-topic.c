/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_statistics_double.h>
#include <float.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-explog.h"
#include "dlm-explog-topic.h"
#include "dlm-format.h"

#define CSV_SAMPLES 101
#define GRID 2001

struct _DlmExplogTopic
{
  DlmTopic         parent_instance;

  DlmExplogView    view;
  DlmExplogBase    base;
  double           xmin;
  double           xmax;
  double           p;
  int              n;

  DlmAxesGeometry  panels[2];
};

G_DEFINE_ENUM_TYPE (DlmExplogView, dlm_explog_view,
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_VIEW_CURVES, "curves"),
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_VIEW_STRETCH, "stretch"),
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_VIEW_MONOTONIC, "monotonic"),
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_VIEW_PRECISION, "precision"))

G_DEFINE_ENUM_TYPE (DlmExplogBase, dlm_explog_base,
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_BASE_E, "e"),
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_BASE_2, "2"),
  G_DEFINE_ENUM_VALUE (DLM_EXPLOG_BASE_10, "10"))

G_DEFINE_FINAL_TYPE (DlmExplogTopic, dlm_explog_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_BASE,
  PROP_XMIN,
  PROP_XMAX,
  PROP_P,
  PROP_N,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Everything that names or uses the chosen base, in one table. A figure
 * names its logarithm one way only, the way that fits the base: ln for
 * base e, log₂ and log₁₀ for the others. */
typedef struct {
  double      value;
  const char *symbol;       /* "e": also the markup of the base */
  const char *exp_markup;   /* "eˣ" as markup */
  const char *exp_plain;    /* for read-outs, which are plain text */
  const char *log_markup;   /* "ln": the name of the logarithm */
  const char *log_plain;
  int         power;        /* a worked example: log (base^power) = power */
} BaseInfo;

static const BaseInfo bases[] = {
  [DLM_EXPLOG_BASE_E]  = { M_E,  "e",  "e<sup>x</sup>",  "eˣ",  "ln",               "ln",    3 },
  [DLM_EXPLOG_BASE_2]  = { 2.0,  "2",  "2<sup>x</sup>",  "2ˣ",  "log<sub>2</sub>",  "log2",  3 },
  [DLM_EXPLOG_BASE_10] = { 10.0, "10", "10<sup>x</sup>", "10ˣ", "log<sub>10</sub>", "log10", 2 },
};

static const BaseInfo *
base_info (DlmExplogTopic *self)
{
  return &bases[self->base];
}

static double
base_value (DlmExplogTopic *self)
{
  return bases[self->base].value;
}

static double
exp_func (double x, gpointer data)
{
  return dlm_exp_base (x, base_value (data));
}

static double
log_func (double x, gpointer data)
{
  return dlm_log_base (x, base_value (data));
}

static double
identity_func (double x, gpointer data)
{
  return x;
}

/* A loss-like curve with its minimum at x = 1: positive everywhere, so its
 * logarithm exists everywhere. */
static double
loss_func (double x, gpointer data)
{
  return (x - 1) * (x - 1) + 0.25;
}

static double
log_loss_func (double x, gpointer data)
{
  return dlm_log_base (loss_func (x, NULL), base_value (data));
}

/* ---- views ------------------------------------------------------------ */

/* One key line of the curves: a stroke sample and its label. */
static void
draw_key (cairo_t              *cr,
          const DlmTheme       *theme,
          const DlmLegendEntry *entry,
          double                x,
          double                y,
          double                width)
{
  double swatch = dlm_theme_px (theme, 28), dash = dlm_theme_px (theme, 6);

  cairo_save (cr);
  dlm_theme_set_color (cr, entry->color);
  cairo_set_line_width (cr, dlm_theme_px (theme, theme->line_width * 1.3));
  if (entry->dashed)
    cairo_set_dash (cr, &dash, 1, 0);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + swatch, y);
  cairo_stroke (cr);
  cairo_restore (cr);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, x + 1.4 * swatch, y, DLM_ANCHOR_WEST,
                        width - 1.4 * swatch, entry->label);
}

/* The key of the curves and the facts they show, in words and numbers
 * computed here: a column beside the plot, so that no legend sits on the
 * curves, their notes or the shaded band at any zoom. The column shrinks
 * as one (to half size at most) when it is taller than @rect. */
static void
draw_facts (DlmExplogTopic       *self,
            cairo_t              *cr,
            const DlmTheme       *theme,
            DlmRect               rect,
            const DlmLegendEntry *keys,
            guint                 n_keys)
{
  const BaseInfo *info = base_info (self);
  const char *sym = info->symbol, *log = info->log_markup;
  double b = base_value (self), y = 0, h, factor;
  g_autofree char *e1 = dlm_format_short (dlm_exp_base (1, b), 5);
  g_autofree char *em = dlm_format_short (dlm_exp_base (-5, b), 4);
  /* base e's power is not a round number: e³ = 20.09 */
  g_autofree char *big = dlm_format_short (dlm_exp_base (info->power, b), b == M_E ? 2 : 0);
  char *facts[] = {
    g_strdup_printf (_("%s<sup>1</sup> = %s"), sym, e1),
    g_strdup_printf (_("%s<sup>−5</sup> = %s: small, never 0 or negative"), sym, em),
    /* TRANSLATORS: "ln 1 = 0, because e⁰ = 1": the logarithm's name, then the base */
    g_strdup_printf (_("%s 1 = 0, because %s<sup>0</sup> = 1"), log, sym),
    /* TRANSLATORS: "ln e = 1, because e¹ = e" */
    g_strdup_printf (_("%s %s = 1, because %s<sup>1</sup> = %s"), log, sym, sym, sym),
    /* TRANSLATORS: "log₁₀ 100 = 2, because 10² = 100" */
    g_strdup_printf (_("%s %s = %d, because %s<sup>%d</sup> = %s"), log, big, info->power,
                     sym, info->power, big),
    /* TRANSLATORS: "ln x for x ≤ 0: undefined" */
    g_strdup_printf (_("%s x for x ≤ 0: undefined"), log),
  };

  double widest = 0, w;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++, widest = MAX (widest, w))
    dlm_text_size (cr, theme, DLM_TEXT_BODY, facts[i], &w, NULL);
  for (guint i = 0; i < n_keys; i++, widest = MAX (widest, w + dlm_theme_px (theme, 40)))
    dlm_text_size (cr, theme, DLM_TEXT_BODY, keys[i].label, &w, NULL);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &h);
  factor = MIN (rect.height / (h * (1.6 * n_keys + 1.0 + 1.8 + 1.6 * G_N_ELEMENTS (facts))),
                rect.width / widest);
  /* half size at most, but never below the unzoomed size: at a high zoom
   * the column may shrink further, its type stays as big as at 100 % */
  factor = CLAMP (factor, MIN (0.5, 1.0 / theme->scale), 1.0);
  cairo_save (cr);
  cairo_translate (cr, rect.x, rect.y);
  cairo_scale (cr, factor, factor);
  rect.width /= factor;
  for (guint i = 0; i < n_keys; i++, y += h * 1.6)
    draw_key (cr, theme, &keys[i], 0, y + h / 2, rect.width);
  y += h;
  /* a very short figure (a high zoom with the formula below it) keeps the
   * facts that fit; the explanation under the figure says them too */
  if (y + h * 2.8 <= rect.height / factor)
    dlm_text_draw (cr, theme, DLM_TEXT_BODY, NULL, 0, y, DLM_ANCHOR_NORTH_WEST,
                   _("<b>Worth remembering</b>"));
  y += h * 1.8;
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++, y += h * 1.6)
    {
      if (y + h <= rect.height / factor)
        dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, i == 5 ? &theme->error : NULL, 0, y,
                              DLM_ANCHOR_NORTH_WEST, rect.width, facts[i]);
      g_free (facts[i]);
    }
  cairo_restore (cr);
}

/* In the shaded x ≤ 0 band and never wider than it, at its top, where no
 * curve passes (the mirror line crosses the band's foot and would cut
 * through a note there). When the plot is too small
 * for its type (a high zoom), the notes of the points would cover it and
 * it would have to shrink by more than a quarter: then only the facts
 * beside the plot say it. */
static void
draw_undefined_note (DlmExplogTopic        *self,
                     cairo_t               *cr,
                     const DlmTheme        *theme,
                     const DlmAxesGeometry *g,
                     gboolean               at_top)
{
  /* TRANSLATORS: "ln x is undefined\nfor x ≤ 0"; %s is the logarithm's name */
  g_autofree char *note = g_strdup_printf (_("%s x is undefined\nfor x ≤ 0"),
                                           base_info (self)->log_markup);
  double left = g->plot.x;
  double right = dlm_geometry_x_to_px (g, MIN (0, g->x.max));
  double pad = dlm_theme_px (theme, 6), w, h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, note, &w, &h);
  /* at the top of the band: no curve goes there (the mirror line y = x
   * enters the band at its foot) */
  if (at_top || (g->plot.height >= 3 * h && 0.75 * w <= right - left - 2 * pad))
    dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, &theme->error, (left + right) / 2,
                          g->plot.y + pad, DLM_ANCHOR_NORTH, right - left - 2 * pad, note);
}

static void
render_curves (DlmExplogTopic *self,
               cairo_t        *cr,
               const DlmTheme *theme,
               DlmRect         area)
{
  double gap = dlm_theme_px (theme, 40);
  DlmRect plot_area = area;
  g_autoptr(DlmAxes) axes = NULL;
  DlmRect facts;

  plot_area.width = MIN (area.width * 0.62, area.height + dlm_theme_px (theme, 60));
  facts = (DlmRect) { area.x + plot_area.width + gap, area.y + dlm_theme_px (theme, 10),
                      area.width - plot_area.width - gap, area.height };
  axes = dlm_axes_new (cr, theme, plot_area);
  DlmStroke exp_stroke = { &theme->series[0], 1.3, FALSE };
  DlmStroke log_stroke = { &theme->series[1], 1.3, FALSE };
  DlmStroke mirror = { &theme->muted, 0.8, TRUE };
  g_autofree char *exp_label = g_strdup_printf ("y = %s", base_info (self)->exp_markup);
  g_autofree char *log_label = g_strdup_printf ("y = %s x", base_info (self)->log_markup);
  DlmLegendEntry legend[] = {
    { exp_label, &theme->series[0], FALSE, FALSE },
    { log_label, &theme->series[1], FALSE, FALSE },
    { _("y = x (mirror line)"), &theme->muted, TRUE, FALSE },
  };
  DlmAxesGeometry g;
  gboolean keys_beside;

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, self->xmin, self->xmax);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, self->xmin, self->xmax);
  dlm_axes_set_equal (axes, TRUE);
  dlm_axes_set_labels (axes, "x", "y");
  dlm_axes_draw_frame (axes);
  g = dlm_axes_get_geometry (axes);
  facts.x = g.plot.x + g.plot.width + gap;
  facts.width = area.x + area.width - facts.x;
  /* in device pixels, not scaled: the column shrinks its type to fit, so
   * only a really narrow figure needs the key inside the plot */
  keys_beside = facts.width > 160;

  if (g.x.min < 0)
    {
      DlmColor shade = dlm_color_with_alpha (&theme->error, 0.07);
      dlm_axes_fill_rect (axes, g.x.min, MIN (0, g.x.max), g.y.min, g.y.max, &shade);
      draw_undefined_note (self, cr, theme, &g, !keys_beside);
    }

  dlm_axes_function (axes, identity_func, NULL, &mirror);
  dlm_axes_function (axes, exp_func, self, &exp_stroke);
  dlm_axes_function (axes, log_func, self, &log_stroke);
  dlm_axes_points (axes, (double[]) { 0, 1 }, (double[]) { 1, 0 }, 2, &theme->highlight, 6);
  {
    g_autofree char *note = g_strdup_printf ("(0, 1): %s<sup>0</sup> = 1",
                                             base_info (self)->symbol);
    dlm_axes_annotate (axes, 0, 1, -70, -40, note);
  }
  {
    g_autofree char *note = g_strdup_printf ("(1, 0): %s 1 = 0", base_info (self)->log_markup);
    dlm_axes_annotate (axes, 1, 0, 70, 40, note);
  }
  self->panels[0] = dlm_axes_get_geometry (axes);
  if (keys_beside)
    draw_facts (self, cr, theme, facts, legend, G_N_ELEMENTS (legend));
  else
    dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_SOUTH_EAST);
}

static const double stretch_values[] = { 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1 };

/* The values up to 0.1 on the linear axis crowd into one clump: a bracket
 * over it says how many values it holds. */
static void
draw_clump_bracket (DlmAxes        *axes,
                    cairo_t        *cr,
                    const DlmTheme *theme)
{
  const double lo = stretch_values[0], hi = 0.1;
  DlmAxesGeometry g = dlm_axes_get_geometry (axes);
  /* in pixels: clear of the points (y = 0.5), whatever the strip's height */
  double unit = 1 / MAX (g.plot.height, 1), tick = dlm_theme_px (theme, 6) * unit;
  double y = 0.5 + dlm_theme_px (theme, 11) * unit + tick;
  DlmStroke stroke = { &theme->foreground, 0.6, FALSE };
  g_autofree char *text = NULL;
  double text_h;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (stretch_values); i++)
    n += stretch_values[i] <= hi;
  /* TRANSLATORS: "7 of the 10 values lie between 0 and 0.1" */
  text = g_strdup_printf (_("%u of the %u values lie between 0 and 0.1"), n,
                          (guint) G_N_ELEMENTS (stretch_values));
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, text, NULL, &text_h);
  dlm_axes_line (axes, (double[]) { lo, lo, hi, hi }, (double[]) { y - tick, y, y, y - tick }, 4,
                 &stroke);
  /* a short strip (a slide in large type) has no room for the words
   * above the bracket: the title says what it shows */
  if (y + (dlm_theme_px (theme, 3) + text_h) * unit <= 1)
    dlm_axes_text (axes, lo, y + dlm_theme_px (theme, 3) * unit, DLM_ANCHOR_SOUTH_WEST, NULL, text);
}

/* The ten values on one axis from @lo to @hi (those inside it). A linear
 * axis starts a little left of 0, so that no point is cut by it, and
 * draws small points: the clump near 0 is the lesson; on the full one a
 * bracket counts it. The log axis labels every value. */
static void
draw_strip (DlmExplogTopic *self,
            cairo_t        *cr,
            const DlmTheme *theme,
            DlmRect         rect,
            DlmScaleKind    kind,
            double          hi,
            const char     *title)
{
  const guint n = G_N_ELEMENTS (stretch_values);
  gboolean log = kind == DLM_SCALE_LOG;
  double ys[G_N_ELEMENTS (stretch_values)];
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);

  for (guint i = 0; i < n; i++)
    ys[i] = 0.5;
  dlm_axes_set_x (axes, kind, log ? 0.0007 : -0.03 * hi, log ? 1.5 : 1.05 * hi);
  dlm_axes_set_log_base (axes, 10, 10);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1);
  dlm_axes_hide_y (axes);
  dlm_axes_set_title (axes, title);
  dlm_axes_draw_frame (axes);
  dlm_axes_points (axes, stretch_values, ys, n, &theme->series[0], log ? 7 : 4.5);
  if (!log)
    {
      if (hi == 1)
        draw_clump_bracket (axes, cr, theme);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = dlm_format_short (stretch_values[i], -1);
      dlm_axes_text (axes, stretch_values[i], 0.68, DLM_ANCHOR_SOUTH, NULL, t);
    }
}

/* Three number lines: all ten values on a linear axis, its first tenth
 * magnified ten times (the smallest still crowd), and a log axis. */
static void
render_stretch (DlmExplogTopic *self,
                cairo_t        *cr,
                const DlmTheme *theme,
                DlmRect         area)
{
  double gap = dlm_theme_px (theme, 20);

  draw_strip (self, cr, theme, dlm_rect_row (area, 3, 0, gap), DLM_SCALE_LINEAR, 1,
              _("0.001 … 1 on a linear axis: the small values crowd together near 0"));
  draw_strip (self, cr, theme, dlm_rect_row (area, 3, 1, gap), DLM_SCALE_LINEAR, 0.1,
              _("Its first tenth, magnified ×10: the smallest values still crowd together"));
  draw_strip (self, cr, theme, dlm_rect_row (area, 3, 2, gap), DLM_SCALE_LOG, 1,
              _("The same values on a logarithmic axis: each step of ×10 gets the same room"));
}

/* Index of the smallest of @func over an even grid on [xmin, xmax]. */
static double
grid_argmin (DlmExplogTopic *self,
             DlmPlotFunc     func)
{
  double values[GRID];
  gsize i;

  for (guint k = 0; k < GRID; k++)
    values[k] = func (self->xmin + (self->xmax - self->xmin) * k / (GRID - 1), self);
  i = gsl_stats_min_index (values, 1, GRID);
  return self->xmin + (self->xmax - self->xmin) * i / (GRID - 1);
}

static void
render_monotonic (DlmExplogTopic *self,
                  cairo_t        *cr,
                  const DlmTheme *theme,
                  DlmRect         area)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, area);
  DlmStroke f_stroke = { &theme->series[0], 1.3, FALSE };
  DlmStroke log_stroke = { &theme->series[1], 1.3, FALSE };
  DlmStroke marker = { &theme->highlight, 0.8, TRUE };
  double a = grid_argmin (self, loss_func), b = grid_argmin (self, log_loss_func);
  double hi = MAX (loss_func (self->xmin, NULL), loss_func (self->xmax, NULL));
  double lo = MIN (log_loss_func (a, self), 0);
  const char *log = base_info (self)->log_markup;
  g_autofree char *log_label = g_strdup_printf ("%s f(x)", log);
  g_autofree char *at = dlm_format_short (a, 2);
  /* TRANSLATORS: "argmin f = argmin ln f = 1.00"; the first %s is the logarithm's name */
  g_autofree char *note = g_strdup_printf (_("argmin f = argmin %s f = %s"), log, at);
  /* the marked minimum is explained in the key, not in a callout that the
   * curves would cross */
  DlmLegendEntry legend[] = {
    { _("f(x) = (x − 1)² + 0.25"), &theme->series[0], FALSE, FALSE },
    { log_label, &theme->series[1], FALSE, FALSE },
    { note, &theme->highlight, TRUE, FALSE },
  };

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, self->xmin, self->xmax);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo - 0.5, hi * 1.05);
  dlm_axes_set_labels (axes, "x", NULL);
  dlm_axes_draw_frame (axes);
  /* from the axis up to f's minimum only: it joins the two minima and
   * stays clear of the key */
  dlm_axes_line (axes, (double[]) { a, a }, (double[]) { lo - 0.5, loss_func (a, NULL) }, 2, &marker);
  dlm_axes_function (axes, loss_func, self, &f_stroke);
  dlm_axes_function (axes, log_loss_func, self, &log_stroke);
  dlm_axes_points (axes, (double[]) { a, b }, (double[]) { loss_func (a, NULL), log_loss_func (b, self) },
                   2, &theme->highlight, 6);
  dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_BEST);
  self->panels[0] = dlm_axes_get_geometry (axes);
}

static void
render_product_panel (DlmExplogTopic *self,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmRect         rect,
                      const double   *k,
                      const double   *product)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke stroke = { &theme->series[0], 1.3, FALSE };
  guint zero_at = dlm_underflow_step (self->p, self->n);
  g_autofree char *pt = dlm_format_short (self->p, -1);
  /* the underflow is told in the title, where the falling line can't
   * cross it; the dashed line in the error colour marks the step */
  g_autofree char *title = zero_at > 0
    /* TRANSLATORS: "Product 0.01 × 0.01 × …: exactly 0 after 162 factors" */
    ? g_strdup_printf (_("Product %s × %s × …: exactly 0 after %u factors"), pt, pt, zero_at)
    : g_strdup_printf (_("Product %s × %s × …"), pt, pt);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, self->n);
  dlm_axes_set_y (axes, DLM_SCALE_LOG, DBL_TRUE_MIN, 10);
  dlm_axes_set_log_base (axes, 10, 10);
  dlm_axes_set_title (axes, title);
  dlm_axes_set_labels (axes, _("number of factors"), NULL);
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, k, product, self->n + 1, &stroke);
  if (zero_at > 0)
    {
      DlmStroke marker = { &theme->error, 0.8, TRUE };
      dlm_axes_vline (axes, zero_at, &marker);
    }
  self->panels[0] = dlm_axes_get_geometry (axes);
}

static void
render_log_sum_panel (DlmExplogTopic *self,
                      cairo_t        *cr,
                      const DlmTheme *theme,
                      DlmRect         rect,
                      const double   *k,
                      const double   *log_sum)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  DlmStroke stroke = { &theme->series[1], 1.3, FALSE };
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *total = dlm_format_short (log_sum[self->n], 2);
  const char *log = base_info (self)->log_markup;
  /* TRANSLATORS: "Sum of logarithms: ln 0.01 + ln 0.01 + …"; the first and
   * third %s are the logarithm's name, the others the probability */
  g_autofree char *title = g_strdup_printf (_("Sum of logarithms: %s %s + %s %s + …"),
                                            log, pt, log, pt);
  g_autofree char *note = g_strdup_printf ("%d × %s %s = %s", self->n, log, pt, total);

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, self->n);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, MIN (log_sum[self->n] * 1.08, -1), 1);
  dlm_axes_set_title (axes, title);
  dlm_axes_set_labels (axes, _("number of terms"), NULL);
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, k, log_sum, self->n + 1, &stroke);
  dlm_axes_annotate (axes, self->n, log_sum[self->n], -150, -60, note);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

static void
render_precision (DlmExplogTopic *self,
                  cairo_t        *cr,
                  const DlmTheme *theme,
                  DlmRect         area)
{
  g_autofree double *k = g_new (double, self->n + 1);
  g_autofree double *product = g_new (double, self->n + 1);
  g_autofree double *log_sum = g_new (double, self->n + 1);
  double gap = dlm_theme_px (theme, 32);

  k[0] = 0;
  product[0] = 1;
  log_sum[0] = 0;
  for (int i = 1; i <= self->n; i++)
    {
      k[i] = i;
      product[i] = product[i - 1] * self->p;
      log_sum[i] = log_sum[i - 1] + dlm_log_base (self->p, base_value (self));
    }
  render_product_panel (self, cr, theme, dlm_rect_column (area, 2, 0, gap), k, product);
  render_log_sum_panel (self, cr, theme, dlm_rect_column (area, 2, 1, gap), k, log_sum);
}

static const char *
view_title (DlmExplogTopic *self)
{
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:   return _("The logarithm stretches small numbers apart");
    case DLM_EXPLOG_VIEW_MONOTONIC: return _("The logarithm keeps the order: the minimum stays where it was");
    case DLM_EXPLOG_VIEW_PRECISION: return _("Multiplying small probabilities underflows; adding their logarithms does not");
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        return _("The exponential and the logarithm undo each other");
    }
}

static void
dlm_explog_topic_render (DlmTopic       *topic,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         double          width,
                         double          height)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height, view_title (self));

  self->panels[0].valid = self->panels[1].valid = FALSE;
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      render_stretch (self, cr, theme, area);
      break;
    case DLM_EXPLOG_VIEW_MONOTONIC:
      render_monotonic (self, cr, theme, area);
      break;
    case DLM_EXPLOG_VIEW_PRECISION:
      render_precision (self, cr, theme, area);
      break;
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      render_curves (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------ */

static void
dlm_explog_topic_write_csv (DlmTopic *topic,
                            GString  *out)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  g_string_append (out, "x,exp,log\n");
  for (guint i = 0; i < CSV_SAMPLES; i++)
    {
      double x = self->xmin + (self->xmax - self->xmin) * i / (CSV_SAMPLES - 1);

      dlm_format_number (out, x);
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_exp_base (x, base_value (self)));
      g_string_append_c (out, ',');
      dlm_format_number (out, dlm_log_base (x, base_value (self)));
      g_string_append_c (out, '\n');
    }
}

static void
dlm_explog_topic_write_summary (DlmTopic *topic,
                                GString  *out)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  double b = base_value (self);

  dlm_summary_add_number (out, "base", b);
  dlm_summary_add_number (out, "p", self->p);
  dlm_summary_add_number (out, "n", self->n);
  dlm_summary_add_number (out, "product", dlm_repeated_product (self->p, self->n));
  dlm_summary_add_number (out, "log_sum", dlm_repeated_log_sum (self->p, self->n, b));
  dlm_summary_add_number (out, "underflow_at", dlm_underflow_step (self->p, self->n));
  dlm_summary_add_number (out, "log_of_1", dlm_log_base (1, b));
  dlm_summary_add_number (out, "log10_of_100", dlm_log_base (100, 10));
}

static char *
dlm_explog_topic_describe (DlmTopic *topic)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  g_autofree char *pt = dlm_format_short (self->p, -1);
  g_autofree char *sum = dlm_format_short (dlm_repeated_log_sum (self->p, self->n, base_value (self)), 2);
  g_autofree char *lo = dlm_format_short (self->xmin, 2);
  g_autofree char *hi = dlm_format_short (self->xmax, 2);
  guint zero_at = dlm_underflow_step (self->p, self->n);

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      return g_strdup (_("Ten values from 0.001 to 1 drawn three times. On a linear axis seven "
                         "of them bunch up near zero; magnified tenfold, the smallest still bunch "
                         "up; on a logarithmic axis they are evenly spaced."));
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return g_strdup (_("A curve f(x) = (x − 1)² + 0.25 and its logarithm. Both have their "
                         "lowest point at x = 1, because the logarithm never changes the order "
                         "of positive numbers."));
    case DLM_EXPLOG_VIEW_PRECISION:
      if (zero_at > 0)
        return g_strdup_printf (_("Multiplying %s by itself %d times: the product falls until, after "
                                  "%u factors, it is exactly 0 in double precision. The sum of "
                                  "the logarithms falls in a straight line to %s and stays finite."),
                                pt, self->n, zero_at, sum);
      return g_strdup_printf (_("Multiplying %s by itself %d times stays above zero here; the sum "
                                "of the logarithms is %s."), pt, self->n, sum);
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      return g_strdup_printf (_("The curves y = %s^x and y = log base %s of x for x from %s to %s, "
                                "mirror images across the line y = x. The exponential is always "
                                "above zero and passes through (0, 1); the logarithm passes "
                                "through (1, 0) and does not exist for x at or below 0."),
                              base_info (self)->symbol,
                              base_info (self)->symbol,
                              lo, hi);
    }
}

static char *
dlm_explog_topic_formula (DlmTopic *topic)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  static const char *inverse[] = {
    "y = e<sup>x</sup>  ⇔  x = ln y",
    "y = 2<sup>x</sup>  ⇔  x = log<sub>2</sub> y",
    "y = 10<sup>x</sup>  ⇔  x = log<sub>10</sub> y",
  };
  const char *log = base_info (self)->log_markup;

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      return g_strdup ("log<sub>10</sub> 0.001 = −3,  log<sub>10</sub> 1 = 0");
    /* in the figure's notation for its base */
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return g_strdup_printf ("argmin<sub>x</sub> f(x) = argmin<sub>x</sub> %s f(x),  f &gt; 0", log);
    case DLM_EXPLOG_VIEW_PRECISION:
      return g_strdup_printf ("%s(p<sub>1</sub> × p<sub>2</sub> × … × p<sub>n</sub>) = "
                              "%s p<sub>1</sub> + … + %s p<sub>n</sub>", log, log, log);
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      return g_strdup (inverse[self->base]);
    }
}

static char *
dlm_explog_topic_explanation (DlmTopic *topic)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      return g_strdup (_("Probabilities are often tiny and close together. On a log scale "
                         "0.001, 0.01 and 0.1 are equally far apart, so small differences "
                         "become easy to see."));
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return g_strdup (_("The logarithm is strictly increasing, so it never swaps two positive "
                         "numbers. Minimising a loss or its logarithm picks the same x — which is "
                         "why training can work with log-probabilities."));
    case DLM_EXPLOG_VIEW_PRECISION:
      return g_strdup (_("A double cannot hold numbers below about 5·10<sup>−324</sup>: multiply "
                         "enough probabilities and the result becomes exactly 0. The sum of their "
                         "logarithms carries the same information and stays finite."));
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      return g_strdup (_("The logarithm asks: to which power must the base be raised to give x? "
                         "So log 1 = 0 in every base and log<sub>10</sub> 100 = 2. The "
                         "exponential is always positive, so the logarithm exists only for x &gt; 0."));
    }
}

static gboolean
probe_curves (DlmExplogTopic *self,
              double          x,
              double          y,
              DlmProbe       *probe)
{
  const DlmAxesGeometry *g = &self->panels[0];
  double dx = dlm_geometry_px_to_x (g, x);
  double e = dlm_exp_base (dx, base_value (self)), l = dlm_log_base (dx, base_value (self));
  g_autofree char *xt = dlm_format_short (dx, 2);
  g_autofree char *et = dlm_format_short (e, 3);
  g_autofree char *lt = isfinite (l) ? dlm_format_short (l, 3) : g_strdup (_("undefined"));
  double ey = dlm_geometry_y_to_px (g, e), ly = isfinite (l) ? dlm_geometry_y_to_px (g, l) : INFINITY;

  probe->x = x;
  probe->y = fabs (ey - y) <= fabs (ly - y) ? ey : ly;
  probe->text = g_strdup_printf ("x = %s,  %s = %s,  %s = %s", xt,
                                 base_info (self)->exp_plain,
                                 et, base_info (self)->log_plain, lt);
  return TRUE;
}

static gboolean
probe_monotonic (DlmExplogTopic *self,
                 double          x,
                 double          y,
                 DlmProbe       *probe)
{
  const DlmAxesGeometry *g = &self->panels[0];
  double dx = dlm_geometry_px_to_x (g, x);
  g_autofree char *xt = dlm_format_short (dx, 2);
  g_autofree char *ft = dlm_format_short (loss_func (dx, NULL), 3);
  g_autofree char *lt = dlm_format_short (log_loss_func (dx, self), 3);

  probe->x = x;
  probe->y = dlm_geometry_y_to_px (g, loss_func (dx, NULL));
  probe->text = g_strdup_printf ("x = %s,  f = %s,  %s f = %s", xt, ft, base_info (self)->log_plain, lt);
  return TRUE;
}

static gboolean
probe_precision (DlmExplogTopic *self,
                 double          x,
                 double          y,
                 DlmProbe       *probe)
{
  gboolean left = dlm_geometry_contains (&self->panels[0], x, y);
  const DlmAxesGeometry *g = &self->panels[left ? 0 : 1];
  guint k = (guint) CLAMP (round (dlm_geometry_px_to_x (g, x)), 0, self->n);
  double product = dlm_repeated_product (self->p, k);
  double sum = dlm_repeated_log_sum (self->p, k, base_value (self));
  g_autofree char *pt = dlm_format_short (product, 3);
  g_autofree char *st = dlm_format_short (sum, 3);

  probe->x = dlm_geometry_x_to_px (g, k);
  probe->y = left ? (product > 0 ? dlm_geometry_y_to_px (g, product) : y) : dlm_geometry_y_to_px (g, sum);
  probe->text = g_strdup_printf (_("%u factors: product %s, sum of logs %s"), k, pt, st);
  return TRUE;
}

/* The cursor visits the curves every 1/100th of the x axis (the
 * exponential, then the logarithm, as rows), f and log f (one row, the
 * read-out gives both), or the running product and sum of logs for 0 to n
 * factors (two rows). The stretch view has no data points, only two axes. */
static guint
dlm_explog_topic_count_points (DlmTopic *topic,
                               guint    *row_length)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  if (!self->panels[0].valid)
    return 0;
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_CURVES:
      *row_length = DLM_TOPIC_CURVE_SAMPLES;
      return 2 * DLM_TOPIC_CURVE_SAMPLES;
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return DLM_TOPIC_CURVE_SAMPLES;
    case DLM_EXPLOG_VIEW_PRECISION:
      *row_length = self->n + 1;
      return self->panels[1].valid ? 2 * (self->n + 1) : self->n + 1;
    case DLM_EXPLOG_VIEW_STRETCH:
    default:
      return 0;
    }
}

static gboolean
dlm_explog_topic_get_point (DlmTopic *topic,
                            guint     index,
                            DlmProbe *point)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  const DlmAxesGeometry *g = &self->panels[0];
  guint row = index / DLM_TOPIC_CURVE_SAMPLES, k = index % DLM_TOPIC_CURVE_SAMPLES;
  double x, dx, curve;

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_CURVES:
      x = g->plot.x + g->plot.width * k / (DLM_TOPIC_CURVE_SAMPLES - 1);
      dx = dlm_geometry_px_to_x (g, x);
      curve = row == 0 ? dlm_exp_base (dx, base_value (self)) : dlm_log_base (dx, base_value (self));
      if (!probe_curves (self, x, isfinite (curve) ? dlm_geometry_y_to_px (g, curve) : g->plot.y, point))
        return FALSE;
      /* a curve out of view is marked on the edge it left by */
      point->y = CLAMP (point->y, g->plot.y, g->plot.y + g->plot.height);
      return TRUE;
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return dlm_topic_probe_along (topic, g, index, DLM_TOPIC_CURVE_SAMPLES, point);
    case DLM_EXPLOG_VIEW_PRECISION:
      g = &self->panels[index / (self->n + 1)];
      return probe_precision (self, dlm_geometry_x_to_px (g, index % (self->n + 1)),
                              g->plot.y + g->plot.height / 2, point);
    case DLM_EXPLOG_VIEW_STRETCH:
    default:
      return FALSE;
    }
}

static gboolean
dlm_explog_topic_probe (DlmTopic *topic,
                        double    x,
                        double    y,
                        DlmProbe *probe)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  if (!dlm_geometry_contains (&self->panels[0], x, y) &&
      !dlm_geometry_contains (&self->panels[1], x, y))
    return FALSE;

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_CURVES:    return probe_curves (self, x, y, probe);
    case DLM_EXPLOG_VIEW_MONOTONIC: return probe_monotonic (self, x, y, probe);
    case DLM_EXPLOG_VIEW_PRECISION: return probe_precision (self, x, y, probe);
    case DLM_EXPLOG_VIEW_STRETCH:
    default:                        return FALSE;
    }
}

static gboolean
dlm_explog_topic_check_state (DlmTopic  *topic,
                              GError   **error)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  if (!(self->xmin < self->xmax))
    {
      g_autofree char *lo = dlm_format_number_string (self->xmin);
      g_autofree char *hi = dlm_format_number_string (self->xmax);
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("xmin: %s is not below xmax (%s); accepted: xmin < xmax"), lo, hi);
      return FALSE;
    }
  return dlm_check_probability ("p", self->p, error);
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_explog_topic_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VIEW: g_value_set_enum (value, self->view); break;
    case PROP_BASE: g_value_set_enum (value, self->base); break;
    case PROP_XMIN: g_value_set_double (value, self->xmin); break;
    case PROP_XMAX: g_value_set_double (value, self->xmax); break;
    case PROP_P:    g_value_set_double (value, self->p); break;
    case PROP_N:    g_value_set_int (value, self->n); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_explog_topic_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (object);
  DlmTopic *topic = DLM_TOPIC (object);

  switch (prop_id)
    {
    case PROP_VIEW: dlm_topic_set_field (topic, pspec, &self->view, value); break;
    case PROP_BASE: dlm_topic_set_field (topic, pspec, &self->base, value); break;
    case PROP_XMIN: dlm_topic_set_field (topic, pspec, &self->xmin, value); break;
    case PROP_XMAX: dlm_topic_set_field (topic, pspec, &self->xmax, value); break;
    case PROP_P:    dlm_topic_set_field (topic, pspec, &self->p, value); break;
    case PROP_N:    dlm_topic_set_field (topic, pspec, &self->n, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_explog_topic_class_init (DlmExplogTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = dlm_explog_topic_get_property;
  object_class->set_property = dlm_explog_topic_set_property;

  topic_class->id = "explog";
  topic_class->slides_param = "view";
  topic_class->title = N_("Exponent and logarithm");
  topic_class->check_state = dlm_explog_topic_check_state;
  topic_class->render = dlm_explog_topic_render;
  topic_class->write_csv = dlm_explog_topic_write_csv;
  topic_class->write_summary = dlm_explog_topic_write_summary;
  topic_class->describe = dlm_explog_topic_describe;
  topic_class->formula = dlm_explog_topic_formula;
  topic_class->explanation = dlm_explog_topic_explanation;
  topic_class->probe = dlm_explog_topic_probe;
  topic_class->count_points = dlm_explog_topic_count_points;
  topic_class->get_point = dlm_explog_topic_get_point;

  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_EXPLOG_VIEW, DLM_EXPLOG_VIEW_CURVES, flags);
  properties[PROP_BASE] =
    g_param_spec_enum ("base", NULL, NULL, DLM_TYPE_EXPLOG_BASE, DLM_EXPLOG_BASE_E, flags);
  properties[PROP_XMIN] =
    g_param_spec_double ("xmin", NULL, N_("-50 to 50, below xmax"), -50, 50, -3, flags);
  properties[PROP_XMAX] =
    g_param_spec_double ("xmax", NULL, N_("-50 to 50, above xmin"), -50, 50, 3, flags);
  properties[PROP_P] =
    g_param_spec_double ("p", NULL, N_("greater than 0 and at most 1"), 0, 1, 0.01, flags);
  properties[PROP_N] =
    g_param_spec_int ("n", NULL, NULL, 1, DLM_EXPLOG_MAX_N, 200, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_explog_topic_init (DlmExplogTopic *self)
{
}

DlmTopic *
dlm_explog_topic_new (void)
{
  return g_object_new (DLM_TYPE_EXPLOG_TOPIC, NULL);
}
