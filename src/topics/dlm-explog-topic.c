/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_statistics_double.h>
#include <float.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-explog.h"
#include "dlm-explog-private.h"
#include "dlm-format.h"

#define CSV_SAMPLES 101
#define GRID 2001

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

static const BaseInfo bases[] = {
  [DLM_EXPLOG_BASE_E]  = { M_E,  "e",  "e<sup>x</sup>",  "eˣ",  "ln",               "ln",    3 },
  [DLM_EXPLOG_BASE_2]  = { 2.0,  "2",  "2<sup>x</sup>",  "2ˣ",  "log<sub>2</sub>",  "log2",  3 },
  [DLM_EXPLOG_BASE_10] = { 10.0, "10", "10<sup>x</sup>", "10ˣ", "log<sub>10</sub>", "log10", 2 },
};

const BaseInfo *
dlm_explog_base_info (DlmExplogTopic *self)
{
  return &bases[self->base];
}

double
dlm_explog_base_value (DlmExplogTopic *self)
{
  return bases[self->base].value;
}

static double
exp_func (double x, gpointer data)
{
  return dlm_exp_base (x, dlm_explog_base_value (data));
}

static double
log_func (double x, gpointer data)
{
  return dlm_log_base (x, dlm_explog_base_value (data));
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
  return dlm_log_base (loss_func (x, NULL), dlm_explog_base_value (data));
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
  const BaseInfo *info = dlm_explog_base_info (self);
  const char *sym = info->symbol, *log = info->log_markup;
  double b = dlm_explog_base_value (self), y = 0, h, factor;
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
                                           dlm_explog_base_info (self)->log_markup);
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
  g_autofree char *exp_label = g_strdup_printf ("y = %s", dlm_explog_base_info (self)->exp_markup);
  g_autofree char *log_label = g_strdup_printf ("y = %s x", dlm_explog_base_info (self)->log_markup);
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
                                             dlm_explog_base_info (self)->symbol);
    dlm_axes_annotate (axes, 0, 1, -70, -40, note);
  }
  {
    g_autofree char *note = g_strdup_printf ("(1, 0): %s 1 = 0", dlm_explog_base_info (self)->log_markup);
    dlm_axes_annotate (axes, 1, 0, 70, 40, note);
  }
  self->panels[0] = dlm_axes_get_geometry (axes);
  if (keys_beside)
    draw_facts (self, cr, theme, facts, legend, G_N_ELEMENTS (legend));
  else
    dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_SOUTH_EAST);
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
  const char *log = dlm_explog_base_info (self)->log_markup;
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

  for (guint i = 0; i < G_N_ELEMENTS (self->panels); i++)
    self->panels[i].valid = FALSE;
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      dlm_explog_render_stretch (self, cr, theme, area);
      break;
    case DLM_EXPLOG_VIEW_MONOTONIC:
      render_monotonic (self, cr, theme, area);
      break;
    case DLM_EXPLOG_VIEW_PRECISION:
      dlm_explog_render_precision (self, cr, theme, area);
      break;
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      render_curves (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------ */

/* The x of CSV sample @i of CSV_SAMPLES across the plotted range. */
static double
sample_x (DlmExplogTopic *self,
          guint           i)
{
  return self->xmin + (self->xmax - self->xmin) * i / (CSV_SAMPLES - 1);
}

/* One CSV row: its 0-based index, then @n numbers. */
void
dlm_explog_csv_row (GString      *out,
                    guint         index,
                    const double *values,
                    guint         n)
{
  g_string_append_printf (out, "%u", index);
  for (guint j = 0; j < n; j++)
    {
      g_string_append_c (out, ',');
      dlm_format_number (out, values[j]);
    }
  g_string_append_c (out, '\n');
}

static void
write_curves_csv (DlmExplogTopic *self,
                  GString        *out)
{
  g_string_append (out, "index,x,exp,log\n");
  for (guint i = 0; i < CSV_SAMPLES; i++)
    {
      double x = sample_x (self, i);

      dlm_explog_csv_row (out, i, (double[]) { x, exp_func (x, self), log_func (x, self) }, 3);
    }
}

static void
write_monotonic_csv (DlmExplogTopic *self,
                     GString        *out)
{
  g_string_append (out, "index,x,f,log_f\n");
  for (guint i = 0; i < CSV_SAMPLES; i++)
    {
      double x = sample_x (self, i);

      dlm_explog_csv_row (out, i, (double[]) { x, loss_func (x, NULL), log_loss_func (x, self) }, 3);
    }
}

/* Each view writes the numbers behind its own marks. */
static void
dlm_explog_topic_write_csv (DlmTopic *topic,
                            GString  *out)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:   dlm_explog_stretch_write_csv (self, out); break;
    case DLM_EXPLOG_VIEW_MONOTONIC: write_monotonic_csv (self, out); break;
    case DLM_EXPLOG_VIEW_PRECISION: dlm_explog_precision_write_csv (self, out); break;
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        write_curves_csv (self, out); break;
    }
}

