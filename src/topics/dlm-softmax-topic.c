/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-layout.h"
#include "dlm-parse.h"
#include "dlm-softmax.h"
#include "dlm-softmax-private.h"


G_DEFINE_ENUM_TYPE (DlmSoftmaxView, dlm_softmax_view,
  G_DEFINE_ENUM_VALUE (DLM_SOFTMAX_VIEW_BARS, "bars"),
  G_DEFINE_ENUM_VALUE (DLM_SOFTMAX_VIEW_CLASSIFIER, "classifier"),
  G_DEFINE_ENUM_VALUE (DLM_SOFTMAX_VIEW_STABILITY, "stability"))

G_DEFINE_FINAL_TYPE (DlmSoftmaxTopic, dlm_softmax_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_LOGITS,
  PROP_LABELS,
  PROP_TEMPERATURE,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The course's classifier example: logits for three images. */
const char *const dlm_softmax_class_names[] = { N_("cat"), N_("dog"), N_("horse") };
const double dlm_softmax_class_logits[3][3] = { { 5, 4, 2 }, { 4, 2, 8 }, { 4, 4, 1 } };

/* ---- state ---------------------------------------------------------- */

static void
recompute (DlmSoftmaxTopic *self)
{
  guint n;
  const double *z;
  g_autoptr(GError) error = NULL;

  if (self->logits == NULL)
    return;
  n = self->logits->len;
  z = (const double *) self->logits->data;
  self->exponentials = g_renew (double, self->exponentials, n);
  self->probabilities = g_renew (double, self->probabilities, n);
  for (guint i = 0; i < n; i++)
    self->exponentials[i] = exp (z[i] / self->temperature);
  if (!dlm_softmax (z, n, self->temperature, self->probabilities, &error))
    g_critical ("softmax of checked logits failed: %s", error->message);
}

static void
set_logits (DlmSoftmaxTopic *self,
            const char      *text)
{
  g_autoptr(GError) error = NULL;
  GArray *values;

  if (g_strcmp0 (self->logits_text, text) == 0)
    return;

  /* the text was checked by check_text before it got here */
  values = dlm_parse_vector ("logits", text, DLM_SOFTMAX_MAX_LOGITS, &error);
  g_return_if_fail (values != NULL);

  g_free (self->logits_text);
  self->logits_text = g_strdup (text);
  g_clear_pointer (&self->logits, g_array_unref);
  self->logits = values;
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGITS]);
}

static void
set_labels (DlmSoftmaxTopic *self,
            const char      *text)
{
  g_autoptr(GError) error = NULL;
  GStrv labels;

  if (g_strcmp0 (self->labels_text, text) == 0)
    return;

  labels = dlm_parse_labels ("labels", text, DLM_SOFTMAX_MAX_LOGITS, &error);
  g_return_if_fail (labels != NULL);

  g_free (self->labels_text);
  self->labels_text = g_strdup (text);
  g_strfreev (self->labels);
  self->labels = labels;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABELS]);
}

static void
set_temperature (DlmSoftmaxTopic *self,
                 double           temperature)
{
  if (self->temperature == temperature)
    return;
  self->temperature = temperature;
  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPERATURE]);
}

static void
set_view (DlmSoftmaxTopic *self,
          DlmSoftmaxView   view)
{
  if (self->view == view)
    return;
  self->view = view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

/* The label of logit i: what the user typed, or z1, z2, … (markup when
 * @markup, plain text for CSV and descriptions). */
char *
dlm_softmax_label_at (DlmSoftmaxTopic *self,
          guint            i,
          gboolean         markup)
{
  if (self->labels != NULL && i < g_strv_length (self->labels))
    return markup ? g_markup_escape_text (self->labels[i], -1) : g_strdup (self->labels[i]);
  return g_strdup_printf (markup ? "z<sub>%u</sub>" : "z%u", i + 1);
}

GStrv
dlm_softmax_all_labels (DlmSoftmaxTopic *self,
            gboolean         markup)
{
  GStrv labels = g_new0 (char *, self->logits->len + 1);

  for (guint i = 0; i < self->logits->len; i++)
    labels[i] = dlm_softmax_label_at (self, i, markup);
  return labels;
}

/* ---- drawing ---------------------------------------------------------- */

void
dlm_softmax_value_range (const double *v,
             guint         n,
             double       *lo,
             double       *hi)
{
  *lo = 0;
  *hi = 0;
  for (guint i = 0; i < n; i++)
    if (isfinite (v[i]))
      {
        *lo = MIN (*lo, v[i]);
        *hi = MAX (*hi, v[i]);
      }
  /* head room for the value labels above the bars */
  *hi += (*hi - *lo) * 0.15 + (*hi == *lo ? 1 : 0);
  if (*lo < 0)
    *lo -= (*hi - *lo) * 0.1;
}

/* Overflowed values (∞) are drawn as full-height bars in the error colour,
 * labelled ∞: the reader sees where the naive formula broke. */
static void
draw_overflow (DlmAxes        *axes,
               const DlmTheme *theme,
               const DlmSoftmaxBarPanel *panel,
               double          top)
{
  for (guint i = 0; i < panel->n; i++)
    if (isinf (panel->values[i]))
      {
        g_autofree double *bar = g_new0 (double, panel->n);

        bar[i] = top;
        dlm_axes_bars (axes, bar, panel->n, 0, 1, &theme->error, DLM_DIGITS_NONE);
        dlm_axes_text (axes, i, top, DLM_ANCHOR_SOUTH, &theme->error, "∞");
      }
}

/* The share of the value range to add above the bars so that the note in
 * the top left corner clears the value labels: a quarter, or more when the
 * type is large for the panel (a high zoom or a short figure). The plot's
 * height is estimated as the panel's less its title and tick labels. */
static double
note_headroom (cairo_t        *cr,
               const DlmTheme *theme,
               DlmRect         rect,
               const char     *note)
{
  double note_h, line_h, need, plot_h;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, note, NULL, &note_h);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &line_h);
  need = note_h + line_h + dlm_theme_px (theme, 30);
  plot_h = rect.height - 4 * line_h;
  if (plot_h <= 2 * need)
    return 1.0;
  return MAX (0.25, need / (plot_h - need));
}

/* Room above a panel's plot for its title and, under the title, a band as
 * high as a value label: a probability axis ends exactly at 1, so the label
 * of a bar near 1 sits above the plot and must not touch the title. */
static double
title_band (cairo_t        *cr,
            const DlmTheme *theme,
            const char     *title)
{
  double title_h, label_h;

  dlm_text_size (cr, theme, DLM_TEXT_BODY, title, NULL, &title_h);
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "0", NULL, &label_h);
  return title_h + label_h;
}

/* The panel's title, centred over its plot like the axes' own titles. */
static void
draw_panel_title (cairo_t               *cr,
                  const DlmTheme        *theme,
                  DlmRect                rect,
                  const DlmAxesGeometry *g,
                  const char            *title)
{
  double cx = g->plot.x + g->plot.width / 2;
  double room = 2 * MIN (cx - rect.x, rect.x + rect.width - cx);

  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, cx, rect.y, DLM_ANCHOR_NORTH,
                        MIN (room, rect.width), title);
}

/* The panel's y range, and in @data_hi the top of its values (below the
 * room made for a note), where overflowed bars end. */
static void
panel_range (cairo_t        *cr,
             const DlmTheme *theme,
             DlmRect         rect,
             const DlmSoftmaxBarPanel *panel,
             double         *lo,
             double         *hi,
             double         *data_hi)
{
  if (panel->probability)
    {
      *lo = 0;
      *hi = *data_hi = 1;
      return;
    }
  if (panel->range != NULL)
    {
      *lo = panel->range[0];
      *hi = panel->range[1];
    }
  else
    dlm_softmax_value_range (panel->values, panel->n, lo, hi);
  *data_hi = *hi;
  if (panel->note != NULL)
    *hi += (*hi - *lo) * note_headroom (cr, theme, rect, panel->note);
}

/* A value label as the panel writes it: probabilities with fixed decimals
 * (a tiny one reads 0.00), other values in their shortest form. */
static char *
value_label (const DlmSoftmaxBarPanel *panel,
             double          value,
             int             digits)
{
  if (panel->probability)
    return dlm_format_fixed (value, digits);
  return dlm_format_short (value, digits == DLM_DIGITS_COMPACT ? -1 : digits);
}

static gboolean
labels_fit (cairo_t               *cr,
            const DlmTheme        *theme,
            const DlmAxesGeometry *g,
            const DlmSoftmaxBarPanel        *panel,
            int                    digits)
{
  double room = g->plot.width / MAX (panel->n, 1) - dlm_theme_px (theme, 4);

  for (guint i = 0; i < panel->n; i++)
    {
      g_autofree char *text = value_label (panel, panel->values[i], digits);
      double w;

      dlm_text_size (cr, theme, DLM_TEXT_SMALL, text, &w, NULL);
      if (w > room)
        return FALSE;
    }
  return TRUE;
}