/* The facts column of the curves view, and the course's log₁₀ 100 = 2. */
static void
write_curves_summary (DlmExplogTopic *self,
                      GString        *out)
{
  const BaseInfo *info = dlm_explog_base_info (self);
  double b = dlm_explog_base_value (self);

  dlm_summary_add_number (out, "xmin", self->xmin);
  dlm_summary_add_number (out, "xmax", self->xmax);
  dlm_summary_add_number (out, "exp_of_1", dlm_exp_base (1, b));
  dlm_summary_add_number (out, "exp_of_minus_5", dlm_exp_base (-5, b));
  dlm_summary_add_number (out, "log_of_1", dlm_log_base (1, b));
  dlm_summary_add_number (out, "log_of_base", dlm_log_base (b, b));
  dlm_summary_add_number (out, "example_x", dlm_exp_base (info->power, b));
  dlm_summary_add_number (out, "example_log", dlm_log_base (dlm_exp_base (info->power, b), b));
  dlm_summary_add_number (out, "log10_of_100", dlm_log_base (100, 10));
}

static void
write_monotonic_summary (DlmExplogTopic *self,
                         GString        *out)
{
  double a = grid_argmin (self, loss_func), b = grid_argmin (self, log_loss_func);

  dlm_summary_add_number (out, "xmin", self->xmin);
  dlm_summary_add_number (out, "xmax", self->xmax);
  dlm_summary_add_number (out, "argmin_f", a);
  dlm_summary_add_number (out, "argmin_log_f", b);
  dlm_summary_add_number (out, "min_f", loss_func (a, NULL));
  dlm_summary_add_number (out, "min_log_f", log_loss_func (b, self));
}

/* The quantities of the view shown; a key means the same in every view.
 * The stretch view's values do not depend on the base. */
static void
dlm_explog_topic_write_summary (DlmTopic *topic,
                                GString  *out)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);
  GEnumValue *view = g_enum_get_value (g_type_class_peek (DLM_TYPE_EXPLOG_VIEW), self->view);

  dlm_summary_add_string (out, "view", view->value_nick);
  if (self->view != DLM_EXPLOG_VIEW_STRETCH)
    dlm_summary_add_number (out, "base", dlm_explog_base_value (self));
  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:   dlm_explog_stretch_write_summary (self, out); break;
    case DLM_EXPLOG_VIEW_MONOTONIC: write_monotonic_summary (self, out); break;
    case DLM_EXPLOG_VIEW_PRECISION: dlm_explog_precision_write_summary (self, out); break;
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        write_curves_summary (self, out); break;
    }
}