/* The value labels' digits: the panel's own, two significant digits where
 * the shortest exact form is too wide, or no labels when they would still
 * run into the next bar's (the read-out and the CSV give every value). */
static int
fitting_digits (cairo_t               *cr,
                const DlmTheme        *theme,
                const DlmAxesGeometry *g,
                const DlmSoftmaxBarPanel        *panel)
{
  if (panel->digits == DLM_DIGITS_NONE)
    return DLM_DIGITS_NONE;
  if (labels_fit (cr, theme, g, panel, panel->digits))
    return panel->digits;
  if (panel->digits == DLM_DIGITS_COMPACT && labels_fit (cr, theme, g, panel, 2))
    return 2;
  return DLM_DIGITS_NONE;
}

/* Probability labels are drawn here rather than by the kit: the axis ends
 * at 1, so the label of a bar near 1 stands in the band between the plot
 * and the panel's title, which is part of the panel. */
static void
draw_probability_labels (cairo_t               *cr,
                         const DlmTheme        *theme,
                         DlmRect                rect,
                         const DlmAxesGeometry *g,
                         const DlmSoftmaxBarPanel        *panel,
                         int                    digits)
{
  double gap = dlm_theme_px (theme, 4);

  dlm_layout_push_bounds (cr, &rect);
  for (guint i = 0; i < panel->n; i++)
    {
      g_autofree char *text = value_label (panel, panel->values[i], digits);

      dlm_text_draw (cr, theme, DLM_TEXT_SMALL, NULL, dlm_geometry_x_to_px (g, i),
                     dlm_geometry_y_to_px (g, panel->values[i]) - gap, DLM_ANCHOR_SOUTH, text);
    }
  dlm_layout_pop_bounds (cr);
}

static gboolean
any_finite (const double *v,
            guint         n)
{
  for (guint i = 0; i < n; i++)
    if (isfinite (v[i]))
      return TRUE;
  return FALSE;
}

DlmAxesGeometry
dlm_softmax_draw_bar_panel (cairo_t            *cr,
                const DlmTheme     *theme,
                DlmRect             rect,
                const char *const  *labels,
                const DlmSoftmaxBarPanel     *panel)
{
  double band = title_band (cr, theme, panel->title);
  DlmRect outer = { rect.x, rect.y + band, rect.width, MAX (rect.height - band, 1) };
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, outer);
  DlmAxesGeometry g;
  double lo, hi, data_hi;
  int digits;

  panel_range (cr, theme, outer, panel, &lo, &hi, &data_hi);
  dlm_axes_set_categories (axes, labels, panel->n);
  if (panel->labelled >= 0)
    dlm_axes_set_highlight_category (axes, (guint) panel->labelled);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, lo, hi);
  /* bars that all overflowed have no scale to read them on */
  if (!any_finite (panel->values, panel->n))
    dlm_axes_hide_y (axes);
  dlm_axes_draw_frame (axes);
  g = dlm_axes_get_geometry (axes);
  draw_panel_title (cr, theme, rect, &g, panel->title);
  digits = fitting_digits (cr, theme, &g, panel);
  dlm_axes_bars (axes, panel->values, panel->n, 0, 1, panel->color,
                 panel->probability ? DLM_DIGITS_NONE : digits);
  if (panel->probability && digits != DLM_DIGITS_NONE)
    draw_probability_labels (cr, theme, rect, &g, panel, digits);
  draw_overflow (axes, theme, panel, (data_hi - lo) * 0.85 + lo);
  /* every bar that ties for the largest value is outlined, not only the first */
  for (guint i = 0; panel->highlight >= 0 && i < panel->n; i++)
    if (panel->values[i] == panel->values[panel->highlight])
      dlm_axes_bar_outline (axes, i, panel->values[i], 0, 1, &theme->highlight);
  if (panel->note != NULL)
    {
      double pad = dlm_theme_px (theme, 8);
      dlm_text_draw_boxed (cr, theme, DLM_TEXT_SMALL, g.plot.x + pad, g.plot.y + pad,
                           DLM_ANCHOR_NORTH_WEST, g.plot.width - 2 * pad, panel->note);
    }
  return g;
}

/* The key to the outline that marks the largest probability, in a line of
 * its own under the panels (centred on @cx): an outlined square drawn like
 * the bars' outline, and what it means. Returns the area left above it. */
DlmRect
dlm_softmax_draw_outline_key (cairo_t        *cr,
                  const DlmTheme *theme,
                  DlmRect         area,
                  double          cx)
{
  const char *text = _("Outlined: the largest probability (argmax)");
  double gap = dlm_theme_px (theme, 8), lw = dlm_theme_px (theme, 3);
  double w, h, s, x, y;

  dlm_text_size (cr, theme, DLM_TEXT_SMALL, text, &w, &h);
  s = h * 0.8;
  w = MIN (w, area.width - s - gap);
  x = CLAMP (cx - (s + gap + w) / 2, area.x, area.x + area.width - (s + gap + w));
  y = area.y + area.height - h / 2;

  cairo_save (cr);
  cairo_set_line_width (cr, lw);
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_rectangle (cr, x + lw / 2, y - s / 2 + lw / 2, s - lw, s - lw);
  cairo_stroke (cr);
  cairo_restore (cr);
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, NULL, x + s + gap, y, DLM_ANCHOR_WEST,
                        w, text);

  area.height = MAX (area.height - h - 2 * gap, 1);
  return area;
}

static char *
sum_text (const double *v,
          guint         n)
{
  double sum = 0;

  for (guint i = 0; i < n; i++)
    sum += v[i];
  return dlm_format_short (sum, 2);
}

/* Three panels of the topic's logits side by side, the last one (σ) with
 * its largest bar outlined and the key to the outline under it. The
 * largest logit's label is never left out in any of them. */
void
dlm_softmax_draw_three_panels (DlmSoftmaxTopic    *self,
                   cairo_t            *cr,
                   const DlmTheme     *theme,
                   DlmRect             area,
                   const char *const  *labels,
                   DlmSoftmaxBarPanel           *panels)
{
  double gap = dlm_theme_px (theme, 28);
  DlmRect last = dlm_rect_column (area, DLM_SOFTMAX_N_PANELS, DLM_SOFTMAX_N_PANELS - 1, gap);
  guint n = self->logits->len;
  gssize best = (gssize) dlm_argmax (self->probabilities, n);

  area = dlm_softmax_draw_outline_key (cr, theme, area, last.x + last.width / 2);
  for (guint i = 0; i < DLM_SOFTMAX_N_PANELS; i++)
    {
      panels[i].n = n;
      panels[i].labelled = best;
      panels[i].highlight = i == DLM_SOFTMAX_N_PANELS - 1 ? best : -1;
      self->panels[i] = dlm_softmax_draw_bar_panel (cr, theme, dlm_rect_column (area, DLM_SOFTMAX_N_PANELS, i, gap),
                                        labels, &panels[i]);
    }
}

static void
render_bars (DlmSoftmaxTopic *self,
             cairo_t         *cr,
             const DlmTheme  *theme,
             DlmRect          area)
{
  g_auto(GStrv) labels = dlm_softmax_all_labels (self, TRUE);
  guint n = self->logits->len;
  gboolean unit_t = self->temperature == 1.0;
  g_autofree char *exp_total = sum_text (self->exponentials, n);
  g_autofree char *prob_total = sum_text (self->probabilities, n);
  g_autofree char *exp_sum = g_strdup_printf ("%s = %s", unit_t ? "Σ e<sup>z</sup>" : "Σ e<sup>z/T</sup>",
                                              exp_total);
  /* TRANSLATORS: the title of the probability panel; %s is their sum, 1.00 */
  g_autofree char *prob_title = g_strdup_printf (_("Softmax σ(z), Σ σ = %s"),
                                                 prob_total);
  DlmSoftmaxBarPanel panels[DLM_SOFTMAX_N_PANELS] = {
    { .title = _("Logits z (any real numbers)"), .values = (const double *) self->logits->data,
      .color = &theme->series[0], .digits = DLM_DIGITS_COMPACT },
    { .title = unit_t ? _("Exponentials e<sup>z</sup> (always positive)")
                      : _("Exponentials e<sup>z/T</sup> (always positive)"),
      .values = self->exponentials, .color = &theme->series[1], .digits = 2, .note = exp_sum },
    { .title = prob_title, .values = self->probabilities, .color = &theme->series[2],
      .digits = 2, .probability = TRUE },
  };

  dlm_softmax_draw_three_panels (self, cr, theme, area, (const char *const *) labels, panels);
}