static char *
describe_curves (DlmExplogTopic *self)
{
  const BaseInfo *info = dlm_explog_base_info (self);
  double b = dlm_explog_base_value (self);
  g_autofree char *lo = dlm_format_short (self->xmin, 2);
  g_autofree char *hi = dlm_format_short (self->xmax, 2);
  g_autofree char *e_lo = dlm_format_short (dlm_exp_base (self->xmin, b), 3);
  g_autofree char *e_hi = dlm_format_short (dlm_exp_base (self->xmax, b), 3);
  g_autofree char *l_hi = dlm_format_short (dlm_log_base (self->xmax, b), 3);
  GString *s = g_string_new (NULL);

  /* TRANSLATORS: "The curves y = eˣ and y = ln x for x from −3 to 3, …;
   * the exponential rises from 0.0498 to 20.1 and passes through (0, 1)." */
  g_string_append_printf (s, _("The curves y = %s and y = %s x for x from %s to %s, mirror images "
                               "across the line y = x. The exponential stays above 0: it rises "
                               "from %s to %s and passes through (0, 1)."),
                          info->exp_plain, info->log_plain, lo, hi, e_lo, e_hi);
  g_string_append_c (s, ' ');
  if (self->xmax > 0)
    /* TRANSLATORS: "The logarithm passes through (1, 0), reaches 1.1 at x = 3, …" */
    g_string_append_printf (s, _("The logarithm passes through (1, 0), reaches %s at x = %s, and "
                                 "does not exist for x at or below 0."), l_hi, hi);
  else
    g_string_append (s, _("The logarithm does not exist anywhere in this range: it needs "
                          "x above 0."));
  return g_string_free (s, FALSE);
}

static char *
describe_monotonic (DlmExplogTopic *self)
{
  double a = grid_argmin (self, loss_func), b = grid_argmin (self, log_loss_func);
  g_autofree char *lo = dlm_format_short (self->xmin, 2);
  g_autofree char *hi = dlm_format_short (self->xmax, 2);
  g_autofree char *at = dlm_format_short (a, 2);
  g_autofree char *log_at = dlm_format_short (b, 2);
  g_autofree char *fmin = dlm_format_short (loss_func (a, NULL), 3);
  g_autofree char *lmin = dlm_format_short (log_loss_func (b, self), 3);

  /* TRANSLATORS: "… f(x) = (x − 1)² + 0.25 and ln f(x) for x from −3 to 3.
   * f is lowest, 0.25, at x = 1.00, and ln f, −1.39, at x = 1.00: …" */
  return g_strdup_printf (_("A curve f(x) = (x − 1)² + 0.25 and %s f(x) for x from %s to %s. f is "
                            "lowest, %s, at x = %s, and %s f, %s, at x = %s: the logarithm never "
                            "changes the order of positive numbers."),
                          dlm_explog_base_info (self)->log_plain, lo, hi, fmin, at,
                          dlm_explog_base_info (self)->log_plain, lmin, log_at);
}

static char *
dlm_explog_topic_describe (DlmTopic *topic)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:   return dlm_explog_stretch_describe (self);
    case DLM_EXPLOG_VIEW_MONOTONIC: return describe_monotonic (self);
    case DLM_EXPLOG_VIEW_PRECISION: return dlm_explog_precision_describe (self);
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        return describe_curves (self);
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
  const char *log = dlm_explog_base_info (self)->log_markup;

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      return dlm_explog_stretch_formula (self);
    /* in the figure's notation for its base */
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return g_strdup_printf ("argmin<sub>x</sub> f(x) = argmin<sub>x</sub> %s f(x),  f &gt; 0", log);
    case DLM_EXPLOG_VIEW_PRECISION:
      return dlm_explog_precision_formula (self);
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      return g_strdup (inverse[self->base]);
    }
}

/* The worked example of the base: "ln 20.09 = 3, because e³ = 20.09". */
static char *
curves_explanation (DlmExplogTopic *self)
{
  const BaseInfo *info = dlm_explog_base_info (self);
  double b = dlm_explog_base_value (self);
  g_autofree char *big = dlm_format_short (dlm_exp_base (info->power, b), b == M_E ? 2 : 0);

  /* TRANSLATORS: "… So ln 1 = 0 in every base, and ln 20.09 = 3 because
   * e<sup>3</sup> = 20.09. …" (Pango markup) */
  return g_strdup_printf (_("The logarithm asks: to which power must the base be raised to give x? "
                            "So %s 1 = 0 in every base, and %s %s = %d because %s<sup>%d</sup> = %s. "
                            "The exponential is always positive, so the logarithm exists only for "
                            "x &gt; 0."),
                          info->log_markup, info->log_markup, big, info->power, info->symbol,
                          info->power, big);
}