/* Labels are optional and need not match the logits one for one: missing
 * names become z4, z5, …, extra names are not used. The figure says so. */
char *
dlm_softmax_labels_notice (DlmSoftmaxTopic *self)
{
  guint n_labels = self->labels != NULL ? g_strv_length (self->labels) : 0;
  guint n = self->logits->len;

  if (n_labels == 0 || n_labels == n)
    return NULL;
  if (n_labels < n)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u name for %u logits: the others are called z%u, …",
                                         "%u names for %u logits: the others are called z%u, …",
                                         n_labels),
                            n_labels, n, n_labels + 1);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u names for %u logit: the extra names are not used",
                                       "%u names for %u logits: the extra names are not used",
                                       n),
                          n_labels, n);
}

/* Each view says what it shows; the temperature is named where it
 * changes the numbers. */
static char *
figure_title (DlmSoftmaxTopic *self)
{
  g_autofree char *t = dlm_format_short (self->temperature, -1);
  gboolean unit_t = self->temperature == 1.0;

  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER:
      return unit_t ? g_strdup (_("A classifier's scores become class probabilities"))
                    : g_strdup_printf (_("Class probabilities at temperature T = %s"), t);
    case DLM_SOFTMAX_VIEW_STABILITY:
      return g_strdup (_("Subtracting the largest logit keeps softmax finite"));
    case DLM_SOFTMAX_VIEW_BARS:
    default:
      return unit_t ? g_strdup (_("Softmax turns scores into probabilities"))
                    : g_strdup_printf (_("Softmax at temperature T = %s"), t);
    }
}

static void
dlm_softmax_topic_render (DlmTopic       *topic,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);
  g_autofree char *title = figure_title (self);
  /* the classifier names no labels, so it needs no word on them */
  g_autofree char *notice = self->view != DLM_SOFTMAX_VIEW_CLASSIFIER ? dlm_softmax_labels_notice (self) : NULL;
  DlmRect area = dlm_figure_begin_noticed (cr, theme, width, height, title, notice);

  for (guint i = 0; i < DLM_SOFTMAX_N_PANELS; i++)
    self->panels[i].valid = FALSE;

  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER:
      dlm_softmax_render_classifier (self, cr, theme, area);
      break;
    case DLM_SOFTMAX_VIEW_STABILITY:
      dlm_softmax_render_stability (self, cr, theme, area);
      break;
    case DLM_SOFTMAX_VIEW_BARS:
    default:
      render_bars (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------ */

/* The bars view's numbers: each logit, its e^(z/T) and its probability. */
static void
write_bars_csv (DlmSoftmaxTopic *self,
                GString         *out)
{
  g_string_append (out, "index,label,logit,exp,probability\n");
  for (guint i = 0; i < self->logits->len; i++)
    {
      g_autofree char *label = dlm_softmax_label_at (self, i, FALSE);

      dlm_format_number (out, i);
      g_string_append_c (out, ',');
      dlm_csv_append_field (out, label);
      g_string_append_c (out, ',');
      dlm_format_number (out, g_array_index (self->logits, double, i));
      g_string_append_c (out, ',');
      dlm_format_number (out, self->exponentials[i]);
      g_string_append_c (out, ',');
      dlm_format_number (out, self->probabilities[i]);
      g_string_append_c (out, '\n');
    }
}

/* Each view writes the numbers behind its own marks. */
static void
dlm_softmax_topic_write_csv (DlmTopic *topic,
                             GString  *out)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER:
      dlm_softmax_classifier_csv (self, out);
      break;
    case DLM_SOFTMAX_VIEW_STABILITY:
      dlm_softmax_stability_csv (self, out);
      break;
    case DLM_SOFTMAX_VIEW_BARS:
    default:
      write_bars_csv (self, out);
      break;
    }
}

/* log Σ e^(z/T): the log of softmax's normaliser at this temperature. */
static double
scaled_logsumexp (DlmSoftmaxTopic *self)
{
  guint n = self->logits->len;
  g_autofree double *scaled = g_new (double, n);

  for (guint i = 0; i < n; i++)
    scaled[i] = g_array_index (self->logits, double, i) / self->temperature;
  return dlm_logsumexp (scaled, n);
}

/* Σ e^(z/T), ∞ once a term overflows: the note over the exponentials. */
static double
exp_sum (DlmSoftmaxTopic *self)
{
  double sum = 0;

  for (guint i = 0; i < self->logits->len; i++)
    sum += self->exponentials[i];
  return sum;
}

static void
dlm_softmax_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);
  guint n = self->logits->len;
  gsize best = dlm_argmax (self->probabilities, n);
  g_autofree char *best_label = dlm_softmax_label_at (self, best, FALSE);
  double sum = 0;

  for (guint i = 0; i < n; i++)
    sum += self->probabilities[i];

  dlm_summary_add_number (out, "n", n);
  dlm_summary_add_number (out, "temperature", self->temperature);
  dlm_summary_add_number (out, "sum", sum);
  dlm_summary_add_number (out, "argmax", best);
  dlm_summary_add_string (out, "argmax_label", best_label);
  dlm_summary_add_number (out, "max_probability", self->probabilities[best]);
  dlm_summary_add_number (out, "logsumexp", scaled_logsumexp (self));
  /* the keys above are the logits' in every view (scripts read them);
   * each view adds the quantities of what it draws */
  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER:
      dlm_softmax_classifier_summary (self, out);
      break;
    case DLM_SOFTMAX_VIEW_STABILITY:
      dlm_softmax_stability_summary (self, out);
      break;
    case DLM_SOFTMAX_VIEW_BARS:
    default:
      dlm_summary_add_number (out, "exp_sum", exp_sum (self));
      break;
    }
}

char *
dlm_softmax_ranked_text (DlmSoftmaxTopic *self)
{
  guint n = self->logits->len;
  g_autofree guint *order = g_new (guint, n);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  /* largest first, ties in input order; at most the first five are read */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && self->probabilities[order[j]] > self->probabilities[order[j - 1]]; j--)
      {
        guint tmp = order[j];
        order[j] = order[j - 1];
        order[j - 1] = tmp;
      }
  for (guint i = 0; i < MIN (n, 5); i++)
    {
      g_autofree char *label = dlm_softmax_label_at (self, order[i], FALSE);
      g_autofree char *p = dlm_format_short (self->probabilities[order[i]], 2);
      g_string_append_printf (s, "%s%s %s", i ? ", " : "", label, p);
    }
  if (n > 5)
    g_string_append_printf (s, _(", and %u more"), n - 5);
  return g_string_free (s, FALSE);
}

static char *
dlm_softmax_topic_describe (DlmTopic *topic)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);
  g_autofree char *ranked = dlm_softmax_ranked_text (self);
  g_autofree char *t = dlm_format_short (self->temperature, -1);
  gsize best = dlm_argmax (self->probabilities, self->logits->len);
  g_autofree char *label = dlm_softmax_label_at (self, best, FALSE);
  g_autofree char *p = dlm_format_short (self->probabilities[best], 2);
  g_autofree char *notice = NULL;

  if (self->view == DLM_SOFTMAX_VIEW_CLASSIFIER)
    return dlm_softmax_classifier_describe (self);
  if (self->view == DLM_SOFTMAX_VIEW_STABILITY)
    return dlm_softmax_stability_describe (self);

  notice = dlm_softmax_labels_notice (self);
  return g_strdup_printf (_("Softmax of %u logits at temperature %s: %s is largest with "
                            "probability %s. Probabilities from largest: %s. They sum to 1.%s%s"),
                          self->logits->len, t, label, p, ranked,
                          notice != NULL ? " " : "", notice != NULL ? notice : "");
}

static char *
dlm_softmax_topic_formula (DlmTopic *topic)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  if (self->view == DLM_SOFTMAX_VIEW_STABILITY && self->temperature != 1.0)
    return g_strdup ("σ(z)<sub>i</sub> = e<sup>(z<sub>i</sub> − m)/T</sup> ⁄ "
                     "Σ<sub>j</sub> e<sup>(z<sub>j</sub> − m)/T</sup>,   m = max z");
  if (self->view == DLM_SOFTMAX_VIEW_STABILITY)
    return g_strdup ("σ(z)<sub>i</sub> = e<sup>z<sub>i</sub> − m</sup> ⁄ "
                     "Σ<sub>j</sub> e<sup>z<sub>j</sub> − m</sup>,   m = max z");
  if (self->temperature != 1.0)
    return g_strdup ("σ(z)<sub>i</sub> = e<sup>z<sub>i</sub>/T</sup> ⁄ Σ<sub>j</sub> e<sup>z<sub>j</sub>/T</sup>");
  return g_strdup ("σ(z)<sub>i</sub> = e<sup>z<sub>i</sub></sup> ⁄ Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>");
}