static char *
dlm_explog_topic_explanation (DlmTopic *topic)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_STRETCH:
      return dlm_explog_stretch_explanation (self);
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return g_strdup (_("The logarithm is strictly increasing, so it never swaps two positive "
                         "numbers. Minimizing a loss or its logarithm picks the same x — which is "
                         "why training can work with log-probabilities."));
    case DLM_EXPLOG_VIEW_PRECISION:
      return dlm_explog_precision_explanation (self);
    case DLM_EXPLOG_VIEW_CURVES:
    default:
      return curves_explanation (self);
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
  double e = dlm_exp_base (dx, dlm_explog_base_value (self)), l = dlm_log_base (dx, dlm_explog_base_value (self));
  g_autofree char *xt = dlm_format_short (dx, 2);
  g_autofree char *et = dlm_format_short (e, 3);
  g_autofree char *lt = isfinite (l) ? dlm_format_short (l, 3) : g_strdup (_("undefined"));
  double ey = dlm_geometry_y_to_px (g, e), ly = isfinite (l) ? dlm_geometry_y_to_px (g, l) : INFINITY;

  probe->x = x;
  probe->y = fabs (ey - y) <= fabs (ly - y) ? ey : ly;
  probe->text = g_strdup_printf ("x = %s,  %s = %s,  %s = %s", xt,
                                 dlm_explog_base_info (self)->exp_plain,
                                 et, dlm_explog_base_info (self)->log_plain, lt);
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
  probe->text = g_strdup_printf ("x = %s,  f = %s,  %s f = %s", xt, ft, dlm_explog_base_info (self)->log_plain, lt);
  return TRUE;
}

/* The cursor visits the curves every 1/100th of the x axis (the
 * exponential, then the logarithm, as rows), f and log f (one row, the
 * read-out gives both), or the running product and sum of logs for 0 to n
 * factors (two rows), or the values on the stretch view's strips. */
static guint
dlm_explog_topic_count_points (DlmTopic *topic,
                               guint    *row_length)
{
  DlmExplogTopic *self = DLM_EXPLOG_TOPIC (topic);

  if (!self->panels[0].valid)
    return 0;
  *row_length = 0;
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
      return dlm_explog_stretch_count_points (self, row_length);
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
      curve = row == 0 ? dlm_exp_base (dx, dlm_explog_base_value (self)) : dlm_log_base (dx, dlm_explog_base_value (self));
      if (!probe_curves (self, x, isfinite (curve) ? dlm_geometry_y_to_px (g, curve) : g->plot.y, point))
        return FALSE;
      /* a curve out of view is marked on the edge it left by */
      point->y = CLAMP (point->y, g->plot.y, g->plot.y + g->plot.height);
      return TRUE;
    case DLM_EXPLOG_VIEW_MONOTONIC:
      return dlm_topic_probe_along (topic, g, index, DLM_TOPIC_CURVE_SAMPLES, point);
    case DLM_EXPLOG_VIEW_PRECISION:
      g = &self->panels[index / (self->n + 1)];
      return dlm_explog_precision_probe (self, dlm_geometry_x_to_px (g, index % (self->n + 1)),
                              g->plot.y + g->plot.height / 2, point);
    case DLM_EXPLOG_VIEW_STRETCH:
      return dlm_explog_stretch_get_point (self, index, point);
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

  if (self->view == DLM_EXPLOG_VIEW_STRETCH)
    return dlm_explog_stretch_probe (self, x, y, probe);
  if (!dlm_geometry_contains (&self->panels[0], x, y) &&
      !dlm_geometry_contains (&self->panels[1], x, y))
    return FALSE;

  switch (self->view)
    {
    case DLM_EXPLOG_VIEW_MONOTONIC: return probe_monotonic (self, x, y, probe);
    case DLM_EXPLOG_VIEW_PRECISION: return dlm_explog_precision_probe (self, x, y, probe);
    case DLM_EXPLOG_VIEW_CURVES:
    default:                        return probe_curves (self, x, y, probe);
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
      if (dlm_assign_order_later (&self->assigned, PROP_XMAX, PROP_XMIN))
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("xmax: %s is not above xmin=%s; accepted: above %s, up to 50"), hi, lo, lo);
      else
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("xmin: %s is not below xmax=%s; accepted: -50 up to below %s"), lo, hi, hi);
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

  dlm_assign_order_note (&self->assigned, prop_id);
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
  topic_class->write_code = dlm_explog_write_code;
  topic_class->write_plot_code = dlm_explog_write_plot_code;

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