static char *
dlm_softmax_topic_explanation (DlmTopic *topic)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  switch (self->view)
    {
    case DLM_SOFTMAX_VIEW_CLASSIFIER:
      return g_strdup (_("A network's last layer gives one score per class; softmax turns "
                         "the scores into probabilities that add up to 1. The predicted class "
                         "is the largest one (outlined). Equal scores get equal probabilities."));
    case DLM_SOFTMAX_VIEW_STABILITY:
      return dlm_softmax_stability_explanation (self);
    case DLM_SOFTMAX_VIEW_BARS:
    default:
      return g_strdup (_("Exponentiating makes every score positive and stretches the "
                         "differences; dividing by the total makes them sum to 1. A bigger "
                         "logit always gets a bigger probability. A high temperature T "
                         "flattens the result, a low one sharpens it."));
    }
}

/* The read-out of logit @i, shared by the pointer probe and the keyboard
 * cursor. */
static char *
logit_text (DlmSoftmaxTopic *self,
            guint            i)
{
  g_autofree char *label = dlm_softmax_label_at (self, i, FALSE);
  g_autofree char *zt = dlm_format_short (g_array_index (self->logits, double, i), 3);
  g_autofree char *et = dlm_format_short (self->exponentials[i], 3);
  g_autofree char *pt = dlm_format_short (self->probabilities[i], 3);

  return g_strdup_printf (_("%s: logit %s, exponential %s, probability %s"), label, zt, et, pt);
}

static gboolean
dlm_softmax_topic_probe (DlmTopic *topic,
                         double    x,
                         double    y,
                         DlmProbe *probe)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  if (self->view == DLM_SOFTMAX_VIEW_CLASSIFIER)
    return FALSE;

  for (guint k = 0; k < DLM_SOFTMAX_N_PANELS; k++)
    {
      const DlmAxesGeometry *g = &self->panels[k];
      double i;

      if (!dlm_geometry_contains (g, x, y))
        continue;
      i = round (dlm_geometry_px_to_x (g, x));
      if (i < 0 || i >= self->logits->len)
        return FALSE;

      probe->x = dlm_geometry_x_to_px (g, i);
      probe->y = y;
      probe->text = logit_text (self, (guint) i);
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the logits (on the probability bars), or in the
 * classifier view the three images' class probabilities, one image a row. */
static guint
dlm_softmax_topic_count_points (DlmTopic *topic,
                                guint    *row_length)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  if (self->view == DLM_SOFTMAX_VIEW_CLASSIFIER)
    {
      *row_length = 3;
      return self->panels[0].valid ? 9 : 0;
    }
  return self->panels[DLM_SOFTMAX_N_PANELS - 1].valid ? self->logits->len : 0;
}

static gboolean
dlm_softmax_topic_get_point (DlmTopic *topic,
                             guint     index,
                             DlmProbe *point)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (topic);

  if (self->view == DLM_SOFTMAX_VIEW_CLASSIFIER)
    {
      guint k = index / 3, j = index % 3;
      double p[3];
      g_autofree char *pt = NULL;

      dlm_softmax (dlm_softmax_class_logits[k], 3, self->temperature, p, NULL);
      pt = dlm_format_short (p[j], 3);
      point->x = dlm_geometry_x_to_px (&self->panels[k], j);
      point->y = dlm_geometry_y_to_px (&self->panels[k], p[j]);
      /* TRANSLATORS: "Image 2: dog, probability 0.24" */
      point->text = g_strdup_printf (_("Image %u: %s, probability %s"), k + 1, _(dlm_softmax_class_names[j]), pt);
      return TRUE;
    }
  point->x = dlm_geometry_x_to_px (&self->panels[DLM_SOFTMAX_N_PANELS - 1], index);
  point->y = dlm_geometry_y_to_px (&self->panels[DLM_SOFTMAX_N_PANELS - 1], self->probabilities[index]);
  point->text = logit_text (self, index);
  return TRUE;
}

static gboolean
dlm_softmax_topic_check_text (DlmTopic    *topic,
                              GParamSpec  *pspec,
                              const char  *text,
                              GError     **error)
{
  if (pspec == properties[PROP_LOGITS])
    {
      g_autoptr(GArray) v = dlm_parse_vector ("logits", text, DLM_SOFTMAX_MAX_LOGITS, error);

      /* beyond ±1e300 the axis, its headroom and its ticks would overflow */
      return v != NULL && dlm_check_magnitudes ("logits", (double *) v->data, v->len,
                                                DLM_MAX_DRAWN_MAGNITUDE, error);
    }
  else
    {
      g_auto(GStrv) labels = dlm_parse_labels ("labels", text, DLM_SOFTMAX_MAX_LOGITS, error);
      return labels != NULL;
    }
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_softmax_topic_finalize (GObject *object)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (object);

  g_clear_pointer (&self->logits_text, g_free);
  g_clear_pointer (&self->labels_text, g_free);
  g_clear_pointer (&self->logits, g_array_unref);
  g_clear_pointer (&self->labels, g_strfreev);
  g_clear_pointer (&self->exponentials, g_free);
  g_clear_pointer (&self->probabilities, g_free);

  G_OBJECT_CLASS (dlm_softmax_topic_parent_class)->finalize (object);
}

static void
dlm_softmax_topic_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (object);

  switch (prop_id)
    {
    case PROP_LOGITS:
      g_value_set_string (value, self->logits_text);
      break;
    case PROP_LABELS:
      g_value_set_string (value, self->labels_text);
      break;
    case PROP_TEMPERATURE:
      g_value_set_double (value, self->temperature);
      break;
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_softmax_topic_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmSoftmaxTopic *self = DLM_SOFTMAX_TOPIC (object);

  switch (prop_id)
    {
    case PROP_LOGITS:
      set_logits (self, g_value_get_string (value));
      break;
    case PROP_LABELS:
      set_labels (self, g_value_get_string (value));
      break;
    case PROP_TEMPERATURE:
      set_temperature (self, g_value_get_double (value));
      break;
    case PROP_VIEW:
      set_view (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_softmax_topic_class_init (DlmSoftmaxTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlm_softmax_topic_finalize;
  object_class->get_property = dlm_softmax_topic_get_property;
  object_class->set_property = dlm_softmax_topic_set_property;

  topic_class->id = "softmax";
  topic_class->slides_param = "view";
  topic_class->title = N_("Softmax");
  topic_class->check_text = dlm_softmax_topic_check_text;
  topic_class->render = dlm_softmax_topic_render;
  topic_class->write_csv = dlm_softmax_topic_write_csv;
  topic_class->write_summary = dlm_softmax_topic_write_summary;
  topic_class->describe = dlm_softmax_topic_describe;
  topic_class->formula = dlm_softmax_topic_formula;
  topic_class->explanation = dlm_softmax_topic_explanation;
  topic_class->probe = dlm_softmax_topic_probe;
  topic_class->count_points = dlm_softmax_topic_count_points;
  topic_class->get_point = dlm_softmax_topic_get_point;
  topic_class->write_code = dlm_softmax_write_code;
  topic_class->write_plot_code = dlm_softmax_write_plot_code;

  properties[PROP_LOGITS] =
    g_param_spec_string ("logits", NULL, N_("1 to 1000 numbers from -1e300 to 1e300, separated by commas or spaces"),
                         "1, 2, 3", flags);
  properties[PROP_LABELS] =
    g_param_spec_string ("labels", NULL, N_("names separated by commas, one per logit; empty for z1, z2, ..."),
                         "", flags);
  properties[PROP_TEMPERATURE] =
    g_param_spec_double ("temperature", NULL, NULL,
                         DLM_SOFTMAX_MIN_TEMPERATURE, DLM_SOFTMAX_MAX_TEMPERATURE, 1.0, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_SOFTMAX_VIEW, DLM_SOFTMAX_VIEW_BARS, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_softmax_topic_init (DlmSoftmaxTopic *self)
{
  self->temperature = 1.0;
}

DlmTopic *
dlm_softmax_topic_new (void)
{
  return g_object_new (DLM_TYPE_SOFTMAX_TOPIC, NULL);
}

guint
dlm_softmax_topic_get_n (DlmSoftmaxTopic *self)
{
  g_return_val_if_fail (DLM_IS_SOFTMAX_TOPIC (self), 0);
  return self->logits->len;
}

const double *
dlm_softmax_topic_get_probabilities (DlmSoftmaxTopic *self)
{
  g_return_val_if_fail (DLM_IS_SOFTMAX_TOPIC (self), NULL);
  return self->probabilities;
}
